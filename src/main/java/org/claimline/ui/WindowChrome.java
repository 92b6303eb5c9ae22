package org.claimline.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.claimline.document.SaveState;
import org.claimline.export.ExportFormat;
import org.claimline.ui.action.ActionSet;
import org.claimline.ui.common.ReaderSettings;
import org.claimline.ui.common.Styles;
import org.claimline.ui.reader.ReaderViewModel;
import org.claimline.ui.common.LazyTooltip;

/** The main window's menu bar, toolbar and status bar, made from its actions. */
final class WindowChrome {
    private final MainView w;
    private final ReaderViewModel vm;
    private final ActionSet actions;
    private final Menu recentMenu = new Menu("Open Recent");

    WindowChrome(MainView w, ActionSet actions) {
        this.w = w;
        this.vm = w.viewModel();
        this.actions = actions;
    }

    MenuBar menuBar() {
        MenuItem folder = actions.menuItem("open-folder");
        folder.visibleProperty().bind(w.openFolderAvailableProperty());
        Menu export = new Menu("Export Claims");
        Menu exportFolder = new Menu("Export Folder");
        for (ExportFormat f : ExportFormat.values()) {
            MenuItem m = actions.menuItem("export-" + f.extension());
            m.setId("export-" + f.extension());
            export.getItems().add(m);
            exportFolder.getItems().add(actions.menuItem("export-folder-" + f.extension()));
        }
        export.disableProperty().bind(vm.hasArticleProperty().not());
        Menu file = new Menu("File", null, actions.menuItem("open"), folder, recentMenu, actions.menuItem("open-sample"),
                new SeparatorMenuItem(), actions.menuItem("import"), export, exportFolder, actions.menuItem("save-as"),
                new SeparatorMenuItem(), actions.menuItem("analyse"), new SeparatorMenuItem(), actions.menuItem("quit"));
        Menu edit = new Menu("Edit", null, actions.menuItem("undo"), actions.menuItem("redo"), new SeparatorMenuItem(),
                actions.menuItem("add-claim"), actions.menuItem("add-sentence"), actions.menuItem("delete-claim"),
                actions.menuItem("copy-markdown"), new SeparatorMenuItem(), actions.menuItem("next-claim"),
                actions.menuItem("previous-claim"), new SeparatorMenuItem(), actions.menuItem("find"),
                actions.menuItem("find-next"), actions.menuItem("find-previous"));
        CheckMenuItem removed = new CheckMenuItem("Show Removed Text");
        removed.selectedProperty().bindBidirectional(vm.showRemovedProperty());
        Menu theme = new Menu("Theme");
        ToggleGroup themes = new ToggleGroup();
        for (String t : ReaderSettings.THEMES) {
            RadioMenuItem r = new RadioMenuItem(Character.toUpperCase(t.charAt(0)) + t.substring(1));
            r.setToggleGroup(themes);
            r.setSelected(t.equals(vm.themeProperty().get()));
            r.setOnAction(e -> vm.themeProperty().set(t));
            vm.themeProperty().addListener((o, a, b) -> r.setSelected(t.equals(b)));
            theme.getItems().add(r);
        }
        Menu view = new Menu("View", null, removed, w.panelGroupingMenu(), theme, new SeparatorMenuItem(),
                actions.menuItem("zoom-in"), actions.menuItem("zoom-out"), actions.menuItem("zoom-reset"));
        Menu tools = new Menu("Tools", null, actions.menuItem("taxonomy"));
        Menu help = new Menu("Help", null, actions.menuItem("getting-started"), actions.menuItem("shortcuts"));
        MenuBar bar = new MenuBar(file, edit, view, tools, help);
        bar.setId("menu-bar");
        return bar;
    }

    ToolBar toolBar() {
        Button add = actions.button("add-claim", "+  Add claim");
        add.getStyleClass().add("primary");
        add.setId("add-claim-button");
        ToggleButton removed = new ToggleButton("Removed text");
        LazyTooltip.install(removed, "Show what the cleaner dropped, greyed in place");
        removed.selectedProperty().bindBidirectional(vm.showRemovedProperty());
        removed.setFocusTraversable(false);
        removed.setId("removed-toggle");
        // like the reader's other commands, off while the library stands in the reader's place
        removed.disableProperty().bind(vm.hasArticleProperty().not().or(w.libraryOnScreenProperty()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ToolBar bar = new ToolBar(actions.button("open", "Open\u2026"), new Separator(), add,
                actions.button("undo", "\u21B6 Undo"), actions.button("redo", "\u21B7 Redo"), new Separator(),
                actions.button("find", "Find"), removed, actions.button("taxonomy", "Taxonomy\u2026"), grow,
                actions.button("next-theme", "\u25D0"));
        bar.setId("tool-bar");
        return bar;
    }

    void rebuildRecent() {
        recentMenu.getItems().clear();
        for (Path p : vm.recentFiles()) {
            MenuItem m = new MenuItem(p.getFileName() + "   \u2014 " + (p.getParent() == null ? "" : p.getParent()));
            m.setMnemonicParsing(false);
            m.setOnAction(e -> {
                if (w.confirmLeave("Open " + p.getFileName())) {
                    vm.openFile(p);
                }
            });
            recentMenu.getItems().add(m);
        }
        recentMenu.setDisable(vm.recentFiles().isEmpty());
    }

    HBox statusBar() {
        Label file = new Label();
        file.textProperty().bind(vm.fileLabelProperty());
        Label count = new Label();
        count.setId("status-claims");
        count.textProperty().bind(vm.claimCountTextProperty());
        Label save = new Label();
        save.setId("status-save");
        save.getStyleClass().add("save-state");
        vm.saveStateProperty().subscribe(b -> {
            save.getStyleClass().removeAll("saved", "unsaved", "warning");
            if (!b.tone().isEmpty()) {
                save.getStyleClass().add(b.tone());
            }
        });
        save.textProperty().bind(vm.saveStateProperty().map(SaveState::label));
        // where the claims are not safely on disk, the way to keep them is offered in the same place
        javafx.scene.control.Hyperlink saveAs = new javafx.scene.control.Hyperlink("Save As\u2026");
        saveAs.setId("status-save-as");
        saveAs.getStyleClass().add("status-save-as");
        LazyTooltip.install(saveAs, "Save the claims to a file of your choice (Ctrl+Shift+S)");
        saveAs.setOnAction(e -> w.files().chooseSaveAs());
        saveAs.setFocusTraversable(false);
        javafx.beans.binding.BooleanBinding reading = Bindings.not(w.libraryOnScreenProperty());
        saveAs.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.saveStateProperty().get().offersSaveAs() && reading.get(), vm.saveStateProperty(), reading));
        saveAs.managedProperty().bind(saveAs.visibleProperty());
        Label zoom = new Label();
        zoom.textProperty().bind(vm.zoomProperty().map(z -> Math.round(z.doubleValue() * 100) + "%"));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label message = new Label();
        message.setId("status-message");
        message.getStyleClass().add("status-message");
        message.textProperty().bind(vm.statusMessageProperty());
        message.setMinWidth(0);
        PauseTransition fade = new PauseTransition(Duration.seconds(12));
        vm.statusMessageProperty().addListener((o, a, b) -> {
            if (b != null && !b.isEmpty()) {
                fade.setOnFinished(e -> vm.document().clearStatusMessage(b));
                fade.playFromStart();
            }
        });
        ProgressBar progress = new ProgressBar();
        progress.setId("export-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.progressProperty().greaterThanOrEqualTo(0));
        progress.managedProperty().bind(progress.visibleProperty());
        HBox.setHgrow(message, Priority.SOMETIMES);
        // the library has its own status line: the reader's article, count and save state are not shown over it
        for (javafx.scene.control.Labeled own : List.of(file, count, save, zoom)) {
            own.visibleProperty().bind(reading);
            own.managedProperty().bind(reading);
        }
        // a long message is cut short, never the file name, the count, the save state or the zoom
        for (javafx.scene.control.Labeled fixed : List.of(file, count, save, saveAs, zoom)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        // the whole message as the line's tooltip while there is one (made with the first message)
        Tooltip[] whole = new Tooltip[1];
        vm.statusMessageProperty().subscribe(m -> {
            if (m == null || m.isEmpty()) {
                message.setTooltip(null);
                return;
            }
            if (whole[0] == null) {
                whole[0] = new Tooltip();
                whole[0].textProperty().bind(vm.statusMessageProperty());
            }
            message.setTooltip(whole[0]);
        });
        HBox bar = new HBox(file, count, message, grow, save, saveAs, zoom);
        // the progress bar joins the status line when an export first reports progress (hidden, its skin would be
        // made in the window's first pulse all the same); the subscription lives as long as the bar it fills
        org.claimline.ui.common.WhenShown.join(progress.visibleProperty(), bar, bar.getChildren().indexOf(save),
                progress);
        bar.getStyleClass().add(Styles.STATUS_BAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
