package org.claimline.anchoring;

import static org.claimline.anchoring.Tuning.Search.MAX_OCCURRENCES;
import static org.claimline.anchoring.Tuning.Search.MAX_PARAGRAPH;
import static org.claimline.anchoring.Tuning.Search.SLACK;

import java.util.ArrayList;
import java.util.List;
import org.claimline.model.Anchor;

/**
 * The new text of one run, prepared once: its normalised form and (lazily) its q-gram indexes, and what the
 * pipeline asks of its layout: line and paragraph edges, repeated paragraphs, the length and digits of a
 * candidate's text.
 */
final class TargetText {
    final String raw;
    /** The old text's length (UTF-16 units), -1 if unknown. */
    final int oldLength;
    private NormalizedText norm;
    private QGramIndex index;
    private QGramIndex shortIndex;

    TargetText(String raw, int oldLength) {
        this.raw = raw;
        this.oldLength = oldLength;
    }

    NormalizedText norm() {
        if (norm == null) {
            norm = NormalizedText.of(raw);
        }
        return norm;
    }

    QGramIndex index() {
        if (index == null) {
            index = new QGramIndex(norm().text());
        }
        return index;
    }

    /** Built only when a short quote (a word, a name) is looked up: scanning a megabyte for each costs more. */
    QGramIndex shortIndex() {
        if (shortIndex == null) {
            shortIndex = QGramIndex.forShortQuotes(norm().text());
        }
        return shortIndex;
    }

    List<Integer> occurrences(String q) {
        String text = norm().text();
        if (q.length() >= QGramIndex.Q + QGramIndex.STEP - 1) {
            return index().occurrences(q);
        }
        if (q.length() >= QGramIndex.SHORT_Q) {
            return shortIndex().occurrences(q, MAX_OCCURRENCES + 1);
        }
        List<Integer> out = new ArrayList<>();
        for (int i = text.indexOf(q); i >= 0 && out.size() <= MAX_OCCURRENCES; i = text.indexOf(q, i + 1)) {
            out.add(i);
        }
        return out;
    }

    /**
     * Whether normalised text[start, end) spans a paragraph break (folded into a space by normalisation)
     * while the recorded quote lies within one line: the end of one paragraph and the start of the next,
     * not the passage. Edits move, insert and delete whole paragraphs without joining them, and a
     * reformatting that breaks a line turns a space into one line break, not into a blank line.
     */
    boolean joinsParagraphs(Anchor a, int start, int end) {
        return a.quote().exact().indexOf('\n') < 0
                && Landmarks.paragraphBreaks(raw, norm().originalStart(start), norm().originalEnd(start, end)) > 0;
    }

    /** The last line break in raw[at - within, at), or -1: bounded, so a text without breaks stays cheap. */
    int lastBreak(int at, int within) {
        for (int i = at - 1; i >= Math.max(0, at - within); i--) {
            if (raw.charAt(i) == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The first line break in raw[at, at + within], or -1. */
    int nextBreak(int at, int within) {
        for (int i = at; i < Math.min(raw.length(), at + within + 1); i++) {
            if (raw.charAt(i) == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Start of the paragraph (blank-line separated block) holding raw offset {@code at}; -1 if it is
     * longer than {@link Tuning.Search#MAX_PARAGRAPH}, so a text without blank lines stays cheap.
     */
    int paragraphStart(int at) {
        for (int i = at - 1; i > 0 && i >= at - MAX_PARAGRAPH; i--) {
            if (raw.charAt(i) == '\n' && isBlankLine(i, -1)) {
                return i + 1;
            }
        }
        return at <= MAX_PARAGRAPH ? 0 : -1;
    }

    /** End of the paragraph holding the text just before raw offset {@code at}; -1 if too far. */
    int paragraphEnd(int at) {
        for (int i = at; i < raw.length() && i <= at + MAX_PARAGRAPH; i++) {
            if (raw.charAt(i) == '\n' && isBlankLine(i, 1)) {
                return i;
            }
        }
        return raw.length() - at <= MAX_PARAGRAPH ? raw.length() : -1;
    }

    /**
     * Whether the line break at {@code nl} borders a blank line: only spaces up to the previous
     * ({@code step} -1) or next ({@code step} 1) line break.
     */
    boolean isBlankLine(int nl, int step) {
        for (int i = nl + step; i >= 0 && i < raw.length(); i += step) {
            char c = raw.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!NormalizedText.isSpace(c)) {
                return false;
            }
        }
        return false;
    }

    /** Whether {@code s} holds only spaces, no-break and other wide spaces included. */
    static boolean blank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!NormalizedText.isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code copy} is {@code first} in a paragraph that is identical to {@code first}'s and
     * follows it directly (only blank lines between them). {@code paragraphs[i]} caches the bounds of
     * {@code first}'s paragraph.
     */
    boolean isRepeatedParagraphCopy(Candidate first, Candidate copy, int[][] paragraphs, int i) {
        NormalizedText n = norm();
        int s1 = n.originalStart(first.start());
        int e1 = n.originalEnd(first.start(), first.end());
        int s2 = n.originalStart(copy.start());
        int e2 = n.originalEnd(copy.start(), copy.end());
        if (s2 <= s1 || e2 - s2 != e1 - s1 || !raw.regionMatches(s1, raw, s2, e1 - s1)) {
            return false;
        }
        if (paragraphs[i] == null) {
            paragraphs[i] = new int[] {paragraphStart(s1), paragraphEnd(e1)};
        }
        int p1 = paragraphs[i][0];
        int q1 = paragraphs[i][1];
        int length = q1 - p1;
        int p2 = s2 - (s1 - p1);
        // the copy's paragraph starts after a short blank gap and holds the same text
        if (p1 < 0 || q1 < 0 || p2 <= q1 || p2 - q1 > SLACK || raw.charAt(p2 - 1) != '\n'
                || !blank(raw.substring(q1, p2)) || p2 + length > raw.length()) {
            return false;
        }
        return raw.regionMatches(p1, raw, p2, length) && paragraphEnd(p2 + length) == p2 + length;
    }

    /** Whether only spaces lie between {@code c} and a line break or the text edge on one side. */
    boolean foundAtLineEdge(Candidate c, boolean before) {
        if (before) {
            int s = norm().originalStart(c.start());
            int b = lastBreak(s, SLACK);
            return (b >= 0 || s <= SLACK) && blank(raw.substring(b + 1, s));
        }
        int e = norm().originalEnd(c.start(), c.end());
        int b = nextBreak(e, SLACK);
        return (b >= 0 || raw.length() - e <= SLACK) && blank(raw.substring(e, b < 0 ? raw.length() : b));
    }

    /** Whether normalised text[c] has a blank line (or the text's edge) right before and after it in the raw text. */
    boolean foundAsParagraph(Candidate c) {
        int s = norm().originalStart(c.start());
        int e = norm().originalEnd(c.start(), c.end());
        int breaks = 0;
        int i = s - 1;
        for (; i >= 0 && NormalizedText.isSpace(raw.charAt(i)); i--) {
            breaks += raw.charAt(i) == '\n' ? 1 : 0;
        }
        if (i >= 0 && breaks < 2) {
            return false;
        }
        breaks = 0;
        int j = e;
        for (; j < raw.length() && NormalizedText.isSpace(raw.charAt(j)); j++) {
            breaks += raw.charAt(j) == '\n' ? 1 : 0;
        }
        return j >= raw.length() || breaks >= 2;
    }

    /**
     * The length of {@code c}'s text in Latin-letter equivalents: an ideograph, kana or hangul syllable
     * says about as much as a short word, so a phrase in Chinese, Japanese or Korean recurs by chance as
     * rarely as a Latin one twice its length.
     */
    int weight(Candidate c) {
        String text = norm().text();
        int w = 0;
        for (int i = c.start(); i < c.end(); i++) {
            w += isWide(text.charAt(i)) ? 2 : 1;
        }
        return w;
    }

    static boolean isWide(char ch) {
        return ch >= '\u3040' && ch <= '\u30FF' || ch >= '\u3400' && ch <= '\u4DBF'
                || ch >= '\u4E00' && ch <= '\u9FFF' || ch >= '\uAC00' && ch <= '\uD7AF';
    }

    List<String> digits(Candidate c) {
        return digitRuns(norm().text().substring(c.start(), c.end()));
    }

    static List<String> digitRuns(String s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.length(); ) {
            if (!Character.isDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && Character.isDigit(s.charAt(j))) {
                j++;
            }
            out.add(s.substring(i, j));
            i = j;
        }
        return out;
    }
}
