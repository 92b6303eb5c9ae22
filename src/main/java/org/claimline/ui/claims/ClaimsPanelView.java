package org.claimline.ui.claims;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import javafx.scene.layout.VBox;
import org.claimline.ui.Styles;

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

        filterText.setPromptText("Filter claims\u2026");
        filterText.setId("filter-field");
        HBox.setHgrow(filterText, Priority.ALWAYS);
        actorFilter.setId("actor-filter");
        clearFilter.setId("clear-filter");
        clearFilter.setOnAction(e -> vm.clearFilter());
        HBox filterRow = new HBox(6, filterText, actorFilter, clearFilter);
        issueFilters.getStyleClass().add("issue-filters");
        issueFilters.setId("issue-filters");
        VBox filterBar = new VBox(6, filterRow, issueFilters);
        filterBar.getStyleClass().add("filter-bar");

        list.getStyleClass().add(Styles.CLAIM_LIST);
        list.setId("claim-list");
        list.setCellFactory(l -> new ClaimCardCell(l));
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);

        orphanList.getStyleClass().add(Styles.CLAIM_LIST);
        orphanList.setCellFactory(l -> new ClaimCardCell(l));
        orphanList.setPrefHeight(160);
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

        root.getChildren().addAll(header, filterBar, list, orphansBox, editor.createView());
        return root;
    }

    public void bind() {
        editor.bind();
        summary.textProperty().bind(vm.summaryProperty());
        placeholder.textProperty().bind(vm.emptyMessageProperty());
        filterText.textProperty().bindBidirectional(vm.filterTextProperty());
        list.setItems(vm.cards());
        orphanList.setItems(vm.orphans());
        vm.issueCounts().addListener((ListChangeListener<IssueCount>) c -> rebuildIssueFilters());
        vm.actorChoices().addListener((ListChangeListener<Chip>) c -> rebuildActorFilter());
        vm.main().filterProperty().addListener((o, a, b) -> {
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
        vm.main().selectedClaimIdProperty().addListener((o, a, b) -> syncSelection(true));
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
        String id = vm.main().selectedClaimIdProperty().get();
        syncing = true;
        try {
            select(list, id, reveal);
            select(orphanList, id, reveal);
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

    public ClaimEditorView editor() {
        return editor;
    }

    public ListView<ClaimCard> list() {
        return list;
    }
}
