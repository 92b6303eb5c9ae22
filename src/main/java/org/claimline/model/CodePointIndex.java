package org.claimline.model;

import java.util.Arrays;

/**
 * The one converter between the model's UTF-16 offsets and the code-point offsets that W3C selectors, the sidecar
 * and REFI-QDA count. Only the positions of surrogate pairs are kept, so a text without non-BMP characters costs
 * nothing, and each conversion is a binary search. Counting agrees with {@link String#codePointCount}: an offset
 * between the halves of a pair counts the first half, a lone surrogate counts as one.
 */
public final class CodePointIndex {
    private static final CodePointIndex UNKNOWN = new CodePointIndex(new int[0], -1);

    /** UTF-16 index of the high surrogate of every pair, ascending. */
    private final int[] pairs;
    /** The text's length in UTF-16 units, or -1 when no text is known. */
    private final int length;

    private CodePointIndex(int[] pairs, int length) {
        this.pairs = pairs;
        this.length = length;
    }

    /** Index over {@code text}; null means "no text known": every offset maps to itself. */
    public static CodePointIndex of(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        int[] found = new int[16];
        int n = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
                i++;
            }
        }
        return new CodePointIndex(Arrays.copyOf(found, n), text.length());
    }

    /** Code points before UTF-16 index {@code utf16}. */
    public int toCodePoints(int utf16) {
        // pairs wholly before the offset each take two chars for one code point
        return utf16 - countAtMost(pairs, utf16 - 2, 0);
    }

    /** The UTF-16 index of code-point offset {@code codePoints} (not checked against the text). */
    public int toUtf16(int codePoints) {
        // pair i sits at code point pairs[i] - i; those before the offset add one char each
        return codePoints + countAtMost(pairs, codePoints - 1, 1);
    }

    /** {@code range} (UTF-16) as code-point offsets {start, end}. */
    public int[] toCodePoints(TextRange range) {
        return new int[] {toCodePoints(range.start()), toCodePoints(range.end())};
    }

    /** The UTF-16 range of code-point offsets [start, end), or null if they are reversed or lie outside the text. */
    public TextRange toUtf16Range(int start, int end) {
        if (start < 0 || end < start) {
            return null;
        }
        int s = toUtf16(start);
        int e = toUtf16(end);
        if (length >= 0 && e > length) {
            return null;
        }
        return new TextRange(s, e);
    }

    /** How many i have {@code a[i] - i*shift <= limit} (monotone in i). */
    private static int countAtMost(int[] a, int limit, int shift) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] - mid * shift <= limit) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
