package org.claimline.cleaning.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimline.cleaning.text.TextLine.Quality;
import org.claimline.cleaning.text.TextLine.Shape;
import org.claimline.model.BlockKind;

/**
 * Takes the lead image caption out of the body: the first kept line of the body region, when it reads like a
 * caption (a short credit in brackets at its end) or is followed by a credit line (a
 * short line of names split by "|", a photo or credit word, or capitals only), and more body text follows it.
 * The caption stays as a caption block; its credit line is removed. Further down, a body line that names its
 * picture in its closing brackets, its first words or a closing credit label ("… on Thursday. Credit: Agency",
 * "… after the match. | Photo: Agency") is a caption as well, and so is the line beside it that repeats its
 * opening words: the picture's alternative text, printed before or after its caption.
 */
public final class LeadCaptionStep implements TextDumpStep {

    /** Lines at the top of the region the caption may sit on (the byline and date may come first). */
    static final int HEAD_LINES = 4;
    static final int CREDIT_MAX_WORDS = 8;
    /** "… at the airport. (Photo Jane Roe. AFP)", "… on Tuesday. (AP)": a bracketed credit closing the line. */
    private static final Pattern CLOSING_CREDIT = Pattern.compile("\\((?:[^()]{0,60}[\\p{Lu}/][^()]{0,60})\\)$");
    /**
     * A credit label and a name closing the line, after the caption's own words: "Credit: Agency", "Photograph: Jane
     * Roe for Paper", "| Foto: Agency", "Image credit: Maker", or glued to the caption by the dump ("… sought
     * treatmentCredit: Agency"). The name runs to the end without a sentence inside.
     */
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?i)(?:[\\s|.,;–—-]|(?-i:(?<=\\p{Ll})(?=[CFIP])))(?:(?:image|photo)\\s+credits?|credits?|photos?|photographs?|fotos?|images?|pictures?"
                    + "|illustrations?)\\s*:\\s*[^\\s.!?:][^.!?:]{0,60}\\.?\\s*$");
    /** Words of the caption's own before a trailing credit ("Playoff picture: …" is a headline, not a caption). */
    static final int TRAILING_CREDIT_MIN_WORDS = 3;
    static final int TRAILING_CREDIT_MAX_WORDS = 8;
    /** Opening words a picture's alternative text and its caption share. */
    static final int TWIN_WORDS = 4;

    @Override
    public String name() {
        return "lead-caption";
    }

    @Override
    public void apply(TextDumpContext ctx) {
        if (ctx.plain || ctx.regionStart < 0) {
            return;
        }
        List<TextLine> ls = ctx.lines;
        leadCaption(ctx, ls);
        captionPairs(ctx, ls);
        for (int i = ctx.regionStart; i <= ctx.regionEnd; i++) {
            TextLine l = ls.get(i);
            if (bodyParagraph(l) && creditedCaption(l)) {
                l.kind = BlockKind.CAPTION;
                for (int step : new int[] {-1, 1}) {
                    // the nearest kept line on each side: a slide counter or a file name may stand between
                    int k = i + step;
                    while (k >= ctx.regionStart && k <= ctx.regionEnd && Math.abs(k - i) < 3
                            && (ls.get(k).removedReason != null || ls.get(k).shape != Shape.TEXT)) {
                        k += step;
                    }
                    if (k >= ctx.regionStart && k <= ctx.regionEnd && bodyParagraph(ls.get(k))
                            && altTextOf(ls.get(k), l)) {
                        ls.get(k).kind = BlockKind.CAPTION;
                    }
                }
            }
        }
    }

    /** Opening words that tie two nearby body lines together as a picture's alternative text and its caption. */
    static final int PAIR_WORDS = 6;

    /**
     * Two kept lines printed next to each other (a slide counter or a file name may stand between) that open with the
     * same {@link #PAIR_WORDS} words but go on differently are a picture's alternative text and its caption: a body
     * does not say the same thing twice in a row in other words.
     */
    private static void captionPairs(TextDumpContext ctx, List<TextLine> ls) {
        for (int i = ctx.regionStart; i <= ctx.regionEnd; i++) {
            TextLine l = ls.get(i);
            if (!pairable(l)) {
                continue;
            }
            String open = openingWords(l.text, PAIR_WORDS);
            int k = i + 1;
            while (k <= ctx.regionEnd && k - i < 3
                    && (ls.get(k).removedReason != null || ls.get(k).shape != Shape.TEXT)) {
                k++;
            }
            if (open == null || k > ctx.regionEnd || k - i >= 3) {
                continue;
            }
            TextLine o = ls.get(k);
            // two items of one list may well open alike ("Remove nodes from the list that …")
            if (pairable(o) && !(l.bullet && o.bullet) && open.equals(openingWords(o.text, PAIR_WORDS))
                    && !o.text.equals(l.text)) {
                l.kind = BlockKind.CAPTION;
                o.kind = BlockKind.CAPTION;
            }
        }
    }

    private static boolean pairable(TextLine l) {
        return l.removedReason == null && l.shape == Shape.TEXT
                && (l.kind == BlockKind.PARAGRAPH || l.kind == BlockKind.LIST_ITEM || l.kind == BlockKind.CAPTION);
    }

    private static boolean bodyParagraph(TextLine l) {
        return l.removedReason == null && l.kind == BlockKind.PARAGRAPH && l.shape == Shape.TEXT;
    }

    /**
     * Whether {@code line}, printed right beside {@code caption}, is its picture's alternative text: it opens with the
     * caption's first {@value #TWIN_WORDS} words and is no longer than the caption.
     */
    static boolean altTextOf(TextLine line, TextLine caption) {
        String a = openingWords(line.text, TWIN_WORDS);
        return a != null && a.equals(openingWords(caption.text, TWIN_WORDS))
                && line.text.length() <= caption.text.length() + 20;
    }

    /** The first {@code n} words, lower-cased, or null when the text has fewer. */
    private static String openingWords(String t, int n) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            boolean letter = Character.isLetterOrDigit(t.charAt(i));
            if (letter && !inWord) {
                if (words == n) {
                    return t.substring(0, i).strip().toLowerCase(Locale.ROOT);
                }
                words++;
            }
            inWord = letter;
        }
        return null;
    }

    private static void leadCaption(TextDumpContext ctx, List<TextLine> ls) {
        int first = firstKept(ls, ctx.regionStart, ctx.regionEnd);
        if (first < 0) {
            return;
        }
        TextLine lead = ls.get(first);
        int next = firstKept(ls, first + 1, ctx.regionEnd);
        TextLine credit = next >= 0 && isCredit(ls.get(next)) ? ls.get(next) : null;
        int after = credit != null ? next : first;
        if (!(captionWords(lead) || credit != null) || !moreBodyAfter(ls, after, ctx.regionEnd, lead.weightedChars)) {
            return;
        }
        lead.kind = BlockKind.CAPTION;
        if (ctx.metadata.leadImageCaption() == null) {
            ctx.metadata = ctx.metadata.withLeadImageCaption(lead.text);
        }
        if (credit != null) {
            credit.remove("caption credit");
        }
    }

    private static int firstKept(List<TextLine> ls, int from, int regionEnd) {
        for (int i = from; i <= Math.min(regionEnd, from + HEAD_LINES - 1); i++) {
            TextLine l = ls.get(i);
            if (l.removedReason == null && l.shape == Shape.TEXT && !l.bullet && l.kind == BlockKind.PARAGRAPH) {
                return i;
            }
        }
        return -1;
    }

    /** A caption closes with its credit in brackets. */
    static boolean captionWords(TextLine l) {
        return l.words > CREDIT_MAX_WORDS && CLOSING_CREDIT.matcher(l.text).find();
    }

    /**
     * A caption anywhere in the body names its picture where a sentence would not: in the brackets that close it
     * ("Protesters in the square (Image: Agency)") or in its first words ("Image caption The mayor at…").
     */
    static boolean creditedCaption(TextLine l) {
        String t = l.text;
        // a trailing credit has its colon ("… Photo: Agency"); most paragraphs have none, and skip the search
        Matcher trailing = t.indexOf(':') >= 0 ? TRAILING_CREDIT.matcher(t) : null;
        if (trailing != null && trailing.find()) {
            int before = words(t.substring(0, trailing.start()));
            int credit = words(t.substring(trailing.start()));
            if (before >= TRAILING_CREDIT_MIN_WORDS && credit <= TRAILING_CREDIT_MAX_WORDS) {
                return true;
            }
        }
        if (t.endsWith(")")) {
            int open = t.lastIndexOf('(');
            if (open >= 0 && t.length() - open <= 60 && MetadataStep.CREDIT.matcher(t.substring(open)).find()) {
                return true;
            }
        }
        if (l.endsSentence()) {
            return false;
        }
        int firstWords = 0;
        for (int i = 0, words = 0; i < t.length() && words < 2; i++) {
            if (t.charAt(i) == ' ') {
                words++;
            }
            firstWords = i + 1;
        }
        return MetadataStep.CREDIT.matcher(t.substring(0, firstWords)).find();
    }

    private static int words(String t) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            boolean letter = Character.isLetterOrDigit(t.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }

    /** "Jane Roe | Agency | Getty Images", "Photo: Getty Images", "ITV, ASSOCIATED PRESS". */
    static boolean isCredit(TextLine l) {
        if (l.words < 2 || l.words > CREDIT_MAX_WORDS || l.endsSentence() && !l.text.endsWith(")")
                || l.text.indexOf('[') >= 0) {
            return false;
        }
        return l.text.indexOf('|') >= 0 || MetadataStep.CREDIT.matcher(l.text).find() || capitalsOnly(l.text);
    }

    private static boolean capitalsOnly(String t) {
        int letters = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 4;
    }

    /** The body goes on after the caption with more good text than the caption itself. */
    private static boolean moreBodyAfter(List<TextLine> ls, int after, int regionEnd, int captionChars) {
        long chars = 0;
        for (int i = after + 1; i <= regionEnd; i++) {
            TextLine l = ls.get(i);
            if (l.quality == Quality.GOOD && l.removedReason == null) {
                chars += l.weightedChars;
            }
        }
        return chars > 2L * captionChars;
    }
}
