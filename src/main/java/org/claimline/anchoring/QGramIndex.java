package org.claimline.anchoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every position (or every {@code step}-th) of every q-character gram of a (normalised) text, in a chained
 * hash table built in one pass. It finds all exact occurrences of a quote through the quote's rarest gram,
 * and proposes regions for approximate matching by letting the quote's grams vote for diagonals, so a
 * thousand quotes over a megabyte do not each scan the whole text.
 */
final class QGramIndex {
    /** The gram length of the main index ({@link #QGramIndex(String)}). */
    static final int Q = 8;
    /**
     * The main index keeps only every STEP-th position, which halves the cost of building; a lookup then
     * tries STEP consecutive grams of the quote, exactly one of which lines up with an indexed position.
     */
    static final int STEP = 2;
    /** The gram length of the index for short quotes (a name, a word: shorter than {@code Q + STEP - 1}). */
    static final int SHORT_Q = 3;
    private static final int MULTIPLIER = 0x9E3779B1;
    private final String text;
    private final int q;
    private final int step;
    private final int mask;
    private final int[] head;
    private final int[] count;
    private final int[] next;

    /** The main index: 8-grams at every second position, for quotes of at least {@link #shortest()} characters. */
    QGramIndex(String text) {
        this(text, Q, STEP);
    }

    /** The index for short quotes: 3-grams at every position. */
    static QGramIndex forShortQuotes(String text) {
        return new QGramIndex(text, SHORT_Q, 1);
    }

    private QGramIndex(String text, int q, int step) {
        this.text = text;
        this.q = q;
        this.step = step;
        int n = Math.max(0, text.length() - q + 1);
        int slots = (n + step - 1) / step;
        int size = Integer.highestOneBit(Math.max(16, slots)) << 1;
        mask = size - 1;
        head = new int[size];
        count = new int[size];
        Arrays.fill(head, -1);
        next = new int[slots];
        // the grams' hashes, rolled along the text in one pass (the same values as hash(text, at))
        int[] grams = new int[slots];
        int top = 1;
        for (int i = 1; i < q; i++) {
            top *= MULTIPLIER;
        }
        int h = 0;
        for (int i = 0; i < n + q - 1; i++) {
            if (i >= q) {
                h -= text.charAt(i - q) * top;
            }
            h = h * MULTIPLIER + text.charAt(i);
            int at = i - q + 1;
            if (at >= 0 && at % step == 0) {
                grams[at / step] = h ^ (h >>> 15);
            }
        }
        for (int k = slots - 1; k >= 0; k--) {
            int b = grams[k] & mask;
            next[k] = head[b];
            head[b] = k;
            count[b]++;
        }
    }

    /** The shortest quote this index finds: one that holds {@code step} consecutive grams. */
    int shortest() {
        return q + step - 1;
    }

    private int hash(String s, int at) {
        int h = 0;
        for (int i = 0; i < q; i++) {
            h = h * MULTIPLIER + s.charAt(at + i);
        }
        return h ^ (h >>> 15);
    }

    /** Start offsets of all exact occurrences of {@code quote} (length ≥ {@link #shortest()}), ascending. */
    List<Integer> occurrences(String quote) {
        return occurrences(quote, Integer.MAX_VALUE);
    }

    /**
     * Start offsets of exact occurrences of {@code quote} (length ≥ {@link #shortest()}), ascending: all of
     * them, or the first {@code limit} when there are more.
     */
    List<Integer> occurrences(String quote, int limit) {
        int m = quote.length();
        int bestJ = -1;
        long bestCount = Long.MAX_VALUE;
        for (int j = 0; j + q + step - 1 <= m; j++) {
            long c = 0;
            for (int d = 0; d < step; d++) {
                c += count[hash(quote, j + d) & mask];
            }
            if (c < bestCount) {
                bestCount = c;
                bestJ = j;
            }
        }
        if (bestJ < 0) {
            throw new IllegalArgumentException("quote shorter than " + shortest());
        }
        if (step == 1) {
            // one chain, ascending: it can stop at the limit
            List<Integer> out = new ArrayList<>();
            for (int k = head[hash(quote, bestJ) & mask]; k >= 0 && out.size() < limit; k = next[k]) {
                int start = k - bestJ;
                if (start >= 0 && text.startsWith(quote, start)) {
                    out.add(start);
                }
            }
            return out;
        }
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (int d = 0; d < step; d++) {
            int j = bestJ + d;
            for (int k = head[hash(quote, j) & mask]; k >= 0; k = next[k]) {
                int start = k * step - j;
                if (start >= 0 && text.startsWith(quote, start)) {
                    out.add(start);
                }
            }
        }
        List<Integer> all = new ArrayList<>(out);
        return all.size() > limit ? new ArrayList<>(all.subList(0, limit)) : all;
    }

    /**
     * Candidate start offsets for an approximate occurrence of {@code quote}: diagonals (text position minus
     * quote position) that many of the quote's grams agree on, best first. Grams more frequent than
     * {@code maxPerGram} carry no information and are skipped.
     */
    List<Integer> regions(String quote, int maxRegions, int maxPerGram) {
        int m = quote.length();
        if (m < q) {
            return List.of();
        }
        java.util.HashMap<Integer, Integer> votes = new java.util.HashMap<>();
        int usable = 0;
        for (int j = 0; j + q <= m; j++) {
            int b = hash(quote, j) & mask;
            if (count[b] == 0 || count[b] > maxPerGram) {
                continue;
            }
            usable++;
            for (int k = head[b]; k >= 0; k = next[k]) {
                int p = k * step;
                if (text.regionMatches(p, quote, j, q)) {
                    votes.merge((p - j) >> 4, 1, Integer::sum);
                }
            }
        }
        // a short quote with a typo keeps only a few intact grams, half of them unindexed
        int floor = usable < 20 ? 1 : Math.max(2, usable / (6 * step));
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
