package org.claimline.storage;

import java.util.Arrays;

/**
 * Converts between the model's UTF-16 offsets and the code-point offsets W3C selectors use. Only the
 * positions of surrogate pairs are kept, so texts without non-BMP characters cost nothing and each
 * conversion is a binary search. (Private to storage: the anchoring package may grow its own helper.)
 */
final class CodePointIndex {
    private static final CodePointIndex IDENTITY = new CodePointIndex(new int[0]);

    /** UTF-16 index of the high surrogate of every pair, ascending. */
    private final int[] pairs;

    private CodePointIndex(int[] pairs) {
        this.pairs = pairs;
    }

    /** Index over {@code text}; null means "no text known" and converts nothing. */
    static CodePointIndex of(String text) {
        if (text == null) {
            return IDENTITY;
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
        return n == 0 ? IDENTITY : new CodePointIndex(Arrays.copyOf(found, n));
    }

    int toCodePoints(int utf16) {
        // pairs wholly before the offset each take two chars for one code point
        return utf16 - countAtMost(pairs, utf16 - 2, 0);
    }

    int toUtf16(int codePoints) {
        // pair i sits at code point pairs[i] - i; those before the offset add one char each
        return codePoints + countAtMost(pairs, codePoints - 1, 1);
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
