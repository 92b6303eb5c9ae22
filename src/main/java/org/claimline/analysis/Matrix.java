package org.claimline.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimline.model.Stance;

/**
 * A cross-tabulation of the filtered claims: each cell counts the claims (or articles) that have the row's key
 * and the column's key. A claim with two issues counts in both rows, so cells may add up to more than a total;
 * a total counts each claim (or article) once: row total = claims with that row key, grand total = claims
 * shown. The stance split of a cell counts claims whatever is counted.
 */
public final class Matrix {
    private final Dimension rowDimension;
    private final Dimension colDimension;
    private final Count count;
    private final List<String> rowKeys;
    private final List<String> colKeys;
    private final int[][] cells;
    private final int[][][] stances;
    private final int[] rowTotals;
    private final int[] colTotals;
    private final int total;
    private final int max;

    private Matrix(Dimension rd, Dimension cd, Count count, List<String> rk, List<String> ck, int[][] cells,
                   int[][][] stances, int[] rowTotals, int[] colTotals, int total) {
        this.rowDimension = rd;
        this.colDimension = cd;
        this.count = count;
        this.rowKeys = List.copyOf(rk);
        this.colKeys = List.copyOf(ck);
        this.cells = cells;
        this.stances = stances;
        this.rowTotals = rowTotals;
        this.colTotals = colTotals;
        this.total = total;
        int m = 0;
        for (int[] row : cells) {
            for (int v : row) {
                m = Math.max(m, v);
            }
        }
        this.max = m;
    }

    /** Tabulates {@code rows} (already filtered). The two dimensions must differ. */
    public static Matrix compute(List<ClaimRow> rows, Dimension rd, Dimension cd, Count count) {
        if (rd == cd) {
            throw new IllegalArgumentException("rows and columns must be different (" + rd.id()
                    + " against itself is the co-occurrence view)");
        }
        List<String> rk = Keys.ordered(rd, rows);
        List<String> ck = Keys.ordered(cd, rows);
        Map<String, Integer> ri = Keys.indexOf(rk);
        Map<String, Integer> ci = Keys.indexOf(ck);
        int nr = rk.size();
        int nc = ck.size();
        int[][] cells = new int[nr][nc];
        int[][][] st = new int[nr][nc][Stance.values().length];
        int[] rt = new int[nr];
        int[] ct = new int[nc];
        int total = 0;
        boolean articles = count == Count.ARTICLES;
        Set<Long> seen = articles ? new HashSet<>() : null;
        long cellsEnd = (long) nr * nc;
        for (ClaimRow row : rows) {
            List<String> rks = rd.keys(row);
            List<String> cks = cd.keys(row);
            int stance = row.claim().stance().ordinal();
            long art = row.articleIndex();
            for (String a : rks) {
                int r = ri.get(a);
                if (!articles || seen.add(key(cellsEnd + r, art))) {
                    rt[r]++;
                }
                for (String b : cks) {
                    int c = ci.get(b);
                    st[r][c][stance]++;
                    if (!articles || seen.add(key((long) r * nc + c, art))) {
                        cells[r][c]++;
                    }
                }
            }
            for (String b : cks) {
                int c = ci.get(b);
                if (!articles || seen.add(key(cellsEnd + nr + c, art))) {
                    ct[c]++;
                }
            }
            if (!articles || seen.add(key(cellsEnd + nr + nc, art))) {
                total++;
            }
        }
        return new Matrix(rd, cd, count, rk, ck, cells, st, rt, ct, total);
    }

    private static long key(long slot, long article) {
        return slot << 32 | article;
    }

    public Dimension rowDimension() {
        return rowDimension;
    }

    public Dimension colDimension() {
        return colDimension;
    }

    public Count count() {
        return count;
    }

    public List<String> rowKeys() {
        return rowKeys;
    }

    public List<String> colKeys() {
        return colKeys;
    }

    public int cell(int r, int c) {
        return cells[r][c];
    }

    /** Claims of the cell with {@code stance}. */
    public int stance(int r, int c, Stance stance) {
        return stances[r][c][stance.ordinal()];
    }

    public int rowTotal(int r) {
        return rowTotals[r];
    }

    public int colTotal(int c) {
        return colTotals[c];
    }

    public int total() {
        return total;
    }

    /** The largest cell, for the colour scale (0 for an empty matrix). */
    public int max() {
        return max;
    }

    /** The cell at the given keys, 0 when either key is absent. */
    public int cell(String rowKey, String colKey) {
        int r = rowKeys.indexOf(rowKey);
        int c = colKeys.indexOf(colKey);
        return r < 0 || c < 0 ? 0 : cells[r][c];
    }

    /** The filter that narrows {@code base} to the claims of cell (r, c). */
    public Filter cellFilter(Filter base, int r, int c) {
        return base.only(rowDimension, rowKeys.get(r)).only(colDimension, colKeys.get(c));
    }
}
