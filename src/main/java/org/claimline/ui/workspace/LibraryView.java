package org.claimline.ui.workspace;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.claimline.search.SearchHit;
import org.claimline.workspace.LibraryQuery;
import org.claimline.workspace.LibraryRow;
import org.claimline.workspace.ReadingStatus;

/**
 * The workspace's home: a filter bar, the library table (sortable by every column, unreadable articles listed with
 * their reason), the search pane with hits in context, and the index build's progress with a cancel button.
 * {@code open} is called with an article and the hit to show (null from the table).
 */
public final class LibraryView {
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private final LibraryViewModel vm;
    private final BiConsumer<LibraryRow, SearchHit> open;
    private final TableView<LibraryRow> table = new TableView<>();
    private final ListView<SearchHit> results = new ListView<>();
    private final TextField search = new TextField();
    private Map<String, String> colours = Map.of();

    public LibraryView(LibraryViewModel vm, BiConsumer<LibraryRow, SearchHit> open) {
        this.vm = vm;
        this.open = open;
    }

    public TableView<LibraryRow> table() {
        return table;
    }

    public ListView<SearchHit> results() {
        return results;
    }

    public TextField searchField() {
        return search;
    }

    public Node createView() {
        BorderPane root = new BorderPane();
        root.getStyleClass().add("library");
        root.setId("library-view");
        root.setTop(filterBar());
        buildTable();
        buildResults();
        Label noHits = new Label("Search the folder's articles, claims and notes:\ntype above and press Enter.");
        noHits.getStyleClass().add("library-hint");
        results.setPlaceholder(noHits);
        // the search pane takes room only while there are hits to show
        SplitPane split = new SplitPane(table);
        SplitPane.setResizableWithParent(results, false);
        vm.hits().addListener((javafx.collections.ListChangeListener<SearchHit>) c -> {
            if (vm.hits().isEmpty()) {
                split.getItems().remove(results);
            } else if (!split.getItems().contains(results)) {
                split.getItems().add(results);
                split.setDividerPositions(0.66);
            }
        });
        root.setCenter(split);
        root.setBottom(statusBar());
        vm.rows().addListener((javafx.collections.ListChangeListener<LibraryRow>) c -> colours = vm.issueColours());
        return root;
    }

    private Node filterBar() {
        Label title = new Label();
        title.getStyleClass().add("library-title");
        title.textProperty().bind(vm.rootProperty().map(p -> p.getFileName() == null ? p.toString() : p.getFileName().toString()));
        Label count = new Label();
        count.getStyleClass().add("library-count");
        vm.rows().addListener((javafx.collections.ListChangeListener<LibraryRow>) c ->
                count.setText(vm.rows().size() == vm.total() ? vm.total() + " articles"
                        : vm.rows().size() + " of " + vm.total() + " articles"));
        TextField filter = new TextField();
        filter.setPromptText("Filter by title, outlet, byline");
        filter.setId("library-filter");
        filter.textProperty().addListener((o, a, b) -> vm.queryProperty().set(vm.queryProperty().get().withText(b)));
        ComboBox<String> outlet = choice("All outlets", vm.outlets(), v -> vm.queryProperty().set(vm.queryProperty().get().withOutlet(v)));
        ComboBox<String> issue = choice("All issues", vm.issues(), v -> vm.queryProperty().set(vm.queryProperty().get().withIssue(v)));
        ComboBox<String> actor = choice("All actors", vm.actors(), v -> vm.queryProperty().set(vm.queryProperty().get().withActor(v)));
        ComboBox<ReadingStatus> status = new ComboBox<>(FXCollections.observableArrayList(ReadingStatus.values()));
        status.setPromptText("Any status");
        status.setPrefWidth(120);
        status.valueProperty().addListener((o, a, b) -> vm.queryProperty().set(vm.queryProperty().get().withStatus(b)));
        TextField from = new TextField();
        from.setPromptText("from yyyy-mm");
        from.setPrefColumnCount(8);
        from.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField to = new TextField();
        to.setPromptText("to yyyy-mm");
        to.setPrefColumnCount(8);
        to.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Runnable dates = () -> vm.queryProperty().set(vm.queryProperty().get().withDates(from.getText(), to.getText()));
        from.textProperty().addListener((o, a, b) -> dates.run());
        to.textProperty().addListener((o, a, b) -> dates.run());
        Button clear = new Button("Clear");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setTooltip(new Tooltip("Show every article"));
        clear.setOnAction(e -> {
            filter.clear();
            from.clear();
            to.clear();
            outlet.setValue(null);
            issue.setValue(null);
            actor.setValue(null);
            status.setValue(null);
        });
        search.setPromptText("Search text, claims, notes\u2026");
        search.setId("library-search");
        search.setPrefColumnCount(18);
        search.textProperty().bindBidirectional(vm.searchTextProperty());
        search.setOnAction(e -> vm.search());
        Button go = new Button("Search");
        go.setMinWidth(Region.USE_PREF_SIZE);
        go.setOnAction(e -> vm.search());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(8, title, count, grow, search, go);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox filters = new HBox(6, filter, outlet, status, issue, actor, from, to, clear);
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(filter, Priority.ALWAYS);
        VBox bar = new VBox(6, top, filters);
        bar.setPadding(new Insets(8, 10, 8, 10));
        bar.getStyleClass().add("library-bar");
        return bar;
    }

    private static ComboBox<String> choice(String prompt, javafx.collections.ObservableList<String> items,
                                           java.util.function.Consumer<String> onPick) {
        ComboBox<String> c = new ComboBox<>(items);
        c.setPromptText(prompt);
        c.valueProperty().addListener((o, a, b) -> onPick.accept(b));
        c.setPrefWidth(150);
        c.setMaxWidth(180);
        c.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? prompt : item);
            }
        });
        return c;
    }

    private void buildTable() {
        table.setId("library-table");
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<LibraryRow, String> title = column("Title", LibraryQuery.Column.TITLE, r -> r.info().displayTitle(), 260);
        title.setMinWidth(120);
        TableColumn<LibraryRow, String> outlet = column("Outlet", LibraryQuery.Column.OUTLET, r -> r.info().outlet(), 110);
        outlet.setMinWidth(80);
        TableColumn<LibraryRow, String> byline = column("Byline", LibraryQuery.Column.BYLINE, r -> r.info().byline(), 110);
        byline.setMinWidth(80);
        TableColumn<LibraryRow, String> date = column("Date", LibraryQuery.Column.DATE, LibraryRow::day, 88);
        date.setMinWidth(86);
        TableColumn<LibraryRow, String> claims = column("Claims", LibraryQuery.Column.CLAIMS,
                r -> r.info().readable() ? Integer.toString(r.info().claims()) : "", 62);
        claims.setMinWidth(58);
        claims.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<LibraryRow, LibraryRow> issues = new TableColumn<>("Issues");
        issues.setSortable(false);
        issues.setPrefWidth(100);
        issues.setMinWidth(70);
        issues.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        issues.setCellFactory(c -> new IssueBarCell());
        TableColumn<LibraryRow, LibraryRow> status = new TableColumn<>("Status");
        status.setUserData(LibraryQuery.Column.STATUS);
        status.setPrefWidth(125);
        status.setMinWidth(100);
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(c -> new StatusCell());
        TableColumn<LibraryRow, String> modified = column("Modified", LibraryQuery.Column.MODIFIED,
                r -> MODIFIED.format(Instant.ofEpochMilli(r.info().mtime())), 125);
        modified.setMinWidth(90);
        TableColumn<LibraryRow, String> problem = column("Problem", null, LibraryRow::problem, 200);
        problem.setSortable(false);
        table.getColumns().setAll(java.util.List.of(title, outlet, byline, date, claims, issues, status, modified, problem));
        table.setSortPolicy(t -> {
            if (!t.getSortOrder().isEmpty() && t.getSortOrder().get(0).getUserData() instanceof LibraryQuery.Column col) {
                vm.sortBy(col, t.getSortOrder().get(0).getSortType() == TableColumn.SortType.DESCENDING);
            }
            return true;
        });
        table.setRowFactory(t -> {
            TableRow<LibraryRow> row = new TableRow<>() {
                @Override
                protected void updateItem(LibraryRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("unreadable"),
                            !empty && item != null && !item.info().readable());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem(), null);
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem(), null);
                e.consume();
            }
        });
        Label empty = new Label();
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(vm.buildingProperty())
                .then("Reading the folder\u2026")
                .otherwise("No articles here yet: .txt, .html and .htm files in this folder and below appear here."));
        empty.getStyleClass().add("library-hint");
        table.setPlaceholder(empty);
    }

    private static TableColumn<LibraryRow, String> column(String name, LibraryQuery.Column sort,
                                                         java.util.function.Function<LibraryRow, String> value, double width) {
        TableColumn<LibraryRow, String> c = new TableColumn<>(name);
        c.setUserData(sort);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(sort != null);
        return c;
    }

    /** A small stacked bar: one segment per issue, as wide as its share of the article's claims, in its colour. */
    private final class IssueBarCell extends TableCell<LibraryRow, LibraryRow> {
        @Override
        protected void updateItem(LibraryRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null || item.info().issueCounts().isEmpty()) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            int total = item.info().issueCounts().values().stream().mapToInt(Integer::intValue).sum();
            HBox bar = new HBox();
            bar.getStyleClass().add("issue-bar");
            StringBuilder tip = new StringBuilder();
            for (Map.Entry<String, Integer> e : item.info().issueCounts().entrySet()) {
                Region seg = new Region();
                seg.setPrefWidth(Math.max(3, 80.0 * e.getValue() / total));
                seg.setPrefHeight(10);
                seg.setStyle("-fx-background-color: " + colours.getOrDefault(e.getKey(), "#9e9e9e") + ";");
                bar.getChildren().add(seg);
                tip.append(e.getKey()).append(": ").append(e.getValue()).append('\n');
            }
            setGraphic(bar);
            setTooltip(new Tooltip(tip.toString().strip()));
        }
    }

    /** The status as a drop-down the analyst sets. */
    private final class StatusCell extends TableCell<LibraryRow, LibraryRow> {
        private final ComboBox<ReadingStatus> box = new ComboBox<>(FXCollections.observableArrayList(ReadingStatus.values()));

        StatusCell() {
            box.setMaxWidth(Double.MAX_VALUE);
            box.getStyleClass().add("status-box");
            box.setOnAction(e -> {
                LibraryRow r = getItem();
                if (r != null && box.getValue() != null && box.getValue() != r.status()) {
                    vm.setStatus(r, box.getValue());
                }
            });
        }

        @Override
        protected void updateItem(LibraryRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                box.setValue(item.status());
                setGraphic(box);
            }
        }
    }

    private void buildResults() {
        results.setId("search-results");
        results.setItems(vm.hits());
        results.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit h, boolean empty) {
                super.updateItem(h, empty);
                if (empty || h == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Text head = new Text((h.claimId() != null ? "Claim \u00B7 " : "") + (h.title() == null ? h.rel() : h.title()) + "\n");
                head.getStyleClass().add("hit-title");
                TextFlow flow = new TextFlow(head);
                int at = 0;
                for (int[] m : h.marks()) {
                    if (m[0] > at) {
                        // an empty run before a mark made the TextFlow draw the mark's first letter unmarked
                        flow.getChildren().add(plain(h.snippet().substring(at, m[0])));
                    }
                    Text mark = new Text(h.snippet().substring(m[0], m[1]));
                    mark.getStyleClass().add("hit-mark");
                    flow.getChildren().add(mark);
                    at = m[1];
                }
                flow.getChildren().add(plain(h.snippet().substring(at)));
                // wrapped to the list's width, and as tall as the wrapped text (a cell is not cut short)
                flow.prefWidthProperty().bind(l.widthProperty().subtract(30));
                flow.setMinHeight(Region.USE_PREF_SIZE);
                setGraphic(flow);
                setText(null);
            }
        });
        results.setOnMouseClicked(e -> {
            SearchHit h = results.getSelectionModel().getSelectedItem();
            if (h != null && e.getClickCount() >= 1) {
                vm.rows().stream().filter(r -> r.rel().equals(h.rel())).findFirst()
                        .or(() -> java.util.Optional.of(new LibraryRow(emptyInfo(h.rel()), null)))
                        .ifPresent(r -> open.accept(r, h));
            }
        });
        results.setOnKeyPressed(e -> {
            SearchHit h = results.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && h != null) {
                open.accept(new LibraryRow(emptyInfo(h.rel()), null), h);
                e.consume();
            }
        });
    }

    private static org.claimline.workspace.ArticleInfo emptyInfo(String rel) {
        return new org.claimline.workspace.ArticleInfo(rel, 0, 0, null, null, null, null, null, null, null, -1, -1, 0,
                Map.of(), java.util.List.of(), null);
    }

    private static Text plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("hit-text");
        return t;
    }

    private Node statusBar() {
        ProgressBar bar = new ProgressBar();
        bar.setId("index-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.buildingProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label text = new Label();
        text.textProperty().bind(vm.progressTextProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("index-cancel");
        cancel.visibleProperty().bind(vm.buildingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancel());
        Label message = new Label();
        message.setId("library-message");
        message.textProperty().bind(vm.messageProperty());
        message.setMinWidth(0);
        Label skipped = new Label();
        vm.skipped().addListener((javafx.collections.ListChangeListener<org.claimline.workspace.WorkspaceScanner.Skipped>) c -> {
            skipped.setText(vm.skipped().isEmpty() ? "" : vm.skipped().size() + " skipped");
            StringBuilder sb = new StringBuilder();
            vm.skipped().forEach(s -> sb.append(s.rel()).append(": ").append(s.reason()).append('\n'));
            skipped.setTooltip(vm.skipped().isEmpty() ? null : new Tooltip(sb.toString().strip()));
        });
        HBox box = new HBox(8, bar, text, cancel, message, skipped);
        HBox.setHgrow(message, Priority.ALWAYS);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(4, 10, 4, 10));
        box.getStyleClass().add("status-bar");
        return box;
    }
}
