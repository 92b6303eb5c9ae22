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
    /**
     * Only every STEP-th position is indexed, which halves the cost of building; a lookup then
     * tries STEP consecutive grams of the quote, exactly one of which lines up with an indexed position.
     */
    static final int STEP = 2;
    private final String text;
    private final int mask;
    private final int[] head;
    private final int[] count;
    private final int[] next;

    QGramIndex(String text) {
        this.text = text;
        int n = Math.max(0, text.length() - Q + 1);
        int slots = (n + STEP - 1) / STEP;
        int size = Integer.highestOneBit(Math.max(16, slots)) << 1;
        mask = size - 1;
        head = new int[size];
        count = new int[size];
        Arrays.fill(head, -1);
        next = new int[slots];
        for (int k = slots - 1; k >= 0; k--) {
            int b = hash(text, k * STEP) & mask;
            next[k] = head[b];
            head[b] = k;
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

    /** Start offsets of all exact occurrences of {@code quote} (length ≥ Q + STEP - 1), ascending. */
    List<Integer> occurrences(String quote) {
        int m = quote.length();
        int bestJ = -1;
        long bestCount = Long.MAX_VALUE;
        for (int j = 0; j + Q + STEP - 1 <= m; j++) {
            long c = 0;
            for (int d = 0; d < STEP; d++) {
                c += count[hash(quote, j + d) & mask];
            }
            if (c < bestCount) {
                bestCount = c;
                bestJ = j;
            }
        }
        if (bestJ < 0) {
            throw new IllegalArgumentException("quote shorter than " + (Q + STEP - 1));
        }
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (int d = 0; d < STEP; d++) {
            int j = bestJ + d;
            for (int k = head[hash(quote, j) & mask]; k >= 0; k = next[k]) {
                int start = k * STEP - j;
                if (start >= 0 && text.startsWith(quote, start)) {
                    out.add(start);
                }
            }
        }
        return new ArrayList<>(out);
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
            for (int k = head[b]; k >= 0; k = next[k]) {
                int p = k * STEP;
                if (text.regionMatches(p, quote, j, Q)) {
                    votes.merge((p - j) >> 4, 1, Integer::sum);
                }
            }
        }
        // a short quote with a typo keeps only a few intact grams, half of them unindexed
        int floor = usable < 20 ? 1 : Math.max(2, usable / (6 * STEP));
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
