package org.claimline.cleaning.text;

import java.util.List;
import org.claimline.cleaning.text.TextLine.Quality;
import org.claimline.cleaning.text.TextLine.Shape;

/**
 * Finds preformatted blocks (code, shell sessions, query output) the body introduces. A dump separates paragraphs
 * with blank lines but prints a {@code <pre>} block line by line without them; such a group of at least
 * {@link #MIN_LINES} short lines where most lines carry code punctuation or are indented deeper than the group's
 * first line, right after body text (or after another such block), is part of the article. Its lines are too
 * short, too repetitive ("FROM", "SELECT") and too poor in stopwords to pass as text, so they become good lines.
 * Menus are groups too, but they hold plain words and are not introduced by a paragraph.
 */
public final class CodeBlockStep implements TextDumpStep {

    static final int MIN_LINES = 2;
    /** Code lines are short; a long line in the group is prose that lost its blank lines. */
    static final int LINE_MAX_CHARS = 160;
    private static final String CODE_CHARS = "(){}[];=$\\_│┼─";

    @Override
    public String name() {
        return "code-block";
    }

    @Override
    public void apply(TextDumpContext ctx) {
        List<TextLine> ls = ctx.lines;
        int i = 0;
        boolean previousWasCode = false;
        while (i < ls.size()) {
            int end = i + 1;
            while (end < ls.size() && !ls.get(end).blankBefore) {
                end++;
            }
            boolean code = end - i >= MIN_LINES && codeLike(ls, i, end)
                    && (previousWasCode && i > 0 && ls.get(i - 1).code || introduced(ls, i));
            if (code) {
                for (int k = i; k < end; k++) {
                    TextLine l = ls.get(k);
                    l.quality = Quality.GOOD;
                    l.code = true;
                }
            }
            previousWasCode = code;
            i = end;
        }
    }

    /**
     * Lines [from, to): short, plain or symbol shapes, no list markers, at least half of them and at least
     * {@link #MIN_LINES} code-shaped (a rule line of symbols alone is a table border or a form field).
     */
    static boolean codeLike(List<TextLine> ls, int from, int to) {
        int baseIndent = ls.get(from).indent;
        int codey = 0;
        for (int k = from; k < to; k++) {
            TextLine l = ls.get(k);
            if (l.bullet || l.text.length() > LINE_MAX_CHARS
                    || l.shape != Shape.TEXT && l.shape != Shape.SYMBOLS && l.shape != Shape.DIGITS) {
                return false;
            }
            if (l.shape != Shape.SYMBOLS && (l.indent > baseIndent || hasCodeChar(l.text))) {
                codey++;
            }
        }
        return codey >= MIN_LINES && codey * 2 >= to - from;
    }

    static boolean hasCodeChar(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (CODE_CHARS.indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The line before the group is body text: good, near-good, or a sentence that announces it with a colon. */
    static boolean introduced(List<TextLine> ls, int start) {
        if (start == 0) {
            return false;
        }
        TextLine l = ls.get(start - 1);
        if (l.shape != Shape.TEXT || l.bullet || l.repeats > 1) {
            return false;
        }
        return l.quality == Quality.GOOD || l.initialQuality == Quality.NEAR_GOOD
                || l.words >= 3 && (l.text.endsWith(":") || l.text.endsWith("："));
    }
}
