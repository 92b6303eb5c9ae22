package org.claimline.ui.analysis;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import org.claimline.analysis.ClaimRow;
import org.claimline.ui.action.ActionSet;
import org.claimline.ui.action.UiAction;

/**
 * The analysis window's claims tab: every claim in one sortable table. Its actions (open in the reader, copy as
 * Markdown, export the selection) are defined once; the context menu and the table's keys are made from them.
 */
final class ClaimsTab {
    private ClaimsTab() {
    }

    static Node create(AnalysisViewModel vm, TableView<ClaimRow> table, Consumer<List<ClaimRow>> exportSelection,
            Function<Label, Node> toolbar) {
        table.setId("claims-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(vm.busyProperty())
                .then("Reading the folder\u2026").otherwise("No claims match the filter."));
        table.setPlaceholder(placeholder);
        table.getColumns().setAll(List.of(
                AnalysisParts.column("Article", 220, ClaimRow::title),
                AnalysisParts.column("Outlet", 130, ClaimRow::outlet),
                AnalysisParts.dateColumn(),
                AnalysisParts.column("Quote", 300, r -> AnalysisParts.oneLine(r.claim().quote())),
                AnalysisParts.column("Summary", 220, r -> AnalysisParts.oneLine(r.claim().summary())),
                AnalysisParts.column("Issues", 160, r -> String.join("; ", r.claim().issues())),
                AnalysisParts.column("Actors", 160, r -> String.join("; ", r.claim().actors())),
                AnalysisParts.column("Stance", 80, r -> r.claim().stance().id()),
                AnalysisParts.column("Note", 160, r -> AnalysisParts.oneLine(r.claim().note())),
                AnalysisParts.column("Anchoring", 80, r -> r.claim().status().id()),
                AnalysisParts.column("Coder", 80, r -> r.claim().coder() == null ? "" : r.claim().coder()),
                AnalysisParts.column("Modified", 150, r -> r.claim().modified() == null ? "" : r.claim().modified().toString())));
        SortedList<ClaimRow> sorted = new SortedList<>(vm.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(tv -> {
            TableRow<ClaimRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        ActionSet actions = actions(vm, table, exportSelection);
        table.setContextMenu(new ContextMenu(actions.menuItem("open-claim"), actions.menuItem("copy-claims"),
                actions.menuItem("export-selection")));
        table.addEventHandler(KeyEvent.KEY_PRESSED, actions::handle);
        Label hint = new Label("Double-click a claim to open it in the reader; Ctrl+C copies the selected rows "
                + "as Markdown.");
        hint.getStyleClass().add("muted");
        BorderPane p = new BorderPane(table);
        p.setBottom(toolbar.apply(hint));
        return p;
    }

    /** The claims table's actions, each once: menu items and keys are made from them. */
    static ActionSet actions(AnalysisViewModel vm, TableView<ClaimRow> table, Consumer<List<ClaimRow>> exportSelection) {
        var selected = table.getSelectionModel().selectedItemProperty().isNotNull();
        ActionSet set = new ActionSet();
        String group = "Claims table";
        set.add(UiAction.of("open-claim", "Open in Reader", group, "Open the claim in the reader",
                () -> vm.open(table.getSelectionModel().getSelectedItem()), "Enter")).enabledWhen(selected);
        set.add(UiAction.of("copy-claims", "Copy as Markdown", group, "Copy the selected rows as Markdown",
                () -> copySelection(vm, table), "Shortcut+C")).enabledWhen(selected);
        set.add(UiAction.of("export-selection", "Export Selection as CSV\u2026", group, "",
                () -> exportSelection.accept(List.copyOf(table.getSelectionModel().getSelectedItems()))))
                .enabledWhen(selected);
        return set;
    }

    private static void copySelection(AnalysisViewModel vm, TableView<ClaimRow> table) {
        List<ClaimRow> sel = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (sel.isEmpty()) {
            return;
        }
        ClipboardContent c = new ClipboardContent();
        c.putString(vm.markdown(sel));
        Clipboard.getSystemClipboard().setContent(c);
        vm.report("Copied " + sel.size() + (sel.size() == 1 ? " claim" : " claims") + " as Markdown");
    }
}
