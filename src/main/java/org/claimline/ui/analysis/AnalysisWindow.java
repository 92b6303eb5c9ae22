package org.claimline.ui.analysis;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.claimline.analysis.Analysis;
import org.claimline.analysis.ClaimRow;
import org.claimline.analysis.CoOccurrence;
import org.claimline.analysis.Count;
import org.claimline.analysis.Dimension;
import org.claimline.analysis.Filter;
import org.claimline.analysis.Matrix;
import org.claimline.analysis.OutletComparison;
import org.claimline.analysis.Timeline;
import org.claimline.model.Stance;

/**
 * The analysis window over one folder: claims table, matrix heat map, outlets, timeline and co-occurrence
 * tabs, one filter shown as removable chips above them. Thin: every figure comes from {@link AnalysisViewModel}.
 * Charts are JavaFX's own (StackedBarChart); the matrices are a grid of labelled cells ({@link HeatGrid}).
 */
public final class AnalysisWindow {
    private static final int MAX_MENU_VALUES = 60;

    private final AnalysisViewModel vm;
    private final Stage stage = new Stage();
    private final TabPane tabs = new TabPane();
    private final Tab claimsTab = new Tab("Claims");
    private final Tab matrixTab = new Tab("Matrix");
    private final Tab outletsTab = new Tab("Outlets");
    private final Tab timelineTab = new Tab("Timeline");
    private final Tab pairsTab = new Tab("Co-occurrence");
    private final TableView<ClaimRow> table = new TableView<>();
    private final FlowPane chips = new FlowPane(6, 6);
    private final TextField search = new TextField();
    private final MenuButton addFilter = new MenuButton("Add filter");
    private final ScrollPane matrixPane = new ScrollPane();
    private final VBox outletsBox = new VBox(10);
    private final VBox timelineBox = new VBox(8);
    private final ScrollPane pairsPane = new ScrollPane();
    private final ComboBox<Dimension> pairsOf = new ComboBox<>();
    private final Label counts = new Label();
    private final TimelineChart timeline;

    public AnalysisWindow(AnalysisViewModel vm, Window owner, List<String> styleSheets) {
        this.vm = vm;
        this.timeline = new TimelineChart(vm, timelineBox);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Analysis \u2014 " + vm.corpusName() + " \u2014 Claimline");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        claimsTab.setContent(claimsView());
        matrixTab.setContent(matrixView());
        outletsTab.setContent(outletsView());
        timelineTab.setContent(timelineView());
        pairsTab.setContent(pairsView());
        tabs.getTabs().setAll(claimsTab, matrixTab, outletsTab, timelineTab, pairsTab);
        claimsTab.setId("tab-claims");
        matrixTab.setId("tab-matrix");
        BorderPane root = new BorderPane(tabs);
        root.getStyleClass().add("analysis-window");
        root.setTop(filterBar());
        root.setBottom(statusBar());
        Scene scene = new Scene(root, 1280, 820);
        scene.getStylesheets().setAll(styleSheets);
        stage.setScene(scene);
        vm.analysisProperty().subscribe(this::refresh);
        vm.chips().addListener((javafx.collections.ListChangeListener<Filter.Chip>) c -> refreshChips());
        vm.tableProperty().subscribe(t -> refreshFilterMenu());
        vm.shownViewProperty().subscribe(v -> {
            if (v == AnalysisViewModel.View.CLAIMS) {
                tabs.getSelectionModel().select(claimsTab);
            }
        });
        tabs.getSelectionModel().selectedItemProperty().subscribe(t -> {
            if (t == claimsTab) {
                vm.showView(AnalysisViewModel.View.CLAIMS);
            } else if (t == matrixTab) {
                vm.showView(AnalysisViewModel.View.MATRIX);
            }
        });
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    public TableView<ClaimRow> table() {
        return table;
    }

    public TabPane tabs() {
        return tabs;
    }

    // ---- filter bar ----------------------------------------------------------------------------

    private Node filterBar() {
        search.setPromptText("Search titles, quotes, summaries, notes\u2026");
        search.setPrefColumnCount(28);
        search.setId("analysis-search");
        PauseTransition pause = new PauseTransition(Duration.millis(250));
        pause.setOnFinished(e -> vm.setText(search.getText()));
        search.textProperty().addListener((o, a, b) -> pause.playFromStart());
        search.setOnAction(e -> vm.setText(search.getText()));
        Button clear = new Button("Clear filter");
        clear.setOnAction(e -> {
            search.clear();
            vm.clearFilter();
        });
        Button report = new Button("Export HTML report\u2026");
        report.setOnAction(e -> chooseAndRun("analysis-report.html", "HTML report", "*.html", vm::exportReport));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(8, search, addFilter, clear, grow, counts, report);
        top.setAlignment(Pos.CENTER_LEFT);
        Label filterLabel = new Label("Filter:");
        filterLabel.getStyleClass().add("muted");
        HBox chipRow = new HBox(8, filterLabel, chips);
        chipRow.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, top, chipRow);
        bar.setPadding(new Insets(8, 10, 6, 10));
        bar.getStyleClass().add("analysis-filter-bar");
        refreshChips();
        return bar;
    }

    private void refreshChips() {
        chips.getChildren().clear();
        if (vm.chips().isEmpty()) {
            Label none = new Label("none \u2014 every claim of the folder");
            none.getStyleClass().add("muted");
            chips.getChildren().add(none);
        }
        for (Filter.Chip c : vm.chips()) {
            Button b = new Button(c.label() + "  \u2715");
            b.getStyleClass().add("filter-chip");
            b.setTooltip(new Tooltip("Remove this filter"));
            b.setOnAction(e -> {
                if (c.kind() == Filter.Chip.Kind.TEXT) {
                    search.clear();
                }
                vm.removeChip(c);
            });
            chips.getChildren().add(b);
        }
        if (vm.filterProperty().get().text().isEmpty() && !search.getText().isBlank()
                && !search.isFocused()) {
            search.clear();
        }
    }

    private void refreshFilterMenu() {
        addFilter.getItems().clear();
        var t = vm.tableProperty().get();
        if (t == null) {
            return;
        }
        for (Dimension d : List.of(Dimension.ISSUE, Dimension.ACTOR, Dimension.OUTLET, Dimension.STANCE,
                Dimension.CODER, Dimension.MONTH)) {
            Menu m = new Menu(d.label());
            List<String> keys = t.keys(d);
            for (String k : keys.subList(0, Math.min(MAX_MENU_VALUES, keys.size()))) {
                MenuItem i = new MenuItem(k);
                i.setMnemonicParsing(false);
                i.setOnAction(e -> vm.addFilter(d, k));
                m.getItems().add(i);
            }
            m.setDisable(keys.isEmpty());
            addFilter.getItems().add(m);
        }
    }

    private Node statusBar() {
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.setId("analysis-status");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.busyProperty());
        HBox bar = new HBox(8, busy, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    // ---- claims --------------------------------------------------------------------------------

    private Node claimsView() {
        return ClaimsTab.create(vm, table,
                sel -> chooseAndRun("claims-selection.csv", "CSV", "*.csv", p -> vm.exportSelection(sel, p)),
                hint -> toolbar(AnalysisViewModel.View.CLAIMS, table, hint));
    }

    // ---- matrix --------------------------------------------------------------------------------

    private Node matrixView() {
        ComboBox<Dimension> rows = AnalysisParts.dimensionBox();
        ComboBox<Dimension> cols = AnalysisParts.dimensionBox();
        rows.valueProperty().bindBidirectional(vm.rowsProperty());
        cols.valueProperty().bindBidirectional(vm.colsProperty());
        ComboBox<Count> count = new ComboBox<>();
        count.getItems().setAll(Count.values());
        count.valueProperty().bindBidirectional(vm.countProperty());
        count.setConverter(AnalysisParts.converter(c -> c == Count.CLAIMS ? "claims" : "articles"));
        CheckBox split = new CheckBox("Stance split");
        split.selectedProperty().bindBidirectional(vm.stanceSplitProperty());
        split.selectedProperty().addListener((o, a, b) -> refresh(vm.analysisProperty().get()));
        HBox controls = new HBox(8, new Label("Rows"), rows, new Label("Columns"), cols, new Label("Count"), count,
                split, new Separator(Orientation.VERTICAL), AnalysisParts.rampLegend(), AnalysisParts.stanceLegend(split));
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(6, 10, 6, 10));
        matrixPane.setFitToWidth(false);
        matrixPane.setId("matrix-pane");
        Label hint = new Label("Click a cell to see its claims. A claim with two issues counts in both rows; "
                + "totals count it once.");
        hint.getStyleClass().add("muted");
        BorderPane p = new BorderPane(matrixPane);
        p.setTop(controls);
        p.setBottom(toolbar(AnalysisViewModel.View.MATRIX, matrixPane, hint));
        return p;
    }

    private GridPane matrixGrid(Matrix m, boolean split) {
        return HeatGrid.build(new HeatGrid.Model() {
            @Override
            public List<String> rowKeys() {
                return m.rowKeys();
            }

            @Override
            public List<String> colKeys() {
                return m.colKeys();
            }

            @Override
            public int value(int r, int c) {
                return m.cell(r, c);
            }

            @Override
            public int max() {
                return m.max();
            }

            @Override
            public Integer rowTotal(int r) {
                return m.rowTotal(r);
            }

            @Override
            public Integer colTotal(int c) {
                return m.colTotal(c);
            }

            @Override
            public Integer total() {
                return m.total();
            }

            @Override
            public int[] split(int r, int c) {
                if (!split) {
                    return null;
                }
                int[] s = new int[Stance.values().length];
                for (Stance st : Stance.values()) {
                    s[st.ordinal()] = m.stance(r, c, st);
                }
                return s;
            }

            @Override
            public String describe(int r, int c) {
                StringBuilder sb = new StringBuilder(m.rowKeys().get(r) + " \u00d7 " + m.colKeys().get(c) + ": "
                        + m.cell(r, c) + " " + m.count().id());
                sb.append("\n");
                for (Stance st : Stance.values()) {
                    sb.append(st.id()).append(' ').append(m.stance(r, c, st)).append("  ");
                }
                return sb.append("\nClick to list these claims").toString();
            }
        }, (r, c) -> {
            vm.clickCell(r, c);
            return 0;
        });
    }

    // ---- outlets -------------------------------------------------------------------------------

    private Node outletsView() {
        Label hint = new Label("Each bar is one outlet's issue tags (a claim with two issues gives one to each), "
                + "as a share of the outlet's tags.");
        hint.getStyleClass().add("muted");
        ScrollPane sp = new ScrollPane(outletsBox);
        sp.setFitToWidth(true);
        outletsBox.setPadding(new Insets(8, 12, 8, 12));
        BorderPane p = new BorderPane(sp);
        p.setBottom(toolbar(AnalysisViewModel.View.OUTLETS, outletsBox, hint));
        return p;
    }

    private void fillOutlets(OutletComparison oc, Map<String, String> colors) {
        outletsBox.getChildren().clear();
        if (oc.outlets().isEmpty()) {
            outletsBox.getChildren().add(new Label("No claims match the filter."));
            return;
        }
        NumberAxis x = new NumberAxis(0, 100, 10);
        x.setLabel("% of the outlet's issue tags");
        CategoryAxis y = new CategoryAxis();
        StackedBarChart<Number, String> chart = new StackedBarChart<>(x, y);
        chart.setId("outlets-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(6);
        List<String> outlets = oc.outlets().stream().map(p -> AnalysisParts.shorten(p.outlet())).toList();
        List<String> bottomUp = new java.util.ArrayList<>(outlets);
        java.util.Collections.reverse(bottomUp);
        y.setCategories(javafx.collections.FXCollections.observableArrayList(bottomUp));
        for (String issue : oc.issues()) {
            XYChart.Series<Number, String> s = new XYChart.Series<>();
            s.setName(issue);
            for (OutletComparison.Profile p : oc.outlets()) {
                double share = p.shareOf(issue) * 100;
                XYChart.Data<Number, String> d = new XYChart.Data<>(share, AnalysisParts.shorten(p.outlet()));
                AnalysisParts.colour(d, colors.get(issue), p.outlet() + " \u2014 " + issue + ": "
                        + String.format(Locale.ROOT, "%.0f %%", share));
                s.getData().add(d);
            }
            chart.getData().add(s);
        }
        chart.setPrefHeight(Math.max(220, outlets.size() * 34 + 90));
        chart.setMinHeight(chart.getPrefHeight());
        GridPane actors = new GridPane();
        actors.setHgap(18);
        actors.setVgap(4);
        actors.getStyleClass().add("outlet-actors");
        String[] heads = {"Outlet", "Claims", "Most blamed (opposes)", "Most credited (supports)"};
        for (int i = 0; i < heads.length; i++) {
            Label h = new Label(heads[i]);
            h.getStyleClass().add("table-heading");
            actors.add(h, i, 0);
        }
        for (int o = 0; o < oc.outlets().size(); o++) {
            OutletComparison.Profile p = oc.outlets().get(o);
            actors.add(new Label(p.outlet()), 0, o + 1);
            actors.add(new Label(p.claims() + " in " + p.articles() + (p.articles() == 1 ? " article" : " articles")),
                    1, o + 1);
            actors.add(AnalysisParts.ranked(p.blamed(), Stance.OPPOSES), 2, o + 1);
            actors.add(AnalysisParts.ranked(p.credited(), Stance.SUPPORTS), 3, o + 1);
        }
        outletsBox.getChildren().setAll(AnalysisParts.issueLegend(oc.issues(), colors), chart, actors);
    }

    // ---- timeline ------------------------------------------------------------------------------

    private Node timelineView() {
        ScrollPane sp = new ScrollPane(timelineBox);
        sp.setFitToWidth(true);
        timelineBox.setPadding(new Insets(8, 12, 8, 12));
        Label hint = new Label("Claims per issue per month of publication. Drag the range to filter every view.");
        hint.getStyleClass().add("muted");
        BorderPane p = new BorderPane(sp);
        p.setBottom(toolbar(AnalysisViewModel.View.TIMELINE, timelineBox, hint));
        return p;
    }

    // ---- co-occurrence -------------------------------------------------------------------------

    private Node pairsView() {
        pairsOf.getItems().setAll(Dimension.ISSUE, Dimension.ACTOR);
        pairsOf.setConverter(AnalysisParts.converter(d -> d == Dimension.ISSUE ? "Issues tagged together" : "Actors named together"));
        pairsOf.setValue(Dimension.ISSUE);
        pairsOf.valueProperty().addListener((o, a, b) -> refresh(vm.analysisProperty().get()));
        HBox controls = new HBox(8, pairsOf, AnalysisParts.rampLegend());
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(6, 10, 6, 10));
        Label hint = new Label("Claims tagged with both; the diagonal (grey) is the claims tagged with each at all.");
        hint.getStyleClass().add("muted");
        BorderPane p = new BorderPane(pairsPane);
        p.setTop(controls);
        Node bar = toolbar(null, pairsPane, hint);
        p.setBottom(bar);
        return p;
    }

    private GridPane pairsGrid(CoOccurrence co) {
        return HeatGrid.build(new HeatGrid.Model() {
            @Override
            public List<String> rowKeys() {
                return co.keys();
            }

            @Override
            public List<String> colKeys() {
                return co.keys();
            }

            @Override
            public int value(int r, int c) {
                return co.count(r, c);
            }

            @Override
            public int max() {
                return co.maxPair();
            }

            @Override
            public boolean isDiagonal(int r, int c) {
                return r == c;
            }

            @Override
            public String describe(int r, int c) {
                return r == c ? co.keys().get(r) + ": " + co.count(r, c) + " claims"
                        : co.keys().get(r) + " with " + co.keys().get(c) + ": " + co.count(r, c) + " claims";
            }
        }, null);
    }

    // ---- shared --------------------------------------------------------------------------------

    private void refresh(Analysis a) {
        if (a == null) {
            return;
        }
        counts.setText(a.rows().size() + " of " + a.table().rows().size() + " claims \u00b7 " + a.articlesShown()
                + " of " + a.table().articles().size() + " articles");
        Timeline full = vm.fullTimelineProperty().get();
        Map<String, String> colors = a.table().colorsByIssue();
        matrixPane.setContent(a.matrix().rowKeys().isEmpty() ? new Label("No claims match the filter.")
                : matrixGrid(a.matrix(), vm.stanceSplitProperty().get()));
        fillOutlets(a.outlets(), colors);
        timeline.fill(a.timeline(), full, colors);
        CoOccurrence co = pairsOf.getValue() == Dimension.ACTOR ? a.actorPairs() : a.issuePairs();
        pairsPane.setContent(co.keys().isEmpty() ? new Label("No claims match the filter.") : pairsGrid(co));
    }

    /** Export CSV and PNG (1× or 2×) for a view; {@code view} null picks the co-occurrence shown. */
    private Node toolbar(AnalysisViewModel.View view, Node snapshotOf, Label hint) {
        Button csv = new Button("Export CSV\u2026");
        csv.setOnAction(e -> {
            AnalysisViewModel.View v = view != null ? view : pairsOf.getValue() == Dimension.ACTOR
                    ? AnalysisViewModel.View.ACTOR_PAIRS : AnalysisViewModel.View.ISSUE_PAIRS;
            chooseAndRun(v.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".csv", "CSV", "*.csv",
                    p -> vm.exportCsv(v, p));
        });
        MenuButton png = new MenuButton("Export PNG");
        for (int scale : new int[] {1, 2}) {
            MenuItem m = new MenuItem("At " + scale + "\u00d7\u2026");
            m.setOnAction(e -> chooseAndRun("analysis-" + (view == null ? "co-occurrence"
                    : view.name().toLowerCase(Locale.ROOT)) + ".png", "PNG image", "*.png",
                    p -> snapshot(AnalysisParts.contentOf(snapshotOf), scale, p)));
            png.getItems().add(m);
        }
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, hint, grow, csv, png);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        return bar;
    }

    /** Writes a picture of {@code node} at {@code scale} times its size. */
    void snapshot(Node node, int scale, Path target) {
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(new Scale(scale, scale));
        p.setFill(javafx.scene.paint.Color.WHITE);
        javafx.scene.image.WritableImage img = node.snapshot(p, null);
        try {
            Snapshots.writePng(img, target);
            vm.report("Saved " + target.getFileName() + " (" + (int) img.getWidth() + " \u00d7 "
                    + (int) img.getHeight() + " pixels)");
        } catch (IOException e) {
            vm.report("Could not save " + target.getFileName() + ": " + e.getMessage());
        }
    }

    private void chooseAndRun(String name, String what, String pattern, java.util.function.Consumer<Path> action) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(name);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            action.accept(f.toPath());
        }
    }

    /** The node the heat map of the matrix tab lives in (for tests and snapshots). */
    public StackPane cell(int r, int c) {
        return (StackPane) matrixPane.getContent().lookup("#cell-" + r + "-" + c);
    }
}
