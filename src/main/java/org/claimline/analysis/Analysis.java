package org.claimline.analysis;

import java.util.List;

/**
 * Every view of one corpus under one filter, computed together: what the HTML report prints and what the
 * analysis window shows. {@code top} bounds the blamed/credited lists of the outlet comparison.
 */
public record Analysis(ClaimsTable table, Filter filter, List<ClaimRow> rows, Matrix matrix,
                       OutletComparison outlets, Timeline timeline, CoOccurrence issuePairs,
                       CoOccurrence actorPairs) {
    public static final int TOP_ACTORS = 5;
    /** Outlets with a bar of their own; the rest share one. */
    public static final int MAX_OUTLETS = 15;

    public static Analysis of(ClaimsTable table, Filter filter, Dimension rows, Dimension cols, Count count) {
        List<ClaimRow> shown = table.filtered(filter);
        return new Analysis(table, filter, shown, Matrix.compute(shown, rows, cols, count),
                OutletComparison.compute(shown, TOP_ACTORS, MAX_OUTLETS), Timeline.compute(shown,
                        filter.from() == null ? null : java.time.YearMonth.from(filter.from()),
                        filter.to() == null ? null : java.time.YearMonth.from(filter.to())),
                CoOccurrence.compute(shown, Dimension.ISSUE), CoOccurrence.compute(shown, Dimension.ACTOR));
    }

    /** Distinct articles among the rows shown. */
    public int articlesShown() {
        return (int) rows.stream().mapToInt(ClaimRow::articleIndex).distinct().count();
    }
}
