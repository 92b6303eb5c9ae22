package org.claimline.cleaning.text;

import java.util.List;
import java.util.regex.Pattern;
import org.claimline.cleaning.text.TextLine.Quality;
import org.claimline.cleaning.text.TextLine.Shape;
import org.claimline.model.BlockKind;

/**
 * Takes the lead image caption out of the body: the first kept line of the body region, when it reads like a
 * caption (a short credit in brackets at its end) or is followed by a credit line (a
 * short line of names split by "|", a photo or credit word, or capitals only), and more body text follows it.
 * The caption stays as a caption block; its credit line is removed. Further down, a body line that names its
 * picture in its closing brackets or first words is a caption as well.
 */
public final class LeadCaptionStep implements TextDumpStep {

    /** Lines at the top of the region the caption may sit on (the byline and date may come first). */
    static final int HEAD_LINES = 4;
    static final int CREDIT_MAX_WORDS = 8;
    /** "… at the airport. (Photo Jane Roe. AFP)", "… on Tuesday. (AP)": a bracketed credit closing the line. */
    private static final Pattern CLOSING_CREDIT = Pattern.compile("\\((?:[^()]{0,60}[\\p{Lu}/][^()]{0,60})\\)$");

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
        for (int i = ctx.regionStart; i <= ctx.regionEnd; i++) {
            TextLine l = ls.get(i);
            if (l.removedReason == null && l.kind == BlockKind.PARAGRAPH && l.shape == Shape.TEXT
                    && creditedCaption(l)) {
                l.kind = BlockKind.CAPTION;
            }
        }
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
