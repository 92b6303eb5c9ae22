package org.claimline.anchoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every position of every 8-character gram of a (normalised) text, in a chained hash table built in one
 * pass. It finds all exact occurrences of a quote through the quote's rarest gram, and proposes regions for
 * approximate matching by letting the quote's grams vote for diagonals, so a thousand quotes over a
 * megabyte do not each scan the whole text.
 */
final class QGramIndex {
    static final int Q = 8;
    private final String text;
    private final int mask;
    private final int[] head;
    private final int[] count;
    private final int[] next;

    QGramIndex(String text) {
        this.text = text;
        int n = Math.max(0, text.length() - Q + 1);
        int size = Integer.highestOneBit(Math.max(16, n)) << 1;
        mask = size - 1;
        head = new int[size];
        count = new int[size];
        Arrays.fill(head, -1);
        next = new int[n];
        for (int p = n - 1; p >= 0; p--) {
            int b = hash(text, p) & mask;
            next[p] = head[b];
            head[b] = p;
            count[b]++;
        }
    }

    static int hash(CharSequence s, int at) {
        int h = 0;
        for (int i = 0; i < Q; i++) {
            h = h * 0x9E3779B1 + s.charAt(at + i);
        }
        return h ^ (h >>> 15);
    }

    /** Start offsets of all exact occurrences of {@code quote} (length ≥ Q), ascending. */
    List<Integer> occurrences(String quote) {
        int m = quote.length();
        int bestJ = 0;
        int bestCount = Integer.MAX_VALUE;
        for (int j = 0; j + Q <= m; j++) {
            int c = count[hash(quote, j) & mask];
            if (c < bestCount) {
                bestCount = c;
                bestJ = j;
                if (c == 0) {
                    return List.of();
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int p = head[hash(quote, bestJ) & mask]; p >= 0; p = next[p]) {
            int start = p - bestJ;
            if (start >= 0 && text.startsWith(quote, start)) {
                out.add(start);
            }
        }
        return out;
    }

    /**
     * Candidate start offsets for an approximate occurrence of {@code quote}: diagonals (text position minus
     * quote position) that many of the quote's grams agree on, best first. Grams more frequent than
     * {@code maxPerGram} carry no information and are skipped.
     */
    List<Integer> regions(String quote, int maxRegions, int maxPerGram) {
        int m = quote.length();
        if (m < Q) {
            return List.of();
        }
        java.util.HashMap<Integer, Integer> votes = new java.util.HashMap<>();
        int usable = 0;
        for (int j = 0; j + Q <= m; j++) {
            int b = hash(quote, j) & mask;
            if (count[b] == 0 || count[b] > maxPerGram) {
                continue;
            }
            usable++;
            for (int p = head[b]; p >= 0; p = next[p]) {
                if (text.regionMatches(p, quote, j, Q)) {
                    votes.merge((p - j) >> 4, 1, Integer::sum);
                }
            }
        }
        int floor = Math.max(2, usable / 6);
        List<int[]> bins = new ArrayList<>();
        for (var e : votes.entrySet()) {
            int bin = e.getKey();
            int v = e.getValue() + votes.getOrDefault(bin - 1, 0) + votes.getOrDefault(bin + 1, 0);
            if (v >= floor) {
                bins.add(new int[] {bin, v});
            }
        }
        bins.sort((a, b) -> b[1] != a[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
        List<Integer> out = new ArrayList<>();
        for (int[] bin : bins) {
            int start = bin[0] << 4;
            boolean near = false;
            for (int s : out) {
                near |= Math.abs(s - start) < Math.max(32, m / 2);
            }
            if (!near) {
                out.add(start);
                if (out.size() >= maxRegions) {
                    break;
                }
            }
        }
        return out;
    }
}
