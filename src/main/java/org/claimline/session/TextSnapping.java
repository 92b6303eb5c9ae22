package org.claimline.session;

import org.claimline.model.TextRange;

/** Snaps a user's selection to whole words or to whole sentences of the article text. */
public final class TextSnapping {
    private TextSnapping() {
    }

    /**
     * The selection grown to whole words and trimmed of surrounding spaces and stray punctuation at its
     * edges, so a sloppy drag records the words the reader meant. Returns an empty range when the
     * selection holds no word.
     */
    public static TextRange toWords(String text, TextRange r) {
        int s = Math.max(0, Math.min(r.start(), text.length()));
        int e = Math.max(s, Math.min(r.end(), text.length()));
        while (s < e && !isWordChar(text.charAt(s))) {
            s++;
        }
        while (e > s && !isWordChar(text.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return new TextRange(s, s);
        }
        while (s > 0 && isWordChar(text.charAt(s - 1))) {
            s--;
        }
        while (e < text.length() && isWordChar(text.charAt(e))) {
            e++;
        }
        // a closing quote or sentence stop right after the last word belongs to the passage
        while (e < text.length() && isTrailingMark(text.charAt(e))) {
            e++;
        }
        return new TextRange(s, e);
    }

    /** The selection grown to the whole sentence(s) it touches, never crossing a paragraph break. */
    public static TextRange toSentence(String text, TextRange r) {
        TextRange w = toWords(text, r);
        int s = w.start();
        int e = Math.max(w.end(), s);
        while (s > 0 && !isSentenceStart(text, s)) {
            s--;
        }
        while (s < text.length() && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e < text.length() && !isSentenceEnd(text, e)) {
            e++;
        }
        return toWords(text, new TextRange(s, Math.max(s, e)));
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-' || Character.isSurrogate(c)
                || c == '%' || c == '$';
    }

    private static boolean isTrailingMark(char c) {
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201D' || c == ')' || c == '\u2019';
    }

    private static boolean isSentenceStart(String text, int i) {
        char p = text.charAt(i - 1);
        if (p == '\n') {
            return true;
        }
        if (!Character.isWhitespace(p) || i < 2) {
            return false;
        }
        int k = i - 2;
        while (k > 0 && isCloser(text.charAt(k))) {
            k--;
        }
        char q = text.charAt(k);
        return q == '.' || q == '!' || q == '?';
    }

    private static boolean isSentenceEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        int k = i + 1;
        while (k < text.length() && isCloser(text.charAt(k))) {
            k++;
        }
        return k >= text.length() || Character.isWhitespace(text.charAt(k));
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')';
    }
}
