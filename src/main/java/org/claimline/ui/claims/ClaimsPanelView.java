package org.claimline.ui.claims;

import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.claimline.ui.common.Styles;
import org.claimline.ui.common.LazyTooltip;
import org.claimline.ui.common.WhenShown;

/** The right-hand panel: header with counts, filter bar, claim cards, orphans, and the claim editor. */
public final class ClaimsPanelView {
    private final ClaimsPanelViewModel vm;
    private final ClaimEditorView editor;
    private final VBox root = new VBox();
    private final Label summary = new Label();
    private final TextField filterText = new TextField();
    private final FlowPane issueFilters = new FlowPane();
    private final MenuButton actorFilter = new MenuButton("Actors");
    private final Button clearFilter = new Button("Clear");
    private final ListView<ClaimCard> list = new ListView<>();
    private final ListView<ClaimCard> orphanList = new ListView<>();
    private final TitledPane orphans = new TitledPane();
    private final Label placeholder = new Label();
    /** The same words for the grouped list, empty as the plain one (a node has one parent). */
    private final Label groupedPlaceholder = new Label();
    private final ListView<ClaimsPanelViewModel.GroupRow> groupedList = new ListView<>();
    private final Label notice = new Label();
    private final SplitPane split = new SplitPane();
    private final VBox below = new VBox();
    private Node editorNode;
    /** The open editor in the split scrolls when the divider is dragged low, so the list can take the room. */
    private final javafx.scene.control.ScrollPane editorScroll = new javafx.scene.control.ScrollPane();
    private Runnable leaveEditor = () -> { };
    private boolean syncing;


    public ClaimsPanelView(ClaimsPanelViewModel vm, ClaimEditorView editor) {
        this.vm = vm;
        this.editor = editor;
    }

    public Node createView() {
        root.getStyleClass().add(Styles.CLAIMS_PANEL);
        root.setId("claims-panel");
        Label title = new Label("Claims");
        title.getStyleClass().add("panel-title");
        summary.getStyleClass().add("panel-summary");
        summary.setId("claims-summary");
        HBox header = new HBox(title, summary);
        header.getStyleClass().add("panel-header");

        // claims that could not be placed: said here, beside them, not in a dialog that stops the reader
        notice.setId("reattach-notice");
        notice.setWrapText(true);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        notice.getStyleClass().add("notice-text");
        Button dismiss = new Button("\u2715");
        dismiss.setId("reattach-notice-dismiss");
        dismiss.getStyleClass().add("notice-dismiss");
        LazyTooltip.install(dismiss, "Hide this notice (the claims stay listed under Needs re-attaching)");
        dismiss.setOnAction(e -> vm.document().dismissReattachNotice());
        dismiss.setFocusTraversable(false);
        HBox.setHgrow(notice, Priority.ALWAYS);
        HBox noticeBox = new HBox(8, notice, dismiss);
        noticeBox.getStyleClass().add("panel-notice");
        noticeBox.visibleProperty().bind(vm.document().reattachNoticeProperty().isNotEmpty());
        noticeBox.managedProperty().bind(noticeBox.visibleProperty());

        filterText.setPromptText("Filter claims\u2026");
        filterText.setId("filter-field");
        HBox.setHgrow(filterText, Priority.ALWAYS);
        actorFilter.setId("actor-filter");
        clearFilter.setId("clear-filter");
        clearFilter.setOnAction(e -> vm.clearFilter());
        MenuButton group = new MenuButton("Group");
        group.setId("group-menu");
        LazyTooltip.install(group, "List the claims in reading order, or grouped by issue or by actor");
        group.getItems().setAll(groupingItems());
        vm.groupingProperty().subscribe(g -> group.setText(g == ClaimsPanelViewModel.Grouping.NONE ? "Group"
                : g.label()));
        HBox filterRow = new HBox(6, filterText, actorFilter, group, clearFilter);
        // the buttons keep their words; the filter field gives way in a narrow panel
        filterText.setPrefColumnCount(8);
        filterText.setMinWidth(70);
        for (Region r : List.of(actorFilter, group, clearFilter)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        issueFilters.getStyleClass().add("issue-filters");
        issueFilters.setId("issue-filters");
        VBox filterBar = new VBox(6, filterRow, issueFilters);
        filterBar.getStyleClass().add("filter-bar");
        filterBar.visibleProperty().bind(vm.document().hasArticleProperty());
        filterBar.managedProperty().bind(filterBar.visibleProperty());

        list.getStyleClass().add(Styles.CLAIM_LIST);
        list.setId("claim-list");
        list.setCellFactory(l -> new ClaimCardCell(l));
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        groupedPlaceholder.setWrapText(true);
        groupedList.setPlaceholder(groupedPlaceholder);
        groupedList.getStyleClass().add(Styles.CLAIM_LIST);
        groupedList.setId("grouped-claim-list");
        groupedList.setCellFactory(l -> new GroupRowCell(l, vm::toggleGroup));
        groupedList.visibleProperty().bind(vm.groupingProperty().isNotEqualTo(ClaimsPanelViewModel.Grouping.NONE));
        list.visibleProperty().bind(groupedList.visibleProperty().not());
        // small preferred heights: the orphans get theirs first, the lists then take what is left
        list.setPrefHeight(100);
        groupedList.setPrefHeight(100);
        // the grouped list, the orphans and the notice join the panel when first needed (bind): hidden, they would
        // still be styled, their list skins made, in the window's first pulse
        StackPane lists = new StackPane(list);
        this.lists = lists;
        lists.setMinHeight(70);
        VBox.setVgrow(lists, Priority.ALWAYS);

        orphanList.getStyleClass().add(Styles.CLAIM_LIST);
        orphanList.setCellFactory(l -> new ClaimCardCell(l));
        orphanList.setPrefHeight(170);
        orphanList.setMinHeight(70);
        Label orphanTitle = new Label();
        orphanTitle.getStyleClass().add("orphans-title");
        orphanTitle.textProperty().bind(javafx.beans.binding.Bindings.size(vm.orphans())
                .asString("Needs re-attaching (%d)"));
        orphans.setGraphic(orphanTitle);
        Label hint = new Label("Select the right passage in the article, then right-click \u25B8 Re-attach.");
        hint.setWrapText(true);
        hint.getStyleClass().add("orphans-hint");
        orphans.setContent(new VBox(4, hint, orphanList));
        orphans.setExpanded(true);
        VBox orphansBox = new VBox(orphans);
        orphansBox.getStyleClass().add("orphans");
        orphansBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.orphans()));
        orphansBox.managedProperty().bind(orphansBox.visibleProperty());

        // orphans above the list: in a short window they stay in sight whatever the list and editor take
        VBox listArea = new VBox(lists);
        this.listArea = listArea;
        this.orphansBox = orphansBox;
        this.noticeBox = noticeBox;
        listArea.setMinHeight(0);
        editorScroll.setFitToWidth(true);
        editorScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        editorScroll.setMinHeight(60);
        editorScroll.getStyleClass().add("editor-scroll");
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.getStyleClass().add("panel-split");
        split.setId("panel-split");
        split.getItems().add(listArea);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(header, filterBar, split, below);
        return root;
    }

    private List<MenuItem> groupingItems() {
        javafx.scene.control.ToggleGroup toggles = new javafx.scene.control.ToggleGroup();
        List<MenuItem> items = new java.util.ArrayList<>();
        for (ClaimsPanelViewModel.Grouping g : ClaimsPanelViewModel.Grouping.values()) {
            RadioMenuItem r = new RadioMenuItem(g.label());
            r.setToggleGroup(toggles);
            r.setOnAction(e -> vm.groupingProperty().set(g));
            vm.groupingProperty().subscribe(now -> r.setSelected(now == g));
            items.add(r);
        }
        return items;
    }

    /** View ▸ Group Claims: reading order, by issue, by actor. */
    public Menu groupingMenu() {
        Menu m = new Menu("Group Claims");
        m.getItems().setAll(groupingItems());
        return m;
    }

    /**
     * The editor sits under the list in a split whose divider the analyst drags (remembered); collapsed to its
     * one-line summary, or with no claim selected, it leaves the split to the list.
     */
    private void placeEditor() {
        if (editorNode == null) {
            if (!editor.activeProperty().get()) {
                return;
            }
            // built when a claim is first selected: the reader is usable sooner without it (its tag fields and
            // stance buttons are the panel's heaviest part)
            editorNode = editor.createView();
            editor.bind();
            }
        boolean open = editor.activeProperty().get() && !editor.collapsedProperty().get();
        if (open && !split.getItems().contains(editorScroll)) {
            below.getChildren().remove(editorNode);
            editorScroll.setContent(editorNode);
            split.getItems().add(editorScroll);
            double at = dividerPosition();
            split.setDividerPositions(at);
            // the split lays the new item out on the next pulse: place the divider again then
            Platform.runLater(() -> {
                if (split.getItems().contains(editorScroll)) {
                    split.setDividerPositions(at);
                }
            });
        } else if (!open && !below.getChildren().contains(editorNode)) {
            split.getItems().remove(editorScroll);
            editorScroll.setContent(null);
            below.getChildren().add(editorNode);
        }
    }

    private double dividerPosition() {
        try {
            double d = Double.parseDouble(vm.options().viewOption("panel.divider", "0.55"));
            return Math.max(0.15, Math.min(0.85, d));
        } catch (NumberFormatException e) {
            return 0.5;
        }
    }

    /** What Escape in the panel does: back to the article (the window sets it). */
    public void setOnLeave(Runnable action) {
        leaveEditor = action;
    }

    private StackPane lists;
    private VBox listArea;
    private Node orphansBox;
    private Node noticeBox;

    /** Whether {@code node} is one of the panel's claim lists (Delete deletes the selected claim there). */
    public boolean isList(Node node) {
        return node == list || node == orphanList || node == groupedList;
    }

    public void bind() {
        WhenShown.join(groupedList.visibleProperty(), lists, 1, groupedList);
        WhenShown.join(orphansBox.visibleProperty(), listArea, 0, orphansBox);
        WhenShown.join(noticeBox.visibleProperty(), root, 1, noticeBox);
        summary.textProperty().bind(vm.summaryProperty());
        notice.textProperty().bind(vm.document().reattachNoticeProperty().map(m -> m
                + " Select one under \u201cNeeds re-attaching\u201d, select its passage in the article, then "
                + "right-click \u25B8 Re-attach."));
        groupedList.setItems(vm.groupRows());
        groupedList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null && !b.isHeader()) {
                vm.select(b.card().id());
            }
        });
        vm.groupRows().addListener((ListChangeListener<ClaimsPanelViewModel.GroupRow>) c -> syncSelection(false));
        editor.activeProperty().subscribe(a -> placeEditor());
        editor.collapsedProperty().subscribe(c -> placeEditor());
        // remembered when the analyst drags it, not when a layout pass moves it
        split.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
            if (split.getItems().contains(editorScroll) && !split.getDividers().isEmpty()) {
                vm.options().rememberViewOption("panel.divider",
                        Double.toString(split.getDividers().get(0).getPosition()));
            }
        });
        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                e.consume();
                leaveEditor.run();
            }
        });
        placeholder.textProperty().bind(vm.emptyMessageProperty());
        groupedPlaceholder.textProperty().bind(vm.emptyMessageProperty());
        filterText.textProperty().bindBidirectional(vm.filterTextProperty());
        list.setItems(vm.cards());
        orphanList.setItems(vm.orphans());
        vm.issueCounts().addListener((ListChangeListener<IssueCount>) c -> rebuildIssueFilters());
        vm.actorChoices().addListener((ListChangeListener<Chip>) c -> rebuildActorFilter());
        vm.selection().filterProperty().addListener((o, a, b) -> {
            rebuildIssueFilters();
            rebuildActorFilter();
            clearFilter.setDisable(b.isEmpty());
        });
        clearFilter.setDisable(true);
        rebuildIssueFilters();
        rebuildActorFilter();

        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                vm.select(b.id());
            }
        });
        orphanList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                vm.select(b.id());
            }
        });
        vm.selection().selectedClaimIdProperty().addListener((o, a, b) -> syncSelection(true));
        // the editor opening below shrinks the list: keep the selected card in view
        list.heightProperty().addListener((o, a, b) -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (b.doubleValue() < a.doubleValue() && i >= 0) {
                reveal(list, i);
            }
        });
        vm.cards().addListener((ListChangeListener<ClaimCard>) c -> syncSelection(false));
        vm.orphans().addListener((ListChangeListener<ClaimCard>) c -> syncSelection(false));
    }

    private void syncSelection(boolean reveal) {
        String id = vm.selection().selectedClaimIdProperty().get();
        syncing = true;
        try {
            select(list, id, reveal);
            select(orphanList, id, reveal);
            selectGrouped(id, reveal);
        } finally {
            syncing = false;
        }
    }

    private static void select(ListView<ClaimCard> l, String id, boolean reveal) {
        ClaimCard current = l.getSelectionModel().getSelectedItem();
        if (current != null && current.id().equals(id) && !reveal) {
            return;
        }
        for (int i = 0; i < l.getItems().size(); i++) {
            if (l.getItems().get(i).id().equals(id)) {
                if (l.getSelectionModel().getSelectedIndex() != i) {
                    l.getSelectionModel().select(i);
                }
                if (reveal) {
                    reveal(l, i);
                }
                return;
            }
        }
        l.getSelectionModel().clearSelection();
    }

    private void selectGrouped(String id, boolean reveal) {
        ClaimsPanelViewModel.GroupRow current = groupedList.getSelectionModel().getSelectedItem();
        if (current != null && !current.isHeader() && current.card().id().equals(id) && !reveal) {
            return;
        }
        List<ClaimsPanelViewModel.GroupRow> rows = groupedList.getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isHeader() && rows.get(i).card().id().equals(id)) {
                groupedList.getSelectionModel().select(i);
                if (reveal) {
                    groupedList.scrollTo(Math.max(0, i - 1));
                }
                return;
            }
        }
        groupedList.getSelectionModel().clearSelection();
    }

    /**
     * Scrolls {@code l} just enough to show card {@code i} whole, once the panel's layout settled (selecting a
     * card opens the editor below the list, which shrinks it and could hide the card just clicked).
     */
    private static void reveal(ListView<ClaimCard> l, int i) {
        // twice: the selected card shows its whole quote, so it grows in the layout after the first scroll
        Runnable scroll = () -> {
            if (i >= l.getItems().size()) {
                return;
            }
            if (l.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                flow.scrollTo(i);
            } else {
                l.scrollTo(i);
            }
        };
        Platform.runLater(() -> {
            scroll.run();
            Platform.runLater(scroll);
        });
    }

    private void rebuildIssueFilters() {
        issueFilters.getChildren().clear();
        for (IssueCount ic : vm.issueCounts()) {
            ToggleButton b = new ToggleButton(ic.name() + "  " + ic.count());
            b.getStyleClass().setAll(Styles.FILTER_CHIP);
            Region dot = new Region();
            dot.getStyleClass().addAll(Styles.ISSUE_DOT, Styles.issueClass(ic.colorIndex()));
            b.setGraphic(dot);
            b.setSelected(vm.isIssueFiltered(ic.id()));
            b.setTooltip(new Tooltip(ic.key() > 0 ? "Key " + ic.key() + " toggles \u201C" + ic.name()
                    + "\u201D on the selected claim" : ic.name()));
            b.setOnAction(e -> vm.toggleIssueFilter(ic.id()));
            issueFilters.getChildren().add(b);
        }
        issueFilters.setVisible(!vm.issueCounts().isEmpty());
        issueFilters.setManaged(issueFilters.isVisible());
    }

    private void rebuildActorFilter() {
        actorFilter.getItems().clear();
        int n = 0;
        for (Chip a : vm.actorChoices()) {
            CheckMenuItem item = new CheckMenuItem(a.name());
            item.setSelected(vm.isActorFiltered(a.id()));
            n += item.isSelected() ? 1 : 0;
            item.setOnAction(e -> vm.toggleActorFilter(a.id()));
            actorFilter.getItems().add(item);
        }
        actorFilter.setText(n == 0 ? "Actors" : "Actors (" + n + ")");
        actorFilter.setDisable(vm.actorChoices().isEmpty());
    }

    /**
     * Puts the keyboard in the editor's summary (a claim was just recorded): the editor, just placed in the split,
     * is skinned now so it is in the scene at once, before the next key arrives.
     */
    public void focusEditorSummary() {
        if (editorNode != null && editorNode.getScene() == null && editorScroll.getScene() != null) {
            editorScroll.applyCss();
        }
        editor.focusSummary();
    }

    public ClaimEditorView editor() {
        return editor;
    }

    public ListView<ClaimCard> list() {
        return list;
    }
}
