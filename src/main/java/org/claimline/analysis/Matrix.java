package org.claimline.analysis;

import java.util.List;
import java.util.Map;
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
        // Counting articles: each counter remembers the last article it counted (rows of one article are
        // adjacent in table order; other orders are sorted first), so an article counts once per counter.
        List<ClaimRow> ordered = articles && !byArticle(rows) ? sortedByArticle(rows) : rows;
        int[] lastCell = articles ? filled(nr * nc) : null;
        int[] lastRow = articles ? filled(nr) : null;
        int[] lastCol = articles ? filled(nc) : null;
        int lastTotal = -1;
        for (ClaimRow row : ordered) {
            List<String> rks = rd.keys(row);
            List<String> cks = cd.keys(row);
            int stance = row.claim().stance().ordinal();
            int art = row.articleIndex();
            for (String a : rks) {
                int r = ri.get(a);
                if (!articles || lastRow[r] != art) {
                    rt[r]++;
                    if (articles) {
                        lastRow[r] = art;
                    }
                }
                for (String b : cks) {
                    int c = ci.get(b);
                    st[r][c][stance]++;
                    if (!articles || lastCell[r * nc + c] != art) {
                        cells[r][c]++;
                        if (articles) {
                            lastCell[r * nc + c] = art;
                        }
                    }
                }
            }
            for (String b : cks) {
                int c = ci.get(b);
                if (!articles || lastCol[c] != art) {
                    ct[c]++;
                    if (articles) {
                        lastCol[c] = art;
                    }
                }
            }
            if (!articles || lastTotal != art) {
                total++;
                lastTotal = art;
            }
        }
        return new Matrix(rd, cd, count, rk, ck, cells, st, rt, ct, total);
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, -1);
        return a;
    }

    private static boolean byArticle(List<ClaimRow> rows) {
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).articleIndex() < rows.get(i - 1).articleIndex()) {
                return false;
            }
        }
        return true;
    }

    private static List<ClaimRow> sortedByArticle(List<ClaimRow> rows) {
        List<ClaimRow> copy = new java.util.ArrayList<>(rows);
        copy.sort(java.util.Comparator.comparingInt(ClaimRow::articleIndex));
        return copy;
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
