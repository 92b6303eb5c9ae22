package org.claimline.cleaning.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins paragraphs that the page itself wrapped by hand ({@code <pre>} text, {@code <br>} at every line): a group of
 * at least {@link #MIN_LINES} consecutive lines with no blank line between them, all plain text of about the same
 * width, whose continuation lines mostly go on mid-sentence (start in lower case, or follow a line broken off
 * mid-sentence: see {@link #MID_SENTENCE}). A list item wrapped the same way
 * continues on lines indented deeper than its marker. One wrapped line on its own is too short to be judged as
 * text; the joined paragraph is not. A list of headlines or the rows of a table (each capitalised) do not look like
 * this.
 */
public final class WrappedLineStep implements TextDumpStep {

    @Override
    public void apply(TextDumpContext ctx) {
        List<TextLine> ls = ctx.lines;
        List<TextLine> out = null;
        int i = 0;
        while (i < ls.size()) {
            int j = i + 1;
            while (j < ls.size() && !ls.get(j).blankBefore && !picture(ls.get(j)) && !picture(ls.get(j - 1))) {
                j++;
            }
            if (isWrapped(ls, i, j)) {
                if (out == null) {
                    out = new ArrayList<>(ls.subList(0, i));
                }
                out.add(PlainArticleStep.merge(ls, i, j, out.size()));
            } else if (out != null) {
                for (int k = i; k < j; k++) {
                    out.add(renumbered(ls.get(k), out.size()));
                }
            }
            i = j;
        }
        if (out != null) {
            ls.clear();
            ls.addAll(out);
        }
    }

    @Override
    public String name() {
        return "wrapped-lines";
    }

    /**
     * A picture's file name on a line of its own between wrapped lines (the picture beside the column) parts the
     * paragraphs above and below it as a blank line would.
     */
    private static boolean picture(TextLine l) {
        return l.shape == TextLine.Shape.IMAGE;
    }

    /** Closing quotes and brackets after a sentence's last mark. */
    private static final java.util.regex.Pattern CLOSING_QUOTES = java.util.regex.Pattern.compile("[\"”’')]+$");

    /** Fewest lines of a wrapped paragraph (a wrapped list item needs two), and the widths it may be wrapped at. */
    static final int MIN_LINES = 3;
    static final int MIN_WIDTH = 40;
    static final int MAX_WIDTH = 120;
    /** Every line but the last runs to at least this share of the widest. */
    static final double SAME_WIDTH = 0.6;

    /** Whether lines [from, to) are one paragraph wrapped at a fixed width. */
    static boolean isWrapped(List<TextLine> ls, int from, int to) {
        TextLine head = ls.get(from);
        if (to - from == 2 && !head.bullet && twoLineSentence(ls.get(from), ls.get(from + 1))) {
            return true;
        }
        if (to - from < (head.bullet ? 2 : MIN_LINES)) {
            return false;
        }
        int max = 0;
        for (int k = from; k < to; k++) {
            TextLine l = ls.get(k);
            if (k > from && (l.bullet || head.bullet && l.indent <= head.indent)
                    || l.shape != TextLine.Shape.TEXT && !(k == to - 1 && k > from && lastNumber(ls.get(k - 1), l))) {
                return false;
            }
            max = Math.max(max, width(l.text));
        }
        if (max < MIN_WIDTH || max > MAX_WIDTH) {
            return false;
        }
        int goesOn = 0;
        int midSentence = 0;
        int stops = 0;
        for (int k = from; k < to; k++) {
            String line = ls.get(k).text;
            stops += sentenceStops(line);
            if (k == to - 1) {
                break;
            }
            if (width(line) < max * SAME_WIDTH) {
                return false;
            }
            int first = ls.get(k + 1).text.codePointAt(0);
            if (Character.isLowerCase(first) || caseless(first) && !endsSentence(line)) {
                goesOn++;
            }
            if (!endsSentence(line) && brokenOff(line)) {
                midSentence++;
            }
        }
        int joins = to - from - 1;
        return 2 * goesOn >= joins || MID_SENTENCE * midSentence >= joins && STOPS * stops >= to - from;
    }

    /**
     * A narrow column wrapped by hand goes on with a capital as often as not (names, places): its lines may instead
     * stop mid-sentence, after a word in lower case or a comma, at two joins in three ({@code MID_SENTENCE} times
     * the broken-off lines cover the joins), when the group ends a sentence at least every {@code STOPS} lines — a
     * list of headlines in sentence case ends none.
     */
    static final double MID_SENTENCE = 1.5;
    static final double STOPS = 3;

    /** A line that stops after a word in lower case or a comma: the sentence goes on below it. */
    private static boolean brokenOff(String line) {
        int c = line.codePointBefore(line.length());
        return Character.isLowerCase(c) || c == ',' || Character.isDigit(c);
    }

    /** Sentence ends on the line: ". " before a capital, or a final stop. */
    private static int sentenceStops(String line) {
        int n = 0;
        for (int i = 1; i + 1 < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && line.charAt(i + 1) == ' ' && Character.isLowerCase(line.charAt(i - 1))) {
                n++;
            }
        }
        return n + (endsSentence(line) ? 1 : 0);
    }

    /**
     * Two lines of one sentence: a wide line that stops mid-sentence and a narrower one that goes on in lower case
     * and ends it ("… also condemned the" / "release of the videotape."), as a page wrapped at a fixed width prints
     * a short paragraph. The second line may go on with a capital (a name, a place: "… to quit the tour of" /
     * "Australia if the appeal fails.") when the first, no sentence ending inside it (a caption and its credit),
     * stops after a word in lower case or a digit and the second ends with a full stop (a list of headlines ends
     * none, or with a question).
     */
    static boolean twoLineSentence(TextLine a, TextLine b) {
        if (a.shape != TextLine.Shape.TEXT || b.shape != TextLine.Shape.TEXT || b.bullet || b.indent != a.indent) {
            return false;
        }
        int wa = width(a.text);
        int wb = width(b.text);
        if (wa < MIN_WIDTH || wa > MAX_WIDTH || wb > wa + 2 && wa + 1 + firstWord(b.text) <= wb
                || endsSentence(a.text)) {
            return false;
        }
        String end = CLOSING_QUOTES.matcher(b.text).replaceFirst("");
        return endsSentence(end) && (Character.isLowerCase(b.text.codePointAt(0))
                || brokenOff(a.text) && !a.text.endsWith(",") && sentenceStops(a.text) == 0 && end.endsWith("."));
    }

    /**
     * A sentence's last word printed alone on the last line because it is a number ("… invasion of the country in" /
     * "2003."): the line has the shape of digits, but ends the paragraph above it.
     */
    private static boolean lastNumber(TextLine before, TextLine last) {
        return last.shape == TextLine.Shape.DIGITS && endsSentence(last.text) && brokenOff(before.text);
    }

    /** Display width of the line's first word. */
    private static int firstWord(String s) {
        int sp = s.indexOf(' ');
        return width(sp < 0 ? s : s.substring(0, sp));
    }

    /** Display width: East Asian wide characters take two columns, as the page was wrapped on screen. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLowSurrogate(c)) {
                w += ColumnLayout.Row.wide(s.codePointAt(i)) ? 2 : 1;
            }
        }
        return w;
    }

    /**
     * A letter of the East Asian scripts, which have no case: a line may go on with any of them, and a wrapped line
     * of them does unless the one before ends a sentence.
     */
    private static boolean caseless(int cp) {
        return Character.isLetter(cp) && ColumnLayout.Row.wide(cp) && !Character.isUpperCase(cp)
                && !Character.isLowerCase(cp);
    }

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '。' || last == '！' || last == '？' || last == '.' || last == '!' || last == '?';
    }

    private static TextLine renumbered(TextLine src, int index) {
        if (src.index == index) {
            return src;
        }
        TextLine c = new TextLine(index, src.raw);
        c.text = src.text;
        c.indent = src.indent;
        c.bullet = src.bullet;
        c.blankBefore = src.blankBefore;
        c.words = src.words;
        c.stopwords = src.stopwords;
        c.weightedChars = src.weightedChars;
        c.shape = src.shape;
        return c;
    }
}
