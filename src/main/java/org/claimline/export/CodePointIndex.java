package org.claimline.export;

import java.util.Arrays;

/**
 * Converts UTF-16 indices of one text to code-point indices (what REFI-QDA and W3C selectors count) in
 * logarithmic time, after one scan for surrogate pairs; a text without them maps every index to itself.
 */
final class CodePointIndex {
    private final int[] lowSurrogates;   // UTF-16 index of the second half of every pair, ascending

    CodePointIndex(String text) {
        int[] found = new int[16];
        int n = 0;
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
        }
        lowSurrogates = Arrays.copyOf(found, n);
    }

    /** Code points before UTF-16 index {@code utf16}. */
    int at(int utf16) {
        int k = Arrays.binarySearch(lowSurrogates, utf16);
        int before = k >= 0 ? k : -k - 1;   // pairs whose second half lies before utf16
        return utf16 - before;
    }
}
