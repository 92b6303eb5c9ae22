package org.claimline.ui.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.claimline.analysis.Analysis;
import org.claimline.analysis.ClaimRow;
import org.claimline.analysis.ClaimsTable;
import org.claimline.analysis.CorpusSource;
import org.claimline.analysis.Count;
import org.claimline.analysis.Dimension;
import org.claimline.analysis.Filter;
import org.claimline.analysis.Timeline;
import org.claimline.export.AnalysisReport;
import org.claimline.export.AnalysisTables;

/**
 * The analysis window's state: the corpus, the one filter every view follows, the matrix's axes, and what each
 * view shows, computed once per change by the pure aggregation (so memory does not grow with the views open).
 * Reading the folder and writing files run on {@code background}; results are applied on {@code fx}.
 */
public final class AnalysisViewModel {
    /** Opens an article in the reader with one claim selected. */
    @FunctionalInterface
    public interface ClaimOpener {
        void open(Path article, String claimId);
    }

    /** Writes a text file atomically, refusing to replace an article or a sidecar (message for the user). */
    @FunctionalInterface
    public interface TextFiles {
        void write(Path target, String text) throws IOException;
    }

    /** The views that export their numbers. */
    public enum View { CLAIMS, MATRIX, OUTLETS, TIMELINE, ISSUE_PAIRS, ACTOR_PAIRS }

    private final CorpusSource source;
    private final ClaimOpener opener;
    private final TextFiles files;
    private final Executor background;
    private final Executor fx;
    private final Supplier<Instant> clock;

    private final ReadOnlyObjectWrapper<ClaimsTable> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(this, "filter", Filter.NONE);
    private final ObjectProperty<Dimension> rows = new SimpleObjectProperty<>(this, "rows", Dimension.ISSUE);
    private final ObjectProperty<Dimension> cols = new SimpleObjectProperty<>(this, "cols", Dimension.ACTOR);
    private final ObjectProperty<Count> count = new SimpleObjectProperty<>(this, "count", Count.CLAIMS);
    private final BooleanProperty stanceSplit = new SimpleBooleanProperty(this, "stanceSplit", false);
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<Timeline> fullTimeline = new ReadOnlyObjectWrapper<>(this, "fullTimeline");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<View> shownView = new ReadOnlyObjectWrapper<>(this, "shownView", View.CLAIMS);
    private final ObservableList<ClaimRow> shownRows = FXCollections.observableArrayList();
    private final ObservableList<Filter.Chip> chips = FXCollections.observableArrayList();

    public AnalysisViewModel(CorpusSource source, ClaimOpener opener, TextFiles files, Executor background,
                             Executor fx, Supplier<Instant> clock) {
        this.source = source;
        this.opener = opener;
        this.files = files;
        this.background = background;
        this.fx = fx;
        this.clock = clock;
        filter.addListener((o, a, b) -> recompute());
        count.addListener((o, a, b) -> recompute());
        rows.addListener((o, a, b) -> {
            if (b == cols.get()) {
                cols.set(a);
            }
            recompute();
        });
        cols.addListener((o, a, b) -> {
            if (b == rows.get()) {
                rows.set(a);
            }
            recompute();
        });
    }

    /** Reads the corpus in the background; the views fill when it is in. */
    public void load() {
        busy.set(true);
        status.set("Reading " + source.name() + "\u2026");
        background.execute(() -> {
            try {
                ClaimsTable t = ClaimsTable.read(source);
                fx.execute(() -> {
                    table.set(t);
                    busy.set(false);
                    recompute();
                    status.set(summary(t));
                });
            } catch (IOException | RuntimeException e) {
                String why = e.getMessage() == null ? "it could not be read" : e.getMessage();
                fx.execute(() -> {
                    busy.set(false);
                    status.set("Cannot analyse " + source.name() + ": " + why);
                });
            }
        });
    }

    private static String summary(ClaimsTable t) {
        String s = t.rows().size() + " claims in " + t.articles().size() + " articles";
        if (!t.problems().isEmpty()) {
            s += "; " + t.problems().size() + " files could not be read ("
                    + t.problems().get(0).where() + ": " + t.problems().get(0).message()
                    + (t.problems().size() > 1 ? "; \u2026" : "") + ")";
        }
        return t.articles().isEmpty() ? "No article with claims in " + source(t) + ". " + s : s;
    }

    private static String source(ClaimsTable t) {
        return t.name().isBlank() ? "this folder" : t.name();
    }

    private void recompute() {
        ClaimsTable t = table.get();
        if (t == null) {
            return;
        }
        Filter f = filter.get();
        Analysis a = Analysis.of(t, f, rows.get(), cols.get(), count.get());
        // everything a view reads is in place before the analysis changes: views redraw on that change
        fullTimeline.set(f.from() == null && f.to() == null ? a.timeline()
                : Timeline.compute(t.filtered(f.withRange(null, null))));
        shownRows.setAll(a.rows());
        chips.setAll(f.chips());
        analysis.set(a);
    }

    // ---- filtering -----------------------------------------------------------------------------

    /** A matrix cell clicked: the claims table narrowed to the cell's claims, and shown. */
    public void clickCell(int r, int c) {
        Analysis a = analysis.get();
        if (a == null || r < 0 || c < 0 || r >= a.matrix().rowKeys().size() || c >= a.matrix().colKeys().size()) {
            return;
        }
        filter.set(a.matrix().cellFilter(filter.get(), r, c));
        shownView.set(View.CLAIMS);
    }

    public void addFilter(Dimension d, String value) {
        if (value != null && !value.isBlank()) {
            filter.set(filter.get().with(d, value));
        }
    }

    public void removeChip(Filter.Chip chip) {
        filter.set(filter.get().without(chip));
    }

    public void clearFilter() {
        filter.set(Filter.NONE);
    }

    public void setText(String text) {
        if (!filter.get().text().equals(text == null ? "" : text.strip())) {
            filter.set(filter.get().withText(text));
        }
    }

    /** The timeline's range selector: every view keeps to articles published from {@code from} to {@code to}. */
    public void setMonthRange(YearMonth from, YearMonth to) {
        LocalDate f = from == null ? null : from.atDay(1);
        LocalDate t = to == null ? null : to.atEndOfMonth();
        if (!java.util.Objects.equals(f, filter.get().from()) || !java.util.Objects.equals(t, filter.get().to())) {
            filter.set(filter.get().withRange(f, t));
        }
    }

    public void clearRange() {
        filter.set(filter.get().withRange(null, null));
    }

    public void showView(View v) {
        shownView.set(v);
    }

    // ---- acting on claims ----------------------------------------------------------------------

    /** Opens the row's article in the reader with its claim selected. */
    public void open(ClaimRow row) {
        if (row != null && row.article().path() != null) {
            opener.open(row.article().path(), row.claim().id());
        }
    }

    public String markdown(List<ClaimRow> selection) {
        return AnalysisTables.claimsMarkdown(selection);
    }

    /** The numbers behind a view, as CSV. */
    public String csv(View v) {
        Analysis a = analysis.get();
        if (a == null) {
            return "";
        }
        return switch (v) {
            case CLAIMS -> AnalysisTables.claimsCsv(a.rows());
            case MATRIX -> stanceSplit.get() ? AnalysisTables.matrixStanceCsv(a.matrix())
                    : AnalysisTables.matrixCsv(a.matrix());
            case OUTLETS -> AnalysisTables.outletsCsv(a.outlets());
            case TIMELINE -> AnalysisTables.timelineCsv(a.timeline());
            case ISSUE_PAIRS -> AnalysisTables.coOccurrenceCsv(a.issuePairs());
            case ACTOR_PAIRS -> AnalysisTables.coOccurrenceCsv(a.actorPairs());
        };
    }

    public void exportCsv(View v, Path target) {
        write(target, csv(v));
    }

    public void exportSelection(List<ClaimRow> selection, Path target) {
        write(target, AnalysisTables.claimsCsv(List.copyOf(selection)));
    }

    public void exportReport(Path target) {
        Analysis a = analysis.get();
        if (a != null) {
            Instant now = clock.get();
            busy.set(true);
            background.execute(() -> writeNow(target, new AnalysisReport().write(a, now)));
        }
    }

    private void write(Path target, String text) {
        busy.set(true);
        background.execute(() -> writeNow(target, text));
    }

    private void writeNow(Path target, String text) {
        String msg;
        try {
            files.write(target, text);
            msg = "Saved " + target.getFileName();
        } catch (IOException | RuntimeException e) {
            msg = "Could not save " + target.getFileName() + ": " + (e.getMessage() == null ? "it could not be written"
                    : e.getMessage());
        }
        String m = msg;
        fx.execute(() -> {
            busy.set(false);
            status.set(m);
        });
    }

    /** A message for the status line (a snapshot saved, or why not). */
    public void report(String message) {
        status.set(message);
    }

    // ---- properties ----------------------------------------------------------------------------

    public String corpusName() {
        return source.name();
    }

    public ReadOnlyObjectProperty<ClaimsTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    public ObjectProperty<Dimension> rowsProperty() {
        return rows;
    }

    public ObjectProperty<Dimension> colsProperty() {
        return cols;
    }

    public ObjectProperty<Count> countProperty() {
        return count;
    }

    public BooleanProperty stanceSplitProperty() {
        return stanceSplit;
    }

    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** The timeline over every month the other filters allow, so the range selector can widen again. */
    public ReadOnlyObjectProperty<Timeline> fullTimelineProperty() {
        return fullTimeline.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<View> shownViewProperty() {
        return shownView.getReadOnlyProperty();
    }

    public ObservableList<ClaimRow> shownRows() {
        return shownRows;
    }

    public ObservableList<Filter.Chip> chips() {
        return chips;
    }
}
