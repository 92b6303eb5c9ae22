package org.claimline.cleaning.text;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimline.cleaning.common.BylinePatterns;
import org.claimline.cleaning.common.DatePatterns;
import org.claimline.model.BlockKind;
import org.claimline.model.DateValue;

/**
 * Reads the header above the body: title (the nearest headline-shaped line above the body, glued section labels
 * removed), byline, published and updated dates, the section label just above the title, the lead image caption
 * (a line printed more than once between title and body), the site name (a short first line the page repeats,
 * else the logo's alt text or the footer's copyright holder: {@link SiteNames}) and a trailing author bio. Marks the lines it used so they leave the body with their reason.
 */
public final class MetadataStep implements TextDumpStep {

    /** How many lines above the body the header may span. */
    static final int WINDOW = 30;
    /** Lines just inside the body that may still be header (a byline the smoothing pulled in). */
    static final int INSIDE = 3;
    static final Pattern GLUED_LABEL = Pattern.compile("^\\p{Lu}{2,}(?=\\p{Lu}\\p{Ll})");
    /** A section's name is words: "World", "Arts & Culture", "Views and Interviews" (not "Sign In| Join"). */
    private static final Pattern SECTION_NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\s&/'’.-]*");
    private static final Pattern BY_ALONE = Pattern.compile("(?i)(?:by|von|par|por|door|di|av)\\s*:?");
    static final Pattern CREDIT = Pattern.compile(
            "(?i)\\b(photo|photograph|image|picture|credit|getty|illustration|file|video)\\b");

    @Override
    public String name() {
        return "metadata";
    }

    @Override
    public void apply(TextDumpContext ctx) {
        List<TextLine> ls = ctx.lines;
        if (ls.isEmpty() || ctx.plain || ctx.regionStart < 0) {
            return;
        }
        int s = ctx.regionStart;
        int from = Math.max(0, s - WINDOW);
        int to = Math.min(ls.size() - 1, s + INSIDE - 1);

        List<String> byline = List.of();
        // a "By" on a line of its own is never body text: it is looked for as deep as the header's date line
        int byAloneTo = Math.min(ls.size() - 1, Math.max(to, s + DATE_INSIDE - 1));
        for (int i = from; i <= byAloneTo; i++) {
            TextLine l = ls.get(i);
            boolean byAlone = BY_ALONE.matcher(l.text).matches();
            if (l.text.length() > 200 || l.bullet && l.words > 8 || i > to && !byAlone) {
                continue;
            }
            List<String> names = BylinePatterns.parse(l.text);
            if (names.isEmpty() && i + 1 < ls.size() && byAlone) {
                // "By" on a line of its own, the name on the next, and perhaps the author's post after that
                names = BylinePatterns.parse(l.text + " " + ls.get(i + 1).text);
                if (!names.isEmpty()) {
                    mark(ls.get(i + 1), "byline");
                    if (i + 2 < ls.size() && isPost(ls.get(i + 2))) {
                        mark(ls.get(i + 2), "byline");
                    }
                }
            }
            if (!names.isEmpty()) {
                if (byline.isEmpty()) {
                    byline = names;
                }
                mark(l, "byline");
            }
        }

        // no headline rather than a wrong one: the line nearest the body that merely looks like a headline was
        // the old guess, and measured on the corpus it was a prompt, a caption or a widget six times out of seven
        Map<String, int[]> bodyWords = TitleFinder.bodyTerms(ctx, s);
        int title = TitleFinder.find(ctx, from, s, bodyWords);
        String titleText = title >= 0 ? TitleText.tidy(GLUED_LABEL.matcher(ls.get(title).text).replaceFirst("")) : null;
        if (titleText == null) {
            title = -1;
        }
        if (title >= 0) {
            TextLine t = ls.get(title);
            String text = titleText;
            ctx.titleLine = title;
            ctx.metadata = ctx.metadata.withTitle(text);
            String key = t.key;
            for (TextLine l : ls) {
                if (l.words <= 40 && l.key.equals(key)) {
                    mark(l, "title");
                }
            }
            if (title > 0) {
                TextLine prev = ls.get(title - 1);
                if (!prev.bullet && prev.shape == TextLine.Shape.TEXT && prev.words >= 1 && prev.words <= 4
                        && !prev.endsSentence() && prev.kept() && SECTION_NAME.matcher(prev.text).matches()) {
                    ctx.metadata = ctx.metadata.withSection(prev.text);
                    mark(prev, "section");
                }
            }
        }

        if (byline.isEmpty() && title >= 0) {
            byline = nameBesideDate(ls, title + 1, Math.min(to, title + NAME_LINES));
        }

        // the dates under the headline, down to a date line under a caption or byline the body region took in
        int dateTo = Math.min(ls.size() - 1, Math.max(to, Math.min(ctx.regionEnd, s + DATE_INSIDE - 1)));
        DateValue[] dates = headerDates(ls, title >= 0 ? title + 1 : from, dateTo, to);
        if (dates[0] == null && dates[1] == null && title > from && ls.get(title - 1).shape == TextLine.Shape.DATE) {
            // none there: a bare date line right above the headline is its dateline
            dates = headerDates(ls, title - 1, title - 1, to);
        }
        DateValue published = dates[0];
        DateValue updated = dates[1];

        String caption = null;
        int capFrom = title >= 0 ? title + 1 : Math.max(from, s - 10);
        for (int i = capFrom; i <= to; i++) {
            TextLine l = ls.get(i);
            // a caption shows what the article is about; a notice printed twice ("These are external links and
            // will open in a new window") does not share its words
            if (l.repeats > 1 && l.words >= 4 && l.shape == TextLine.Shape.TEXT && !l.bullet
                    && (l.removedReason == null || "caption".equals(l.removedReason))
                    && TitleFinder.shared(bodyWords, l.text, ctx.stopwords) >= CAPTION_SHARED) {
                if (caption == null) {
                    caption = l.text;
                }
                if (l.text.equals(caption)) {
                    markCaptionCopies(ls, l, to + WINDOW);
                }
            }
        }

        if (!byline.isEmpty()) {
            int bioTo = Math.min(ls.size() - 1, ctx.regionEnd + 6);
            for (int i = Math.max(s, ctx.regionEnd - 1); i <= bioTo; i++) {
                TextLine l = ls.get(i);
                for (String author : byline) {
                    if (l.removedReason == null && BylinePatterns.isBioOf(l.text, author)) {
                        l.kind = BlockKind.AUTHOR_BIO;
                        l.inRegion = true;
                        l.quality = TextLine.Quality.GOOD;
                    }
                }
            }
        }

        TextLine first = ls.get(0);
        if (first.repeats > 1 && first.words >= 1 && first.words <= 6 && first.shape == TextLine.Shape.TEXT
                && !first.bullet && first.index != title && SiteNames.name(first.text) != null) {
            ctx.metadata = ctx.metadata.withSiteName(first.text);
        } else {
            String site = SiteNames.find(ls, title);
            if (site != null) {
                ctx.metadata = ctx.metadata.withSiteName(site);
            }
        }
        ctx.metadata = ctx.metadata.withByline(byline).withPublished(published).withUpdated(updated)
                .withLeadImageCaption(caption);
    }

    /** A short line naming a job ("Seattle Times business reporter") under an author's name. */
    private static boolean isPost(TextLine l) {
        return l.words <= POST_WORDS && !l.endsSentence() && l.shape == TextLine.Shape.TEXT
                && BylinePatterns.isJobTitle(l.text);
    }

    /** Words of an author's post under the byline, at most. */
    static final int POST_WORDS = 6;

    /** Share of a repeated header line's content words the body must use for it to be the lead caption. */
    static final double CAPTION_SHARED = 0.25;
    /** Lines into the body that may still hold the header's date line. */
    static final int DATE_INSIDE = 8;

    /**
     * Published and updated dates of the header lines {@code [from, to]}; past {@code plainTo} only date-shaped
     * lines count. Date lines found are removed from the body.
     */
    private static DateValue[] headerDates(List<TextLine> ls, int from, int to, int plainTo) {
        DateValue published = null;
        DateValue updated = null;
        for (int i = from; i <= to; i++) {
            TextLine l = ls.get(i);
            if (l.text.length() > 200 || l.inRegion && l.quality == TextLine.Quality.GOOD && l.words > 12
                    || i > plainTo && l.shape != TextLine.Shape.DATE && l.shape != TextLine.Shape.DATE_SECTION) {
                continue;
            }
            List<DatePatterns.Found> found = DatePatterns.findAllLabeled(l.text, 2);
            // a long line with one unlabelled date is a sentence; a dateline may be long when it gives two dates
            if (found.isEmpty() || l.words > 16 && found.size() == 1 && found.get(0).label() == DatePatterns.Label.NONE) {
                continue;
            }
            for (DatePatterns.Found f : found) {
                if (f.label() == DatePatterns.Label.UPDATED) {
                    updated = updated == null ? f.value() : updated;
                } else if (published == null) {
                    published = f.value();
                } else if (updated == null && f.value().compareTo(published) > 0
                        && f.label() == DatePatterns.Label.NONE) {
                    updated = f.value();
                }
            }
            if (l.shape == TextLine.Shape.DATE || l.shape == TextLine.Shape.DATE_SECTION || l.words <= 12
                    || found.size() > 1) {
                mark(l, "date");
            }
        }
        return new DateValue[] {published, updated};
    }
    /** Lines under the headline where a bare author name may stand. */
    static final int NAME_LINES = 6;

    /**
     * A header line under the headline that is only a name with a date after it, or a bare name printed next to a
     * date line: the author, in headers that do not say "By".
     */
    private static List<String> nameBesideDate(List<TextLine> ls, int from, int to) {
        for (int i = from; i <= to && i < ls.size(); i++) {
            TextLine l = ls.get(i);
            boolean shaped = l.shape == TextLine.Shape.TEXT || l.shape == TextLine.Shape.DATE;
            if (!shaped || l.words < 2 || l.words > 16 || l.quality == TextLine.Quality.GOOD) {
                continue;
            }
            // a bulleted name goes with a bulleted date ("• Jane Roe", "• 18 Nov 2019, 19:09"), not with a menu
            boolean besideDate = dateLine(ls, i - 1) && ls.get(i - 1).bullet == l.bullet
                    || dateLine(ls, i + 1) && ls.get(i + 1).bullet == l.bullet;
            List<String> names = BylinePatterns.nameWithDate(l.text, besideDate);
            if (!names.isEmpty()) {
                mark(l, "byline");
                return names;
            }
        }
        return List.of();
    }

    private static boolean dateLine(List<TextLine> ls, int i) {
        if (i < 0 || i >= ls.size()) {
            return false;
        }
        TextLine l = ls.get(i);
        return l.shape == TextLine.Shape.DATE || l.shape == TextLine.Shape.DATE_SECTION
                || l.words <= 12 && DatePatterns.find(l.text) != null;
    }

    private static void markCaptionCopies(List<TextLine> ls, TextLine l, int limit) {
        String key = l.key;
        boolean keptOne = false;
        for (int i = l.firstOccurrence; i < Math.min(ls.size(), limit); i++) {
            TextLine o = ls.get(i);
            if (o.repeats != l.repeats || !o.key.equals(key)) {
                continue;
            }
            if (!keptOne && o.removedReason == null) {
                o.kind = BlockKind.CAPTION;
                o.inRegion = true;
                o.quality = TextLine.Quality.GOOD;
                keptOne = true;
            } else if (o.kind != BlockKind.CAPTION) {
                o.remove("caption");
            }
        }
    }

    private static void mark(TextLine l, String reason) {
        l.remove(reason);
    }
}
