package org.claimline.anchoring;

import org.claimline.model.TextRange;

/**
 * Converts between the UTF-16 indices the model uses and the code-point offsets of a W3C
 * TextPositionSelector. An offset that falls between the two halves of a surrogate pair is rounded down
 * to the start of the pair, so a stored position never splits a character.
 */
public final class CodePoints {
    private CodePoints() {
    }

    /** The code-point offset of UTF-16 index {@code utf16} in {@code text} (clamped to the text). */
    public static int toCodePoint(String text, int utf16) {
        int at = Math.max(0, Math.min(utf16, text.length()));
        if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1))) {
            at--;
        }
        return text.codePointCount(0, at);
    }

    /** The UTF-16 index of code-point offset {@code codePoint}, or -1 if the text has fewer code points. */
    public static int toUtf16(String text, int codePoint) {
        if (codePoint < 0) {
            return -1;
        }
        int i = 0;
        int n = 0;
        while (n < codePoint) {
            if (i >= text.length()) {
                return -1;
            }
            i += Character.charCount(text.codePointAt(i));
            n++;
        }
        return i;
    }

    /** {@code range} (UTF-16) as code-point offsets {start, end}. */
    public static int[] toCodePoints(String text, TextRange range) {
        int start = toCodePoint(text, range.start());
        return new int[] {start, start + toCodePoint(text.substring(Math.min(range.start(), text.length())), range.length())};
    }

    /** The UTF-16 range of code-point offsets [start, end), or null if they lie outside the text. */
    public static TextRange toUtf16Range(String text, int start, int end) {
        if (start < 0 || end < start) {
            return null;
        }
        int s = toUtf16(text, start);
        if (s < 0) {
            return null;
        }
        int e = s;
        for (int n = start; n < end; n++) {
            if (e >= text.length()) {
                return null;
            }
            e += Character.charCount(text.codePointAt(e));
        }
        return new TextRange(s, e);
    }
}
