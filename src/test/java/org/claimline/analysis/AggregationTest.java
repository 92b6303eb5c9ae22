package org.claimline.analysis;

import static org.claimline.analysis.AnalysisFixture.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.claimline.model.Stance;
import org.junit.jupiter.api.Test;

/** Every figure below is worked out by hand from {@link AnalysisFixture}. */
class AggregationTest {
    private final ClaimsTable table = AnalysisFixture.table();

    @Test
    void tableHasOneRowPerClaimWithItsArticle() {
        assertEquals(List.of("c1", "c2", "c3", "c4", "c5", "c6", "c7"), ids(table.rows()));
        assertEquals(5, table.articles().size());
        ClaimRow c5 = table.rows().get(4);
        assertEquals("misc/three.html", c5.title(), "an untitled article is named by its file");
        assertEquals("", c5.outlet());
        assertEquals(Dimension.NO_OUTLET, c5.outletKey());
        assertEquals(Dimension.UNDATED, c5.monthKey());
        assertEquals(List.of(Dimension.NO_ACTOR), table.rows().get(5).actorKeys());
        assertEquals(Dimension.NO_CODER, table.rows().get(3).coderKey());
        assertEquals("#1f77b4", table.issueColors().get("Trade"), "the first article's colour wins");
        assertEquals(1, table.problems().size());
    }

    @Test
    void filtersCombine() {
        assertEquals(List.of("c1", "c2", "c5", "c6"), ids(Filter.NONE.with(Dimension.ISSUE, "Trade").apply(table.rows())));
        assertEquals(List.of("c1", "c2"), ids(Filter.NONE.with(Dimension.ISSUE, "Trade")
                .with(Dimension.OUTLET, "Herald").apply(table.rows())));
        assertEquals(List.of("c1", "c3", "c5", "c7"), ids(Filter.NONE.with(Dimension.ACTOR, "USA")
                .with(Dimension.ACTOR, "Korea").apply(table.rows())), "values of one dimension are alternatives");
        assertEquals(List.of("c1", "c3", "c5"), ids(Filter.NONE.with(Dimension.STANCE, "opposes").apply(table.rows())));
        assertEquals(List.of("c4"), ids(Filter.NONE.with(Dimension.CODER, Dimension.NO_CODER).apply(table.rows())));
        assertEquals(List.of("c5", "c6"), ids(Filter.NONE.with(Dimension.OUTLET, Dimension.NO_OUTLET).apply(table.rows())));
        assertEquals(List.of("c5", "c6"), ids(Filter.NONE.with(Dimension.MONTH, Dimension.UNDATED).apply(table.rows())));
        assertEquals(List.of("c1", "c2", "c7"), ids(Filter.NONE.withRange(LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 2, 29)).apply(table.rows())), "a range leaves undated articles out");
        assertEquals(List.of("c7"), ids(Filter.NONE.withText("DEMANDED").apply(table.rows())), "note, any case");
        assertEquals(List.of("c3", "c4"), ids(Filter.NONE.withText("memory").apply(table.rows())), "title");
        assertEquals(List.of("c5"), ids(Filter.NONE.withText("usa").with(Dimension.STANCE, "opposes")
                .apply(table.rows())));
        assertEquals(List.of(), ids(Filter.NONE.with(Dimension.ISSUE, "Nope").apply(table.rows())));
    }

    @Test
    void chipsRemoveOnePieceEach() {
        Filter f = Filter.NONE.with(Dimension.ISSUE, "Trade").with(Dimension.ISSUE, "History")
                .withRange(LocalDate.of(2020, 1, 1), null).withText("japan");
        assertEquals(List.of("Issue: Trade", "Issue: History", "Published: 2020-01-01 \u2013 \u2026",
                "Text: \u201cjapan\u201d"), f.chips().stream().map(Filter.Chip::label).toList());
        Filter g = f.without(f.chips().get(0));
        assertEquals(java.util.Set.of("History"), g.valuesOf(Dimension.ISSUE));
        g = g.without(g.chips().get(1)).without(g.chips().get(2));
        assertEquals(List.of("Issue: History"), g.chips().stream().map(Filter.Chip::label).toList());
        assertTrue(g.without(g.chips().get(0)).isEmpty());
        assertEquals(List.of("Issue: Trade or History", "Published: from 2020-01-01 (undated articles left out)",
                "Text contains: \u201cjapan\u201d"), f.describe());
    }

    @Test
    void issueByActorMatrixCountsClaims() {
        Matrix m = Matrix.compute(table.rows(), Dimension.ISSUE, Dimension.ACTOR, Count.CLAIMS);
        assertEquals(List.of("Trade", "History", "Security", Dimension.NO_ISSUE), m.rowKeys(),
                "most claims first, ties by name, missing last");
        assertEquals(List.of("Japan", "Korea", "USA", Dimension.NO_ACTOR), m.colKeys());
        int[][] expected = {
                {3, 1, 1, 1},
                {0, 1, 0, 1},
                {1, 1, 1, 0},
                {1, 0, 0, 0}};
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                assertEquals(expected[r][c], m.cell(r, c), m.rowKeys().get(r) + " x " + m.colKeys().get(c));
            }
        }
        assertEquals(List.of(4, 2, 2, 1), List.of(m.rowTotal(0), m.rowTotal(1), m.rowTotal(2), m.rowTotal(3)));
        assertEquals(List.of(4, 2, 2, 1), List.of(m.colTotal(0), m.colTotal(1), m.colTotal(2), m.colTotal(3)));
        assertEquals(7, m.total(), "each claim once, though c1 sits in four cells");
        assertEquals(3, m.max());
        assertEquals(2, m.stance(0, 0, Stance.OPPOSES));
        assertEquals(1, m.stance(0, 0, Stance.SUPPORTS));
        assertEquals(0, m.stance(0, 0, Stance.NEUTRAL));
        assertEquals(1, m.stance(3, 0, Stance.NEUTRAL), "the orphaned claim counts");
    }

    @Test
    void matrixCountsArticlesOnce() {
        Matrix m = Matrix.compute(table.rows(), Dimension.ISSUE, Dimension.ACTOR, Count.ARTICLES);
        assertEquals(2, m.cell("Trade", "Japan"), "one and three; one holds two such claims");
        assertEquals(2, m.rowTotal(0));
        assertEquals(3, m.colTotal(0));
        assertEquals(4, m.total(), "the article without claims is not counted");
        assertEquals(3, m.stance(0, 0, Stance.OPPOSES) + m.stance(0, 0, Stance.SUPPORTS), "the split counts claims");
        List<ClaimRow> shuffled = new java.util.ArrayList<>(table.rows());
        java.util.Collections.reverse(shuffled);
        Matrix r = Matrix.compute(shuffled, Dimension.ISSUE, Dimension.ACTOR, Count.ARTICLES);
        assertEquals(2, r.cell("Trade", "Japan"), "rows in another order count the same");
        assertEquals(4, r.total());
    }

    @Test
    void otherAxes() {
        Matrix m = Matrix.compute(table.rows(), Dimension.OUTLET, Dimension.MONTH, Count.CLAIMS);
        assertEquals(List.of("Herald", "Times", Dimension.NO_OUTLET), m.rowKeys());
        assertEquals(List.of("2020-01", "2020-02", "2020-03", Dimension.UNDATED), m.colKeys());
        assertEquals(2, m.cell("Herald", "2020-01"));
        assertEquals(2, m.cell(Dimension.NO_OUTLET, Dimension.UNDATED));
        Matrix s = Matrix.compute(table.rows(), Dimension.STANCE, Dimension.CODER, Count.CLAIMS);
        assertEquals(List.of("supports", "opposes", "neutral", "unclear"), s.rowKeys(), "stances in fixed order");
        assertEquals(List.of("ann", "bob", Dimension.NO_CODER), s.colKeys());
        assertEquals(3, s.cell("opposes", "ann"));
        assertThrows(IllegalArgumentException.class,
                () -> Matrix.compute(table.rows(), Dimension.ISSUE, Dimension.ISSUE, Count.CLAIMS));
    }

    @Test
    void cellFilterGivesTheCellsClaims() {
        Matrix m = Matrix.compute(table.rows(), Dimension.ISSUE, Dimension.ACTOR, Count.CLAIMS);
        Filter f = m.cellFilter(Filter.NONE, 0, 0);
        assertEquals(List.of("c1", "c2", "c5"), ids(f.apply(table.rows())));
        Filter g = Matrix.compute(f.apply(table.rows()), Dimension.OUTLET, Dimension.MONTH, Count.CLAIMS)
                .cellFilter(f, 1, 1);
        assertEquals(List.of("c5"), ids(g.apply(table.rows())), "cells of a filtered matrix narrow further");
    }

    @Test
    void emptySelectionGivesEmptyViews() {
        List<ClaimRow> none = Filter.NONE.with(Dimension.ISSUE, "Nope").apply(table.rows());
        Matrix m = Matrix.compute(none, Dimension.ISSUE, Dimension.ACTOR, Count.CLAIMS);
        assertEquals(0, m.total());
        assertEquals(List.of(), m.rowKeys());
        assertEquals(List.of(), Timeline.compute(none).months());
        assertEquals(List.of(), OutletComparison.compute(none, 5).outlets());
    }

    @Test
    void outletComparison() {
        OutletComparison oc = OutletComparison.compute(table.rows(), 5);
        assertEquals(List.of("Herald", "Times", Dimension.NO_OUTLET),
                oc.outlets().stream().map(OutletComparison.Profile::outlet).toList());
        OutletComparison.Profile herald = oc.outlets().get(0);
        assertEquals(4, herald.claims());
        assertEquals(2, herald.articles());
        assertEquals(5, herald.tags());
        assertEquals(0.4, herald.shareOf("Trade"), 1e-9);
        assertEquals(0.2, herald.shareOf(Dimension.NO_ISSUE), 1e-9);
        assertEquals(1.0, herald.shares().stream().mapToDouble(OutletComparison.Share::share).sum(), 1e-9);
        assertEquals(List.of(new OutletComparison.Ranked("Korea", 2), new OutletComparison.Ranked("Japan", 1)),
                herald.blamed());
        assertEquals(List.of(new OutletComparison.Ranked("Japan", 1)), herald.credited());
        OutletComparison.Profile none = oc.outlets().get(2);
        assertEquals(List.of(new OutletComparison.Ranked("Japan", 1), new OutletComparison.Ranked("USA", 1)),
                none.blamed());
        assertEquals(List.of(new OutletComparison.Ranked("Korea", 2)), OutletComparison.compute(table.rows(), 1)
                .outlets().get(0).blamed(), "top bounds the list");
    }

    @Test
    void manyOutletsShareOneBar() {
        List<SourceArticle> arts = new java.util.ArrayList<>(AnalysisFixture.articles());
        arts.add(new SourceArticle(null, "x", "x", "Post", LocalDate.of(2020, 1, 1), null,
                List.of(AnalysisFixture.claim("c8", List.of("Trade"), List.of(), Stance.NEUTRAL, null))));
        OutletComparison oc = OutletComparison.compute(ClaimsTable.of("t", arts, null).rows(), 5, 3);
        assertEquals(List.of("Herald", "(2 other outlets)", Dimension.NO_OUTLET),
                oc.outlets().stream().map(OutletComparison.Profile::outlet).toList(),
                "the unknown outlet keeps its own bar");
        OutletComparison.Profile other = oc.outlets().get(1);
        assertEquals(2, other.claims(), "Times and Post");
        assertEquals(2, other.articles());
        assertEquals(3, OutletComparison.compute(table.rows(), 5, 3).outlets().size(), "no folding when they fit");
    }

    @Test
    void timelineCountsUndatedApart() {
        Timeline t = Timeline.compute(table.rows());
        assertEquals(List.of(YearMonth.of(2020, 1), YearMonth.of(2020, 2), YearMonth.of(2020, 3)), t.months());
        assertEquals(List.of("Trade", "History", "Security", Dimension.NO_ISSUE), t.issues());
        assertEquals(List.of(2, 0, 0), List.of(t.count(0, 0), t.count(0, 1), t.count(0, 2)));
        assertEquals(2, t.undated(0));
        assertEquals(List.of(0, 0, 1), List.of(t.count(1, 0), t.count(1, 1), t.count(1, 2)));
        assertEquals(1, t.undated(1));
        assertEquals(List.of(1, 1, 0), List.of(t.count(2, 0), t.count(2, 1), t.count(2, 2)));
        assertEquals(List.of(2, 1, 2), List.of(t.monthTotal(0), t.monthTotal(1), t.monthTotal(2)));
        assertEquals(2, t.undatedTotal());
        assertEquals(2, t.max());
    }

    @Test
    void aChosenRangeIsTheSpanShown() {
        Analysis a = Analysis.of(table, Filter.NONE.withRange(LocalDate.of(2019, 11, 1), LocalDate.of(2020, 1, 31)),
                Dimension.ISSUE, Dimension.ACTOR, Count.CLAIMS);
        assertEquals(List.of(YearMonth.of(2019, 11), YearMonth.of(2019, 12), YearMonth.of(2020, 1)),
                a.timeline().months());
        assertEquals(2, a.timeline().monthTotal(2));
        assertEquals(List.of(), Timeline.compute(List.of(), YearMonth.of(2020, 1), null).months(),
                "half a range and no claims: nothing to show");
    }

    @Test
    void timelineFillsGapsButNotAcrossDecades() {
        List<SourceArticle> arts = List.of(
                new SourceArticle(null, "a", "a", "X", LocalDate.of(2020, 1, 1), null,
                        List.of(AnalysisFixture.claim("c1", List.of("T"), List.of(), Stance.NEUTRAL, null))),
                new SourceArticle(null, "b", "b", "X", LocalDate.of(2020, 4, 1), null,
                        List.of(AnalysisFixture.claim("c2", List.of("T"), List.of(), Stance.NEUTRAL, null))));
        assertEquals(4, Timeline.compute(ClaimsTable.of("t", arts, null).rows()).months().size());
        List<SourceArticle> far = List.of(arts.get(0), new SourceArticle(null, "c", "c", "X",
                LocalDate.of(1901, 1, 1), null,
                List.of(AnalysisFixture.claim("c3", List.of("T"), List.of(), Stance.NEUTRAL, null))));
        assertEquals(List.of(YearMonth.of(1901, 1), YearMonth.of(2020, 1)),
                Timeline.compute(ClaimsTable.of("t", far, null).rows()).months());
    }

    @Test
    void coOccurrence() {
        CoOccurrence issues = CoOccurrence.compute(table.rows(), Dimension.ISSUE);
        assertEquals(List.of("Trade", "History", "Security"), issues.keys(), "no row for (no issue)");
        assertEquals(4, issues.count("Trade", "Trade"));
        assertEquals(1, issues.count("Trade", "Security"));
        assertEquals(1, issues.count("Security", "Trade"));
        assertEquals(1, issues.count("Trade", "History"));
        assertEquals(0, issues.count("History", "Security"));
        assertEquals(1, issues.maxPair());
        CoOccurrence actors = CoOccurrence.compute(table.rows(), Dimension.ACTOR);
        assertEquals(1, actors.count("Japan", "Korea"));
        assertEquals(1, actors.count("USA", "Japan"));
        assertEquals(0, actors.count("Korea", "USA"));
        assertEquals(2, actors.count("USA", "USA"));
    }

    @Test
    void analysisFollowsTheFilter() {
        Analysis a = Analysis.of(table, Filter.NONE.with(Dimension.OUTLET, "Herald"), Dimension.ISSUE,
                Dimension.ACTOR, Count.CLAIMS);
        assertEquals(4, a.rows().size());
        assertEquals(2, a.articlesShown());
        assertEquals(4, a.matrix().total());
        assertEquals(List.of("Herald"), a.outlets().outlets().stream().map(OutletComparison.Profile::outlet).toList());
        assertEquals(0, a.timeline().undatedTotal());
    }

    @Test
    void sourceRecordsNormalise() {
        SourceClaim c = new SourceClaim(null, null, null, java.util.Arrays.asList("A", " A ", "", null, "B"),
                null, null, null, null, "  ", null);
        assertEquals(List.of("A", "B"), c.issues());
        assertEquals(Stance.UNCLEAR, c.stance());
        assertEquals(null, c.coder());
        assertEquals(null, new SourceArticle(null, null, " ", "", null, null, null).outlet());
        assertEquals(Dimension.ISSUE, Dimension.parse("Issues"));
        assertEquals(null, Dimension.parse("colour"));
        assertEquals(Count.ARTICLES, Count.parse("article"));
    }
}
