package org.claimline.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimline.analysis.AnalysisFixture;
import org.claimline.analysis.ClaimRow;
import org.claimline.analysis.CorpusSource;
import org.claimline.analysis.Count;
import org.claimline.analysis.Dimension;
import org.claimline.analysis.Filter;
import org.claimline.analysis.SourceArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The analysis window's state without the toolkit: one filter, every view following it. */
class AnalysisViewModelTest {
    private final List<String> opened = new ArrayList<>();
    private final Map<Path, String> written = new LinkedHashMap<>();
    private AnalysisViewModel vm;

    static CorpusSource fixture() {
        return new CorpusSource() {
            @Override
            public String name() {
                return "fixture";
            }

            @Override
            public void read(Sink sink) {
                AnalysisFixture.articles().forEach(sink::article);
                sink.problem("broken.txt", "The claims file is not valid JSON.");
            }
        };
    }

    @BeforeEach
    void load() {
        vm = new AnalysisViewModel(fixture(), (p, id) -> opened.add(p + "#" + id), (p, text) -> {
            if (p.toString().endsWith(".annotations.json")) {
                throw new IOException("it is a claims file; choose another name");
            }
            written.put(p, text);
        }, Runnable::run, Runnable::run, () -> Instant.parse("2026-12-07T05:00:00Z"));
        vm.load();
    }

    private List<String> shownIds() {
        return vm.shownRows().stream().map(r -> r.claim().id()).toList();
    }

    @Test
    void loadsAndSaysWhatItRead() {
        assertEquals(7, vm.shownRows().size());
        assertFalse(vm.busyProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("7 claims in 5 articles; 1 files could not be read (broken.txt"),
                vm.statusProperty().get());
        assertEquals(3, vm.analysisProperty().get().matrix().cell(0, 0));
    }

    @Test
    void aCellClickFiltersTheClaimsTableAndShowsIt() {
        vm.showView(AnalysisViewModel.View.MATRIX);
        vm.clickCell(0, 0);
        assertEquals(List.of("c1", "c2", "c5"), shownIds());
        assertEquals(AnalysisViewModel.View.CLAIMS, vm.shownViewProperty().get());
        assertEquals(List.of("Issue: Trade", "Actor: Japan"), vm.chips().stream().map(Filter.Chip::label).toList());
        assertEquals(3, vm.analysisProperty().get().matrix().total(), "every view follows");
        assertEquals(2, vm.analysisProperty().get().outlets().outlets().size());
        vm.removeChip(vm.chips().get(1));
        assertEquals(List.of("c1", "c2", "c5", "c6"), shownIds());
        vm.clickCell(99, 0);
        assertEquals(4, vm.shownRows().size(), "a cell that is not there changes nothing");
    }

    @Test
    void axesSwapRatherThanCollide() {
        vm.colsProperty().set(Dimension.ISSUE);
        assertEquals(Dimension.ACTOR, vm.rowsProperty().get());
        assertEquals(List.of("Japan", "Korea", "USA", Dimension.NO_ACTOR),
                vm.analysisProperty().get().matrix().rowKeys());
        vm.countProperty().set(Count.ARTICLES);
        assertEquals(4, vm.analysisProperty().get().matrix().total());
    }

    @Test
    void viewsRedrawnOnAChangeSeeEverythingUpToDate() {
        List<String> seen = new ArrayList<>();
        vm.analysisProperty().addListener((o, a, b) -> seen.add(vm.fullTimelineProperty().get().months().size() + " "
                + vm.shownRows().size() + " " + vm.chips().size()));
        vm.setMonthRange(YearMonth.of(2020, 1), YearMonth.of(2020, 1));
        vm.addFilter(Dimension.ISSUE, "Trade");
        assertEquals(List.of("3 2 1", "1 2 2"), seen);
    }

    @Test
    void theRangeSelectorFiltersEveryViewButKeepsTheWholeTimeline() {
        vm.setMonthRange(YearMonth.of(2020, 1), YearMonth.of(2020, 2));
        assertEquals(List.of("c1", "c2", "c7"), shownIds());
        assertEquals(LocalDate.of(2020, 2, 29), vm.filterProperty().get().to());
        assertEquals(2, vm.analysisProperty().get().timeline().months().size());
        assertEquals(3, vm.fullTimelineProperty().get().months().size(), "the selector still spans every month");
        assertEquals(2, vm.fullTimelineProperty().get().undatedTotal());
        vm.clearRange();
        assertEquals(7, vm.shownRows().size());
    }

    @Test
    void textAndValueFilters() {
        vm.setText("demanded");
        assertEquals(List.of("c7"), shownIds());
        vm.setText("");
        vm.addFilter(Dimension.OUTLET, Dimension.NO_OUTLET);
        assertEquals(List.of("c5", "c6"), shownIds());
        vm.addFilter(Dimension.OUTLET, " ");
        assertEquals(1, vm.chips().size());
        vm.clearFilter();
        assertEquals(7, vm.shownRows().size());
    }

    @Test
    void opensCopiesAndExports() {
        ClaimRow c3 = vm.shownRows().get(2);
        vm.open(c3);
        assertEquals(List.of(Path.of("herald/two.txt") + "#c3"), opened);
        String md = vm.markdown(List.of(c3));
        assertTrue(md.contains("| Memory and apology | Herald | 2020-03-02 |"), md);
        vm.exportCsv(AnalysisViewModel.View.TIMELINE, Path.of("t.csv"));
        assertTrue(written.get(Path.of("t.csv")).startsWith("issue,2020-01,2020-02,2020-03,undated\r\n"));
        vm.stanceSplitProperty().set(true);
        assertTrue(vm.csv(AnalysisViewModel.View.MATRIX).startsWith("issue,actor,claims,supports (claims)"));
        vm.exportReport(Path.of("r.html"));
        assertTrue(written.get(Path.of("r.html")).contains("Claims across fixture"));
        assertEquals("Saved r.html", vm.statusProperty().get());
        vm.exportSelection(List.of(c3), Path.of("x.annotations.json"));
        assertEquals("Could not save x.annotations.json: it is a claims file; choose another name",
                vm.statusProperty().get());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void anUnreadableFolderIsSaidInWords() {
        AnalysisViewModel bad = new AnalysisViewModel(new CorpusSource() {
            @Override
            public String name() {
                return "gone";
            }

            @Override
            public void read(Sink sink) throws IOException {
                throw new IOException("gone is not a folder");
            }
        }, (p, id) -> { }, (p, t) -> { }, Runnable::run, Runnable::run, Instant::now);
        bad.load();
        assertEquals("Cannot analyse gone: gone is not a folder", bad.statusProperty().get());
        assertEquals(null, bad.analysisProperty().get());
        SourceArticle none = AnalysisFixture.articles().get(4);
        assertEquals(0, none.claims().size());
    }
}
