package org.claimline.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which keys are tagged together on the same claim: cell (a, b) counts the claims tagged with both, the
 * diagonal the claims tagged with a at all. Symmetric. Missing values ({@code (no issue)}) are left out: they
 * co-occur with nothing.
 */
public final class CoOccurrence {
    private final Dimension dimension;
    private final List<String> keys;
    private final int[][] counts;

    private CoOccurrence(Dimension dimension, List<String> keys, int[][] counts) {
        this.dimension = dimension;
        this.keys = List.copyOf(keys);
        this.counts = counts;
    }

    public static CoOccurrence compute(List<ClaimRow> rows, Dimension d) {
        List<String> keys = new ArrayList<>(Keys.ordered(d, rows));
        keys.removeIf(Dimension::isMissing);
        Map<String, Integer> idx = new HashMap<>(Keys.indexOf(keys));
        int n = keys.size();
        int[][] counts = new int[n][n];
        int[] buf = new int[8];
        for (ClaimRow r : rows) {
            List<String> ks = d.keys(r);
            if (buf.length < ks.size()) {
                buf = new int[ks.size()];
            }
            int m = 0;
            for (String k : ks) {
                Integer i = idx.get(k);
                if (i != null) {
                    buf[m++] = i;
                }
            }
            for (int x = 0; x < m; x++) {
                for (int y = 0; y < m; y++) {
                    counts[buf[x]][buf[y]]++;
                }
            }
        }
        return new CoOccurrence(d, keys, counts);
    }

    public Dimension dimension() {
        return dimension;
    }

    public List<String> keys() {
        return keys;
    }

    public int count(int a, int b) {
        return counts[a][b];
    }

    /** The largest count off the diagonal (what the colour scale is about). */
    public int maxPair() {
        int max = 0;
        for (int a = 0; a < counts.length; a++) {
            for (int b = 0; b < counts.length; b++) {
                if (a != b) {
                    max = Math.max(max, counts[a][b]);
                }
            }
        }
        return max;
    }

    /** The count for two keys by name, 0 when either is absent. */
    public int count(String a, String b) {
        int i = keys.indexOf(a);
        int j = keys.indexOf(b);
        return i < 0 || j < 0 ? 0 : counts[i][j];
    }
}
