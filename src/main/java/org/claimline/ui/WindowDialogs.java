package org.claimline.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.claimline.document.Problem;
import org.claimline.model.Claim;
import org.claimline.session.AnnotationMerge;
import org.claimline.session.ThreeWayMerge;
import org.claimline.ui.action.ActionSet;
import org.claimline.ui.reader.ReaderViewModel;

/** The main window's dialogs: unsaved claims on leaving, problems, conflicts, the keyboard shortcuts. */
final class WindowDialogs {
    private final MainView w;
    private final ReaderViewModel vm;

    WindowDialogs(MainView w) {
        this.w = w;
        this.vm = w.viewModel();
    }

    /**
     * Before the article is closed (quit, window closed, another file opened): saves when it can; when the
     * claims could not be saved, asks whether to save them elsewhere, discard them or stay.
     */
    public boolean confirmLeave(String action) {
        if (vm.document().saveBeforeClose()) {
            return true;
        }
        ButtonType saveAs = new ButtonType("Save As\u2026", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard Changes", ButtonBar.ButtonData.NO);
        String why = vm.isSample() ? "The claims you recorded on the built-in sample are not saved anywhere."
                : "The claims on " + vm.sourceName() + " have changes that are not saved ("
                + vm.saveStateProperty().get().label().toLowerCase(java.util.Locale.ROOT) + ").";
        Alert a = new Alert(Alert.AlertType.WARNING, why + "\nSave them to a file first, or discard them?", saveAs,
                discard, ButtonType.CANCEL);
        a.initOwner(w.stage());
        a.setTitle(action);
        a.setHeaderText("Unsaved claims");
        a.getDialogPane().getStylesheets().setAll(w.scene().getStylesheets());
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == saveAs) {
            w.files().chooseSaveAs();
            return false; // the copy is written in the background; the user closes again once it is saved
        }
        return answer == discard;
    }

    void showProblem(Problem p) {
        Alert a;
        ButtonType saveAs = new ButtonType("Save As\u2026", ButtonBar.ButtonData.LEFT);
        ButtonType moveAside = new ButtonType("Move Aside and Start Fresh", ButtonBar.ButtonData.YES);
        ButtonType leave = new ButtonType("Leave It Untouched", ButtonBar.ButtonData.CANCEL_CLOSE);
        switch (p.kind()) {
            case SAVE_FAILED -> a = new Alert(Alert.AlertType.ERROR, p.message(), saveAs, ButtonType.OK);
            case SIDECAR_UNREADABLE -> a = new Alert(Alert.AlertType.WARNING, p.message(), moveAside, leave);
            case INFO -> a = new Alert(Alert.AlertType.INFORMATION, p.message(), ButtonType.OK);
            default -> a = new Alert(Alert.AlertType.ERROR, p.message(), ButtonType.OK);
        }
        a.initOwner(w.stage());
        a.setTitle(p.title());
        a.setHeaderText(p.title());
        a.getDialogPane().setPrefWidth(560);
        a.getDialogPane().getStylesheets().setAll(w.scene().getStylesheets());
        a.setOnHidden(e -> {
            vm.document().clearProblem();
            ButtonType answer = a.getResult();
            if (answer == saveAs) {
                w.files().chooseSaveAs();
            } else if (answer == moveAside) {
                vm.document().moveSidecarAside();
            }
        });
        a.show();
    }

    void askSaveConflicts(ThreeWayMerge.Result r) {
        List<ConflictsDialog.Row> rows = r.conflicts().stream().map(c -> new ConflictsDialog.Row(c.id(),
                describe(c.mine()), describe(c.theirs()), "")).toList();
        Platform.runLater(() -> ConflictsDialog.ask(w.stage(), w.scene().getStylesheets(), "Claims changed on disk",
                "Another program or Claimline window changed these claims in the sidecar while you edited them "
                        + "here. Choose what to keep; \u201cKeep both\u201d keeps your version and adds theirs as a copy.",
                "On disk", rows, false).ifPresentOrElse(
                        answers -> vm.document().resolveSaveConflicts(mapAnswers(answers, ThreeWayMerge.Choice.MINE,
                                ThreeWayMerge.Choice.THEIRS, ThreeWayMerge.Choice.BOTH)),
                        () -> vm.document().resolveSaveConflicts(java.util.Map.of())));
    }

    void askImportConflicts(AnnotationMerge.Result r) {
        List<ConflictsDialog.Row> rows = r.conflicts().stream().map(c -> new ConflictsDialog.Row(c.id(),
                describe(c.mine()), describe(c.theirs()), String.join(", ", c.differences()))).toList();
        Platform.runLater(() -> ConflictsDialog.ask(w.stage(), w.scene().getStylesheets(), "Import: claims changed on both sides",
                r.summary() + "\nThese claims exist here and in the imported file with different content. "
                        + "Choose what to keep; the whole import is one undo step.",
                "Imported", rows, true).ifPresentOrElse(
                        answers -> vm.document().resolveImport(mapAnswers(answers, AnnotationMerge.Resolution.MINE,
                                AnnotationMerge.Resolution.THEIRS, AnnotationMerge.Resolution.KEEP_BOTH)),
                        vm.document()::cancelImport));
    }

    static <T> java.util.Map<String, T> mapAnswers(java.util.Map<String, ConflictsDialog.Answer> answers,
                                                           T mine, T theirs, T both) {
        java.util.Map<String, T> out = new java.util.LinkedHashMap<>();
        answers.forEach((id, a) -> out.put(id, switch (a) {
            case MINE -> mine;
            case THEIRS -> theirs;
            case BOTH -> both;
        }));
        return out;
    }

    static String describe(Claim c) {
        if (c == null) {
            return "(deleted)";
        }
        String quote = c.quote().length() > 90 ? c.quote().substring(0, 88) + "\u2026" : c.quote();
        return "\u201c" + quote + "\u201d\n" + c.summary() + (c.note().isBlank() ? "" : "\nNote: " + c.note().strip());
    }

    /** Help ▸ Keyboard Shortcuts, listed from the window's actions. */
    void showShortcuts() {
        // groups laid out in two columns (the shorter column takes the next group), so the list fits a small screen
        GridPane[] columns = {new GridPane(), new GridPane()};
        int[] rows = new int[2];
        int col = 0;
        for (ActionSet.HelpRow s : w.actions().helpRows()) {
            if (s.isHeading()) {
                col = rows[0] <= rows[1] ? 0 : 1;
                Label g = new Label(s.text());
                g.getStyleClass().add("shortcut-group");
                columns[col].add(g, 0, rows[col]++, 2, 1);
                continue;
            }
            Label k = new Label(s.keys());
            k.getStyleClass().add("shortcut-key");
            columns[col].add(k, 0, rows[col]);
            columns[col].add(new Label(s.text()), 1, rows[col]++);
        }
        for (GridPane g : columns) {
            g.getStyleClass().add("shortcuts-grid");
            g.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.HBox both = new javafx.scene.layout.HBox(32, columns);
        javafx.scene.control.ScrollPane grid = new javafx.scene.control.ScrollPane(both);
        grid.setFitToWidth(true);
        grid.getStyleClass().add("shortcuts-scroll");
        double room = w.stage() == null ? 600 : Math.max(240, w.stage().getHeight() - 140);
        if (Math.max(rows[0], rows[1]) * 26.0 > room) {
            grid.setPrefViewportHeight(room);
        }
        Dialog<Void> d = new Dialog<>();
        d.initOwner(w.stage());
        d.setTitle("Keyboard shortcuts");
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.getDialogPane().getStylesheets().setAll(w.scene().getStylesheets());
        d.show();
    }
}
