package org.claimline.cleaning.text;

import java.util.List;
import java.util.regex.Pattern;
import org.claimline.cleaning.text.TextLine.Quality;
import org.claimline.cleaning.text.TextLine.Shape;
import org.claimline.model.BlockKind;

/**
 * Decides what every line becomes: body paragraphs, list items and headings inside the main region; everything
 * else removed with a short reason the reader can show ("navigation", "duplicate", "related links"…).
 */
public final class BlockKindStep implements TextDumpStep {

    static final int HEADING_MAX_WORDS = 15;

    @Override
    public String name() {
        return "block-kind";
    }

    @Override
    public void apply(TextDumpContext ctx) {
        List<TextLine> ls = ctx.lines;
        if (ctx.plain) {
            return;
        }
        if (ctx.regionStart < 0) {
            keepWhatLooksLikeText(ls);
            return;
        }
        boolean[] bodyList = bodyLists(ls);
        for (int i = 0; i < ls.size(); i++) {
            TextLine l = ls.get(i);
            if (l.removedReason != null) {
                continue;
            }
            if (l.kind == BlockKind.CAPTION || l.kind == BlockKind.AUTHOR_BIO) {
                continue;
            }
            int box = l.inRegion ? relatedBoxEnd(ls, i) : i;
            if (box > i) {
                for (int k = i; k < box; k++) {
                    if (ls.get(k).removedReason == null) {
                        ls.get(k).remove("related links");
                    }
                }
                i = box - 1;
                continue;
            }
            if (i >= ctx.regionStart && citation(l)) {
                l.kind = BlockKind.LIST_ITEM;
            } else if (i == ctx.regionStart - 1 && isOpeningHook(l)) {
                l.kind = BlockKind.PARAGRAPH;
            } else if (!l.inRegion) {
                boolean thread = ctx.commentsFrom >= 0 && i >= ctx.commentsFrom && l.quality == Quality.GOOD;
                l.remove(thread ? "reader comments" : outsideReason(l));
            } else if (l.quality == Quality.GOOD) {
                boolean heading = l.initialQuality == Quality.SHORT && isHeading(ls, i);
                l.kind = l.code ? BlockKind.CODE : l.bullet || l.listRow ? BlockKind.LIST_ITEM
                        : heading ? BlockKind.HEADING : BlockKind.PARAGRAPH;
            } else if (isHeading(ls, i)) {
                l.kind = BlockKind.HEADING;
            } else if (l.initialQuality == Quality.NEAR_GOOD && l.shape == Shape.TEXT && l.repeats == 1) {
                // inside the body, text the smoothing lost between interruptions is still body text
                l.kind = l.bullet ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
            } else if (MainRegionStep.proseLike(l)) {
                l.kind = BlockKind.PARAGRAPH;
            } else if (bodyList[i]) {
                l.kind = BlockKind.LIST_ITEM;
            } else {
                l.remove(insideReason(ls, i));
            }
        }
    }

    /**
     * The heading of a box of the site's most read stories ("Most read in world news", "Most popular"): inside the
     * body, it heads a related-links box like "Related" does. (At the end it may head the article's last section of
     * a list article, so it does not end the body.)
     */
    static final Pattern MOST_READ = Pattern.compile("(?iu)most (?:read|popular|viewed|shared)(?: (?:in|on) [\\p{L} ]{1,30})?\\s*:?");

    /** Most lines a related-links box inside the body holds, its heading included. */
    static final int RELATED_BOX_LINES = 20;

    /**
     * End (exclusive) of a related-links box that starts at line {@code i} inside the body: a "Related" heading, then
     * only short lines (headlines, their bylines and labels) up to the next paragraph of text; {@code i} when
     * there is none. The body goes on after it, so it does not end the region, but it is not the article.
     */
    static int relatedBoxEnd(List<TextLine> ls, int i) {
        TextLine h = ls.get(i);
        if (h.words > 6 || h.bullet || h.shape != Shape.TEXT
                || !MainRegionStep.RELATED_HEADING.matcher(h.text).matches() && !MOST_READ.matcher(h.text).matches()) {
            return i;
        }
        int end = Math.min(ls.size(), i + RELATED_BOX_LINES);
        for (int k = i + 1; k < end; k++) {
            TextLine l = ls.get(k);
            if (MainRegionStep.strongBody(l)) {
                return k > i + 1 ? k : i;
            }
            if (l.shape == Shape.TEXT && (l.initialQuality == Quality.GOOD || l.words > HEADING_MAX_WORDS)) {
                return l.endsSentence() && k > i + 2 ? k : i;
            }
        }
        return i;
    }

    /**
     * The items of a bulleted list inside the body whose items mostly read as text: a list of sentences or findings
     * keeps its terse items too ("Fixed the crash – Bug 12"), where a menu's items are all terse.
     */
    static boolean[] bodyLists(List<TextLine> ls) {
        boolean[] out = new boolean[ls.size()];
        int i = 0;
        while (i < ls.size()) {
            TextLine first = ls.get(i);
            if (!first.bullet || !first.inRegion) {
                i++;
                continue;
            }
            int end = i;
            int text = 0;
            int items = 0;
            while (end < ls.size() && ls.get(end).bullet && ls.get(end).inRegion && ls.get(end).indent == first.indent) {
                TextLine l = ls.get(end);
                items++;
                if (l.quality == Quality.GOOD || l.initialQuality == Quality.NEAR_GOOD) {
                    text++;
                }
                end++;
            }
            if (items >= 2 && 2 * text >= items + 1) {
                for (int k = i; k < end; k++) {
                    TextLine l = ls.get(k);
                    out[k] = l.shape == Shape.TEXT && l.repeats == 1 && l.words >= 2;
                }
            }
            i = end;
        }
        return out;
    }

    /**
     * "12. ^ Roe, Jane (2010). Title. Publisher.": an entry of the article's reference list, printed with the
     * caret that links back to where it is cited. It belongs to the article even where the list ends the page.
     */
    private static final Pattern CITATION = Pattern.compile("^(?:\\d{1,3}\\.\\s+)?\\^\\s");
    static final int CITATION_MIN_WORDS = 3;

    static boolean citation(TextLine l) {
        return l.shape == Shape.TEXT && l.words >= CITATION_MIN_WORDS && CITATION.matcher(l.text).find();
    }

    static boolean isHeading(List<TextLine> ls, int i) {
        TextLine l = ls.get(i);
        if (l.bullet || l.shape != Shape.TEXT || l.repeats > 1 || l.words < 1 || l.words > HEADING_MAX_WORDS
                || l.text.length() > 120 || i == 0 || i + 1 >= ls.size()) {
            return false;
        }
        char last = l.text.charAt(l.text.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == '|' || last == '»' || last == '›') {
            return false;
        }
        TextLine prev = ls.get(i - 1);
        TextLine next = ls.get(i + 1);
        return bodyLike(prev) && bodyLike(next) && !next.bullet && next.words > l.words;
    }

    /** Kept body text: good after smoothing, or near-good on its own (kept inside the region). */
    private static boolean bodyLike(TextLine l) {
        return l.inRegion && l.removedReason == null && l.shape == Shape.TEXT && l.repeats == 1
                && (l.quality == Quality.GOOD || l.initialQuality == Quality.NEAR_GOOD);
    }

    /** Most words of an opening hook. */
    static final int HOOK_MAX_WORDS = 20;

    /**
     * A one-line hook right before the body ("It was a bad year for both countries."): a short sentence of its own,
     * printed once, not a list item, which the smoothing left outside the body for its shortness.
     */
    static boolean isOpeningHook(TextLine l) {
        if (l.shape != Shape.TEXT || l.bullet || l.repeats != 1 || l.words < 4 || l.words > HOOK_MAX_WORDS
                || l.text.isEmpty() || !l.endsSentence()) {
            return false;
        }
        char last = l.text.charAt(l.text.length() - 1);
        return (last == '.' || last == '!' || last == '?' || last == '。') && Character.isUpperCase(l.text.charAt(0))
                && l.text.chars().filter(Character::isLowerCase).count() * 2 > l.text.length();
    }

    static String outsideReason(TextLine l) {
        String r = shapeReason(l);
        if (r != null) {
            return r;
        }
        if (l.bullet) {
            return "navigation";
        }
        return l.quality == Quality.GOOD ? "outside main content" : "boilerplate";
    }

    static String insideReason(List<TextLine> ls, int i) {
        TextLine l = ls.get(i);
        String r = shapeReason(l);
        if (r != null) {
            return r;
        }
        TextLine next = i + 1 < ls.size() ? ls.get(i + 1) : null;
        if (next != null && (next.shape == Shape.DATE_SECTION || next.shape == Shape.DATE || next.repeats > 1)) {
            return "related links";
        }
        return l.bullet ? "navigation" : "boilerplate";
    }

    static String shapeReason(TextLine l) {
        switch (l.shape) {
            case IMAGE:
                return "image file name";
            case SHARE:
                return "share buttons";
            case DATE:
                return "date";
            case DATE_SECTION:
                return "related links";
            case URL:
                return "link";
            case COPYRIGHT:
                return "copyright";
            case FORM:
                return "form";
            case MARKUP:
                return "markup";
            case SELF_REPEAT:
                return "duplicate";
            case TEASER:
                return "related links";
            case GALLERY:
                return "gallery";
            case DIGITS:
            case SYMBOLS:
                return "boilerplate";
            default:
                break;
        }
        return l.repeats > 1 ? "duplicate" : null;
    }

    /** No body was found (only short lines): keep the lines that could be text so nothing useful is lost. */
    private static void keepWhatLooksLikeText(List<TextLine> ls) {
        for (TextLine l : ls) {
            if (l.removedReason != null) {
                continue;
            }
            String r = shapeReason(l);
            if (r != null && !("duplicate".equals(r) && l.shape == Shape.TEXT && l.firstOccurrence == l.index)) {
                l.remove(r);
            } else if (l.bullet && l.words <= 3) {
                l.remove("navigation");
            } else {
                l.kind = l.bullet ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
            }
        }
    }
}
