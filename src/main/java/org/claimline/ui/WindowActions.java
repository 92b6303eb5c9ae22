package org.claimline.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.TextInputControl;
import org.claimline.export.ExportFormat;
import org.claimline.ui.action.ActionSet;
import org.claimline.ui.action.UiAction;
import org.claimline.ui.reader.ReaderViewModel;

/** Every action of the main window, defined once; menus, toolbar, key filter and shortcut listing come from here. */
final class WindowActions {
    private WindowActions() {
    }

    static ActionSet create(MainView w) {
        ReaderViewModel vm = w.viewModel();
        FileChoices files = w.files();
        // an article is shown: the reader's commands do nothing to the article hidden behind the library
        ObservableBooleanValue article = Bindings.and(vm.hasArticleProperty(), Bindings.not(w.libraryOnScreenProperty()));
        ActionSet set = new ActionSet();
        String reading = "Reading";
        String claims = "Claims";
        String file = "Files";
        set.add(UiAction.of("open", "Open\u2026", reading, "Open an article (.txt, .html)", files::chooseFile,
                "Shortcut+O"));
        set.add(UiAction.of("open-sample", "Open Sample Article", reading, "", w::openSampleAsked));
        set.add(UiAction.of("open-folder", "Open Folder\u2026", reading, "Open a folder as a workspace", w::openFolder,
                "Shortcut+Shift+O")).enabledWhen(w.openFolderAvailableProperty());
        set.add(UiAction.of("find", "Find\u2026", reading, "Find in the article", w.reader()::showFind, "Shortcut+F"))
                .enabledWhen(article);
        set.add(UiAction.of("find-next", "Find Next", reading, "Next match", () -> w.reader().find().next(), "F3"));
        set.add(UiAction.of("find-previous", "Find Previous", reading, "Previous match",
                () -> w.reader().find().previous(), "Shift+F3"));
        set.add(UiAction.of("zoom-in", "Zoom In", reading, "Zoom in", vm.settings()::zoomIn, "Shortcut+="));
        set.add(UiAction.of("zoom-out", "Zoom Out", reading, "Zoom out", vm.settings()::zoomOut, "Shortcut+-"));
        set.add(UiAction.of("zoom-reset", "Actual Size", reading, "Actual size", vm.settings()::zoomReset,
                "Shortcut+0"));
        set.gesture(claims, "Shift+arrows or mouse", "Select a passage");
        set.add(UiAction.of("add-claim", "Add Claim", claims, "Record the selection as a claim (snapped to whole words)",
                () -> w.addClaim(false), "Shortcut+Enter")).enabledWhen(article);
        set.add(UiAction.of("add-sentence", "Add Claim for Whole Sentence", claims,
                "Record the whole sentence(s) of the selection, or the caret's", () -> w.addClaim(true),
                "Shortcut+Alt+Enter")).enabledWhen(article);
        set.add(UiAction.of("next-claim", "Next Claim", claims, "Next claim", () -> w.reader().goToAdjacentClaim(true),
                "Alt+Down")).enabledWhen(article);
        set.add(UiAction.of("previous-claim", "Previous Claim", claims, "Previous claim",
                () -> w.reader().goToAdjacentClaim(false), "Alt+Up")).enabledWhen(article);
        for (int n = 1; n <= 9; n++) {
            int issue = n;
            set.add(UiAction.of("issue-" + n, "Toggle Issue " + n, claims,
                    n == 1 ? "Toggle issue 1\u20139 on the selected claim" : "", () -> vm.navigator().toggleIssue(issue),
                    Integer.toString(n), "Numpad " + n)).enabledWhen(vm.selectedClaimIdProperty().isNotNull())
                    .keysOnlyWhen(() -> !(w.scene().getFocusOwner() instanceof TextInputControl))
                    .keysShownAs("1 \u2013 9");
        }
        set.add(UiAction.of("delete-claim", "Delete Claim", claims, "Delete the selected claim (in the list)",
                vm.navigator()::deleteSelected, "Delete")).enabledWhen(vm.selectedClaimIdProperty().isNotNull())
                .keysOnlyWhen(() -> w.panelBuilt() && w.panel().isList(w.scene().getFocusOwner()));
        set.add(UiAction.of("copy-markdown", "Copy Claims as Markdown", claims, "Copy the claims as Markdown",
                files::copyAsMarkdown, "Shortcut+Shift+C")).enabledWhen(article);
        set.add(UiAction.of("undo", "Undo", claims, "Undo", vm::undo, "Shortcut+Z")).enabledWhen(vm.canUndoProperty());
        set.add(UiAction.of("redo", "Redo", claims, "Redo", vm::redo, "Shortcut+Shift+Z", "Shortcut+Y"))
                .enabledWhen(vm.canRedoProperty());
        set.add(UiAction.of("taxonomy", "Taxonomy\u2026", claims, "Taxonomy: issues and actors", w::showTaxonomy,
                "Shortcut+T")).enabledWhen(article);
        set.gesture(claims, "Escape in the claim editor", "Back to the article, caret after the claim");
        set.gesture(claims, "Enter in Issues / Actors", "Add the tag (new names are created)");
        set.gesture(claims, "Ctrl+Tab", "Leave a text box");
        set.add(UiAction.of("import", "Import Annotations\u2026", file, "Import a colleague's annotations",
                files::chooseImport, "Shortcut+I")).enabledWhen(article);
        for (ExportFormat f : ExportFormat.values()) {
            set.add(UiAction.of("export-" + f.extension(), f.description() + "\u2026", file,
                    f == ExportFormat.MD ? "Export the claims as Markdown" : "", () -> files.chooseExport(f),
                    f == ExportFormat.MD ? new String[] {"Shortcut+E"} : new String[0])).enabledWhen(article);
            set.add(UiAction.of("export-folder-" + f.extension(), f.description() + "\u2026", file, "",
                    () -> files.chooseExportFolder(f)));
        }
        set.add(UiAction.of("save-as", "Save Annotations As\u2026", file, "Save the claims to a file of your choice",
                () -> files.chooseSaveAs(), "Shortcut+Shift+S")).enabledWhen(article);
        set.add(UiAction.of("analyse", "Analyse Folder\u2026", file, "Analyse every annotated article of a folder",
                files::chooseAnalysisFolder, "Shortcut+Shift+A"))
                .enabledWhen(Bindings.createBooleanBinding(() -> vm.analysisFactory() != null));
        set.add(UiAction.of("quit", "Quit", file, "Quit", w::quit, "Shortcut+Q"));
        set.add(UiAction.of("getting-started", "Getting Started", "Help", "", w::showGettingStarted));
        set.add(UiAction.of("shortcuts", "Keyboard Shortcuts", "Help", "This list", w.dialogs()::showShortcuts, "F1"));
        set.add(UiAction.of("next-theme", "Next Theme", reading, "", vm.settings()::nextTheme));
        return set;
    }
}
