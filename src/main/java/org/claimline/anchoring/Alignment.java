package org.claimline.anchoring;

/**
 * Approximate matching: Myers' (1999) bit-parallel search for patterns of up to 64 characters, and a
 * dynamic-programming alignment confined to a candidate window (the banded fallback) for longer ones and
 * for recovering where a match starts. Both count Levenshtein edits and let the match start anywhere.
 */
public final class Alignment {
    /** A match of the whole pattern against text[start, end) with {@code errors} edits. */
    record Match(int start, int end, int errors) {
    }

    private Alignment() {
    }

    /**
     * Best end of {@code pattern} (≤ 64 chars) in text[from, to): errors at the best end, packed as
     * {@code (long) errors << 32 | end}; -1 if no end has at most {@code maxErrors} errors.
     * Ties go to the end nearest {@code preferredEnd}.
     */
    static long myersBestEnd(String pattern, CharSequence text, int from, int to, int maxErrors, int preferredEnd) {
        int m = pattern.length();
        if (m == 0 || m > 64) {
            throw new IllegalArgumentException("pattern length " + m);
        }
        long best = scan(new Masks(pattern), m, text, from, to, false, Math.max(0, preferredEnd));
        return best >>> 32 <= maxErrors ? best : -1;
    }

    /** A pattern's match masks (bit i set where the pattern has the character): a table for ASCII, a list for the rest. */
    private static final class Masks {
        private final long[] ascii = new long[128];
        private char[] wide;
        private long[] wideMask;
        private int wideCount;

        Masks(CharSequence pattern) {
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c < 128) {
                    ascii[c] |= 1L << i;
                    continue;
                }
                if (wide == null) {
                    wide = new char[pattern.length()];
                    wideMask = new long[pattern.length()];
                }
                int k = 0;
                while (k < wideCount && wide[k] != c) {
                    k++;
                }
                if (k == wideCount) {
                    wide[wideCount++] = c;
                }
                wideMask[k] |= 1L << i;
            }
        }

        long of(char c) {
            if (c < 128) {
                return ascii[c];
            }
            for (int k = 0; k < wideCount; k++) {
                if (wide[k] == c) {
                    return wideMask[k];
                }
            }
            return 0L;
        }
    }

    /**
     * Myers' bit-vector recurrence for a pattern of {@code m} ≤ 64 characters over text[from, to), one machine
     * word per text character (Hyyrö's formulation). {@code global}: the whole pattern against the whole text
     * (edit distance; the top row's +1 per column enters as a carried-in 1) rather than ending anywhere.
     * Returns the score after the last character when {@code preferredEnd} is negative; otherwise the best end,
     * ties going to the end nearest {@code preferredEnd}, packed as {@code (long) errors << 32 | end}.
     */
    private static long scan(Masks masks, int m, CharSequence text, int from, int to, boolean global, int preferredEnd) {
        long carry = global ? 1L : 0L;
        long last = 1L << (m - 1);
        long pv = -1L;
        long mv = 0L;
        int score = m;
        int bestScore = Integer.MAX_VALUE;
        int bestEnd = -1;
        for (int j = from; j < to; j++) {
            long eq = masks.of(text.charAt(j));
            long xv = eq | mv;
            long xh = (((eq & pv) + pv) ^ pv) | eq;
            long ph = mv | ~(xh | pv);
            long mh = pv & xh;
            if ((ph & last) != 0) {
                score++;
            } else if ((mh & last) != 0) {
                score--;
            }
            ph = (ph << 1) | carry;
            mh <<= 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
            int end = j + 1;
            if (preferredEnd >= 0 && (score < bestScore || (score == bestScore
                    && Math.abs(end - preferredEnd) < Math.abs(bestEnd - preferredEnd)))) {
                bestScore = score;
                bestEnd = end;
            }
        }
        return preferredEnd < 0 ? score : ((long) bestScore << 32) | bestEnd;
    }

    /**
     * The best occurrence of {@code pattern} in text[from, to) with at most {@code maxErrors} edits, or null.
     * Patterns of up to 64 characters are located with Myers' algorithm first, so the quadratic alignment
     * only runs over a window the length of the pattern.
     */
    static Match bestMatch(String pattern, CharSequence text, int from, int to, int maxErrors, int preferredEnd) {
        int m = pattern.length();
        from = Math.max(0, from);
        to = Math.min(text.length(), to);
        if (m == 0 || to <= from) {
            return null;
        }
        if (m <= 64) {
            long packed = myersBestEnd(pattern, text, from, to, maxErrors, preferredEnd);
            if (packed < 0) {
                return null;
            }
            int end = (int) packed;
            from = Math.max(from, end - m - maxErrors);
            to = end;
        }
        return align(pattern, text, from, to, maxErrors, preferredEnd);
    }

    /** Semi-global alignment with start tracking over text[from, to). */
    static Match align(String pattern, CharSequence text, int from, int to, int maxErrors, int preferredEnd) {
        int m = pattern.length();
        int w = to - from;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        int[] prevStart = new int[m + 1];
        int[] curStart = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            prev[i] = i;
            prevStart[i] = from;
        }
        Match best = null;
        if (prev[m] <= maxErrors) {
            best = new Match(from, from, prev[m]);
        }
        for (int j = 0; j < w; j++) {
            char c = text.charAt(from + j);
            cur[0] = 0;
            curStart[0] = from + j + 1;
            for (int i = 1; i <= m; i++) {
                int diag = prev[i - 1] + (pattern.charAt(i - 1) == c ? 0 : 1);
                int up = cur[i - 1] + 1;
                int left = prev[i] + 1;
                if (diag <= up && diag <= left) {
                    cur[i] = diag;
                    curStart[i] = prevStart[i - 1];
                } else if (left <= up) {
                    cur[i] = left;
                    curStart[i] = prevStart[i];
                } else {
                    cur[i] = up;
                    curStart[i] = curStart[i - 1];
                }
            }
            int end = from + j + 1;
            if (cur[m] <= maxErrors && (best == null || cur[m] < best.errors()
                    || (cur[m] == best.errors() && Math.abs(end - preferredEnd) < Math.abs(best.end() - preferredEnd)))) {
                best = new Match(curStart[m], end, cur[m]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
            t = prevStart;
            prevStart = curStart;
            curStart = t;
        }
        return best;
    }

    /** Levenshtein distance (for the short prefix and suffix contexts). */
    static int distance(CharSequence a, CharSequence b) {
        int n = a.length();
        int m = b.length();
        if (n == 0 || m == 0) {
            return Math.max(n, m);
        }
        if (Math.min(n, m) <= Long.SIZE) {
            return n >= m ? bitParallelDistance(a, b) : bitParallelDistance(b, a);
        }
        return distanceByRows(a, b);
    }

    /** Levenshtein distance of {@code text} and a {@code pattern} of at most 64 characters, bit-parallel. */
    static int bitParallelDistance(CharSequence text, CharSequence pattern) {
        return (int) scan(new Masks(pattern), pattern.length(), text, 0, text.length(), true, -1);
    }

    /** Levenshtein distance by the textbook rows of the dynamic programme: any lengths. */
    static int distanceByRows(CharSequence a, CharSequence b) {
        int n = a.length();
        int m = b.length();
        if (n == 0 || m == 0) {
            return Math.max(n, m);
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            char c = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                cur[j] = Math.min(prev[j - 1] + (c == b.charAt(j - 1) ? 0 : 1), Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /**
     * How well {@code context} (a recorded prefix, {@code atEnd}, or suffix) reads in {@code now}, a stretch
     * of the new text a few characters longer than the context and ending (prefix) or starting (suffix) at
     * the passage: 1 − edits / context length, where the context's far end may fall as many characters
     * early or late as {@code now} is longer than the context. Unlike
     * {@link #similarity}, a character inserted or deleted in the context costs one edit, not two (the
     * characters pushed past the far end are not counted as missing).
     */
    static double contextSimilarity(String context, String now, boolean atEnd) {
        int n = context.length();
        if (n == 0) {
            return now.isEmpty() ? 1.0 : 0.0;
        }
        int m = now.length();
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        // rows: context read from the passage outwards; columns: now, likewise; a free end after the context
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        int best = n;
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            char c = atEnd ? context.charAt(n - i) : context.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char d = atEnd ? now.charAt(m - j) : now.charAt(j - 1);
                cur[j] = Math.min(prev[j - 1] + (c == d ? 0 : 1), Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        // the context may end up to `slack` characters early or late in `now`: a few inserted or deleted
        // characters shift its far end, larger shifts are paid for
        int slack = Math.max(0, m - n);
        for (int j = Math.max(0, n - slack); j <= m; j++) {
            best = Math.min(best, prev[j]);
        }
        return 1.0 - (double) best / n;
    }

    /** 1 − distance / longer length; 1 for two empty strings. */
    public static double similarity(CharSequence a, CharSequence b) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0 || (a.length() == b.length() && a.toString().contentEquals(b))) {
            return 1.0;
        }
        return 1.0 - (double) distance(a, b) / longer;
    }
}
