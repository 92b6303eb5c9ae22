package org.claimline.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Claims per issue per month of publication. The months run without gaps from the first to the last (a month
 * with nothing is shown as nothing), unless they span more than {@value #MAX_CONTINUOUS} months (a stray date
 * decades away), when only months with claims are listed. Claims of undated articles are counted apart, per
 * issue and in all, and never placed in a month.
 */
public final class Timeline {
    static final int MAX_CONTINUOUS = 240;

    private final List<YearMonth> months;
    private final List<String> issues;
    private final int[][] counts;
    private final int[] undated;
    private final int[] monthTotals;
    private final int undatedTotal;

    private Timeline(List<YearMonth> months, List<String> issues, int[][] counts, int[] undated, int[] monthTotals,
                     int undatedTotal) {
        this.months = List.copyOf(months);
        this.issues = List.copyOf(issues);
        this.counts = counts;
        this.undated = undated;
        this.monthTotals = monthTotals;
        this.undatedTotal = undatedTotal;
    }

    public static Timeline compute(List<ClaimRow> rows) {
        return compute(rows, null, null);
    }

    /**
     * As above, with the months running over at least {@code from} to {@code to} (either may be null): a range
     * chosen on the timeline stays the span shown, even where its ends hold no claims.
     */
    public static Timeline compute(List<ClaimRow> rows, YearMonth from, YearMonth to) {
        TreeSet<YearMonth> seen = new TreeSet<>();
        for (ClaimRow r : rows) {
            if (r.month() != null) {
                seen.add(r.month());
            }
        }
        if (!seen.isEmpty() || from != null && to != null) {
            if (from != null) {
                seen.add(from);
            }
            if (to != null) {
                seen.add(to);
            }
        }
        List<YearMonth> months = new ArrayList<>();
        if (!seen.isEmpty()) {
            YearMonth first = seen.first();
            YearMonth last = seen.last();
            if (first.until(last, java.time.temporal.ChronoUnit.MONTHS) < MAX_CONTINUOUS) {
                for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                    months.add(m);
                }
            } else {
                months.addAll(seen);
            }
        }
        List<String> issues = Keys.ordered(Dimension.ISSUE, rows);
        Map<String, Integer> ii = Keys.indexOf(issues);
        Map<YearMonth, Integer> mi = new java.util.HashMap<>();
        for (int i = 0; i < months.size(); i++) {
            mi.put(months.get(i), i);
        }
        int[][] counts = new int[issues.size()][months.size()];
        int[] undated = new int[issues.size()];
        int[] totals = new int[months.size()];
        int undatedTotal = 0;
        for (ClaimRow r : rows) {
            Integer m = r.month() == null ? null : mi.get(r.month());
            for (String k : r.issueKeys()) {
                int i = ii.get(k);
                if (m == null) {
                    undated[i]++;
                } else {
                    counts[i][m]++;
                }
            }
            if (m == null) {
                undatedTotal++;
            } else {
                totals[m]++;
            }
        }
        return new Timeline(months, issues, counts, undated, totals, undatedTotal);
    }

    public List<YearMonth> months() {
        return months;
    }

    public List<String> issues() {
        return issues;
    }

    /** Claims tagged with issue {@code i} in month {@code m}. */
    public int count(int i, int m) {
        return counts[i][m];
    }

    /** Claims tagged with issue {@code i} in undated articles. */
    public int undated(int i) {
        return undated[i];
    }

    /** Claims (each once) published in month {@code m}. */
    public int monthTotal(int m) {
        return monthTotals[m];
    }

    /** Claims (each once) of undated articles. */
    public int undatedTotal() {
        return undatedTotal;
    }

    /** The largest issue-month count, for a scale. */
    public int max() {
        int max = 0;
        for (int[] row : counts) {
            for (int v : row) {
                max = Math.max(max, v);
            }
        }
        return max;
    }
}
