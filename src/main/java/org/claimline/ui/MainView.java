package org.claimline.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.DirectoryChooser;
import javafx.stage.WindowEvent;
import org.claimline.export.ExportFormat;
import org.claimline.model.Claim;
import org.claimline.session.AnnotationMerge;
import org.claimline.session.ThreeWayMerge;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.claimline.ui.claims.ClaimEditorView;
import org.claimline.ui.claims.ClaimEditorViewModel;
import org.claimline.ui.claims.ClaimsPanelView;
import org.claimline.ui.claims.ClaimsPanelViewModel;
import org.claimline.ui.reader.CleanDoubtBanner;
import org.claimline.ui.reader.CleanDoubtViewModel;
import org.claimline.ui.reader.FindViewModel;
import org.claimline.ui.reader.ReaderView;
import org.claimline.ui.reader.ReaderViewModel;
import org.claimline.ui.common.FxScheduler;
import org.claimline.ui.common.ReaderSettings;
import org.claimline.ui.common.Styles;
import org.claimline.document.Problem;
import org.claimline.document.SaveState;
import org.claimline.ui.taxonomy.TaxonomyView;
import org.claimline.ui.taxonomy.TaxonomyViewModel;

/** The main window: menus, toolbar, the article and the claims panel side by side, and the status bar. */
public final class MainView {
    /** Every shortcut: key, what it does (also the Help ▸ Shortcuts listing). */
    static final List<String[]> SHORTCUTS = List.of(
            new String[] {"Reading", ""},
            new String[] {"Ctrl+O", "Open an article (.txt, .html)"},
            new String[] {"Ctrl+F / F3 / Shift+F3", "Find in the article, next, previous"},
            new String[] {"Ctrl+= / Ctrl+- / Ctrl+0", "Zoom in, out, reset"},
            new String[] {"Claims", ""},
            new String[] {"Shift+arrows or mouse", "Select a passage"},
            new String[] {"Ctrl+Enter", "Record the selection as a claim (snapped to whole words)"},
            new String[] {"Ctrl+Alt+Enter", "Record the whole sentence(s) of the selection, or the caret's"},
            new String[] {"Alt+\u2193 / Alt+\u2191", "Next, previous claim"},
            new String[] {"Escape in the claim editor", "Back to the article, caret after the claim"},
            new String[] {"1 \u2013 9", "Toggle issue 1\u20139 on the selected claim"},
            new String[] {"Enter in Issues / Actors", "Add the tag (new names are created)"},
            new String[] {"Ctrl+Tab", "Leave a text box"},
            new String[] {"Delete", "Delete the selected claim (in the list)"},
            new String[] {"Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y", "Undo, redo"},
            new String[] {"Ctrl+T", "Taxonomy: issues and actors"});

    private final ReaderViewModel vm;
    private final ReaderView reader;
    private final ClaimsPanelView panel;
    /** Made when the taxonomy dialog first opens (it follows every edit once made). */
    private TaxonomyViewModel taxonomy;
    private final BorderPane root = new BorderPane();
    private final SplitPane split = new SplitPane();
    private final StackPane panelSlot = new StackPane();
    private boolean panelBuilt;
    private final Menu recentMenu = new Menu("Open Recent");
    private Stage stage;
    private Scene scene;
    /** File ▸ Open Folder and the start page's button; null until the app provides the folder view. */
    private Runnable openFolderAction;
    /** No article shown and none opening: the start page (held here: bindings listen weakly). */
    private javafx.beans.binding.BooleanBinding noArticle;
    private final javafx.beans.property.BooleanProperty openFolderAvailable =
            new javafx.beans.property.SimpleBooleanProperty(this, "openFolderAvailable");

    public MainView(ReaderViewModel vm) {
        this.vm = vm;
        this.reader = new ReaderView(vm, new FindViewModel());
        this.panel = new ClaimsPanelView(new ClaimsPanelViewModel(vm, vm, vm.settings()),
                new ClaimEditorView(new ClaimEditorViewModel(vm, vm, vm.settings())));
    }

    /** Builds the scene and shows nothing yet; call {@link #bind()} next. */
    public Scene createScene(Stage owner) {
        Parent built = buildRoot(owner);
        double[] layout = vm.settings().windowLayout();
        scene = new Scene(built, layout[0], layout[1]);
        return scene;
    }

    /**
     * Builds the window's content into {@code existing} (the scene of the start-up preview, already on screen),
     * replacing its root; call {@link #bind()} next.
     */
    public void installIn(Stage owner, Scene existing) {
        Parent built = buildRoot(owner);
        scene = existing;
        existing.setRoot(built);
    }

    private Parent buildRoot(Stage owner) {
        this.stage = owner;
        CleanDoubtBanner doubt = new CleanDoubtBanner(
                new CleanDoubtViewModel(vm.sessionProperty(), vm::isSample, vm.showRemovedProperty()));
        reader.setBlockMenuExtras(doubt::blockMenuItems);
        Node readerNode = doubt.wrap(reader.createView());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(42, 42);
        Label busyLabel = new Label();
        busyLabel.textProperty().bind(vm.busyMessageProperty());
        VBox busy = new VBox(12, spinner, busyLabel);
        busy.setAlignment(Pos.CENTER);
        busy.getStyleClass().add(Styles.BUSY_OVERLAY);
        busy.visibleProperty().bind(vm.busyProperty());
        StackPane left = new StackPane(readerNode, busy);
        // the start page is made the first time no article is shown (most launches open one and never need it)
        noArticle = vm.hasArticleProperty().not().and(vm.busyProperty().not());
        noArticle.subscribe(none -> {
            if (none) {
                // a moment later: at launch the first article starts opening in the same turn (no start page then)
                Platform.runLater(() -> showStartPage(left));
            }
        });
        // the claims panel is made right after the article is on screen: the reader does not wait for it
        Label panelTitle = new Label("Claims");
        panelTitle.getStyleClass().add("panel-title");
        HBox panelHead = new HBox(panelTitle);
        panelHead.getStyleClass().add("panel-header");
        panelSlot.getChildren().add(new VBox(panelHead));
        panelSlot.getStyleClass().add(Styles.CLAIMS_PANEL);
        SplitPane.setResizableWithParent(panelSlot, false);
        split.getItems().addAll(left, panelSlot);
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(split);
        root.setBottom(statusBar());
        split.setDividerPositions(vm.settings().windowLayout()[2]);
        return root;
    }

    private void showStartPage(StackPane left) {
        if (noArticle.get() && left.lookup("#start-page") == null) {
            Node start = StartPage.create(vm, new StartPage.Actions(this::chooseFile, this::openFolder,
                    openFolderAvailable, this::openFile, this::openSampleAsked, this::showGettingStarted));
            start.visibleProperty().bind(noArticle);
            left.getChildren().add(1, start);
        }
    }

    public void bind() {
        reader.bind();
        vm.renderedProperty().subscribe(r -> {
            if (r) {
                Platform.runLater(this::buildPanel);
            }
        });
        vm.startFailureProperty().subscribe(f -> {
            if (!f.isEmpty()) {
                buildPanel();
            }
        });
        applyTheme();
        vm.themeProperty().addListener((o, a, b) -> applyTheme());
        vm.revisionProperty().addListener((o, a, b) -> applyIssueColors());
        vm.problemProperty().addListener((o, a, b) -> {
            if (b != null) {
                showProblem(b);
            }
        });
        stage.titleProperty().bind(vm.titleProperty());
        // the keyboard starts in the article (not in the panel's filter), ready for Shift+arrows and Ctrl+Enter
        vm.sessionProperty().addListener((o, a, b) -> {
            if (b != null) {
                Platform.runLater(() -> reader.area().requestFocus());
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::globalKeys);
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            if (!files.isEmpty() && files.get(0).isDirectory() && workspace != null) {
                workspace.openFolder(files.get(0).toPath());
            } else if (!files.isEmpty() && confirmLeave("Open " + files.get(0).getName())) {
                vm.openFile(files.get(0).toPath());
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
        // autosave (the document controller's debounce) runs on the FX timer unless the app gave another
        if (!vm.document().autosaves()) {
            vm.autosaveWith(new FxScheduler());
        }
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> rebuildRecent());
        rebuildRecent();
        vm.saveConflictsProperty().addListener((o, a, b) -> {
            if (b != null) {
                askSaveConflicts(b);
            }
        });
        vm.importConflictsProperty().addListener((o, a, b) -> {
            if (b != null) {
                askImportConflicts(b);
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            if (!confirmLeave("Close Claimline")) {
                e.consume();
            }
        });
    }

    /** Builds the claims panel into its place (once: after the first article is on screen, or the start page). */
    private void buildPanel() {
        if (panelBuilt) {
            return;
        }
        panelBuilt = true;
        panelSlot.getChildren().setAll(panel.createView());
        panel.bind();
        panel.setOnLeave(reader::focusAfterSelectedClaim);
    }

    /**
     * What File ▸ Open Folder and the start page's "Open Folder…" do (the workspace view provides it); both are
     * hidden until it is set.
     */
    public void setOpenFolderAction(Runnable action) {
        openFolderAction = action;
        openFolderAvailable.set(action != null);
    }

    private void openFolder() {
        if (openFolderAction != null) {
            openFolderAction.run();
        }
    }

    private void openSampleAsked() {
        if (confirmLeave("Open the sample")) {
            vm.openSample();
        }
    }

    /** Records the selection as a claim and moves the keyboard to its summary. */
    public void addClaim(boolean wholeSentence) {
        buildPanel();
        if (reader.addClaim(wholeSentence)) {
            panel.focusEditorSummary();
        }
    }

    private void globalKeys(KeyEvent e) {
        boolean inText = scene.getFocusOwner() instanceof TextInputControl;
        if (e.isShortcutDown() && e.getCode() == KeyCode.ENTER) {
            addClaim(e.isAltDown());
        } else if (e.isShortcutDown() && !e.isShiftDown() && e.getCode() == KeyCode.Z) {
            vm.undo();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.Y || (e.isShiftDown() && e.getCode() == KeyCode.Z))) {
            vm.redo();
        } else if (!inText && !e.isShortcutDown() && !e.isAltDown() && e.getText() != null
                && e.getText().length() == 1 && e.getText().charAt(0) >= '1' && e.getText().charAt(0) <= '9') {
            if (!vm.toggleIssue(e.getText().charAt(0) - '0')) {
                return;
            }
        } else if (!inText && e.getCode() == KeyCode.DELETE && panel.isList(scene.getFocusOwner())) {
            vm.deleteSelected();
        } else if (e.isAltDown() && !e.isShortcutDown() && (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP)) {
            reader.goToAdjacentClaim(e.getCode() == KeyCode.DOWN);
        } else {
            return;
        }
        e.consume();
    }

    private MenuBar menuBar() {
        MenuItem open = item("Open\u2026", "Shortcut+O", this::chooseFile);
        MenuItem sample = item("Open Sample Article", null, this::openSampleAsked);
        MenuItem folder = item("Open Folder\u2026", null, this::openFolder);
        folder.visibleProperty().bind(openFolderAvailable);
        MenuItem importItem = item("Import Annotations\u2026", "Shortcut+I", this::chooseImport);
        importItem.setId("import-menu");
        Menu export = new Menu("Export Claims");
        for (ExportFormat f : ExportFormat.values()) {
            MenuItem m = item(f.description() + "\u2026", f == ExportFormat.MD ? "Shortcut+E" : null,
                    () -> chooseExport(f));
            m.setId("export-" + f.extension());
            export.getItems().add(m);
        }
        Menu exportFolder = new Menu("Export Folder");
        for (ExportFormat f : ExportFormat.values()) {
            exportFolder.getItems().add(item(f.description() + "\u2026", null, () -> chooseExportFolder(f)));
        }
        MenuItem saveAs = item("Save Annotations As\u2026", "Shortcut+Shift+S", this::chooseSaveAs);
        MenuItem analyse = item("Analyse Folder\u2026", "Shortcut+Shift+A", this::chooseAnalysisFolder);
        analyse.setDisable(vm.analysisFactory() == null);
        MenuItem quit = item("Quit", "Shortcut+Q", this::quit);
        Menu file = new Menu("File", null, open, folder, recentMenu, sample, new SeparatorMenuItem(), importItem,
                export, exportFolder, saveAs, new SeparatorMenuItem(), analyse, new SeparatorMenuItem(), quit);
        for (MenuItem m : List.of(importItem, export, saveAs)) {
            m.disableProperty().bind(vm.hasArticleProperty().not());
        }

        MenuItem undo = item("Undo", "Shortcut+Z", vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", vm::redo);
        redo.disableProperty().bind(vm.canRedoProperty().not());
        MenuItem add = item("Add Claim", "Shortcut+Enter", () -> addClaim(false));
        MenuItem addSentence = item("Add Claim for Whole Sentence", "Shortcut+Alt+Enter", () -> addClaim(true));
        add.disableProperty().bind(vm.hasArticleProperty().not());
        addSentence.disableProperty().bind(vm.hasArticleProperty().not());
        MenuItem nextClaim = item("Next Claim", "Alt+Down", () -> reader.goToAdjacentClaim(true));
        MenuItem previousClaim = item("Previous Claim", "Alt+Up", () -> reader.goToAdjacentClaim(false));
        MenuItem delete = item("Delete Claim", null, vm::deleteSelected);
        delete.disableProperty().bind(vm.selectedClaimIdProperty().isNull());
        MenuItem find = item("Find\u2026", "Shortcut+F", reader::showFind);
        MenuItem next = item("Find Next", "F3", () -> reader.find().next());
        MenuItem prev = item("Find Previous", "Shift+F3", () -> reader.find().previous());
        MenuItem copy = item("Copy Claims as Markdown", "Shortcut+Shift+C", this::copyAsMarkdown);
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), add, addSentence, delete, copy,
                new SeparatorMenuItem(), nextClaim, previousClaim, new SeparatorMenuItem(), find, next, prev);

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
        MenuItem zoomIn = item("Zoom In", "Shortcut+=", vm.settings()::zoomIn);
        MenuItem zoomOut = item("Zoom Out", "Shortcut+-", vm.settings()::zoomOut);
        MenuItem zoomReset = item("Actual Size", "Shortcut+0", vm.settings()::zoomReset);
        Menu view = new Menu("View", null, removed, panel.groupingMenu(), theme, new SeparatorMenuItem(), zoomIn,
                zoomOut, zoomReset);

        Menu tools = new Menu("Tools", null, item("Taxonomy\u2026", "Shortcut+T", this::showTaxonomy));
        MenuItem started = item("Getting Started", null, this::showGettingStarted);
        started.setId("getting-started-menu");
        Menu help = new Menu("Help", null, started, item("Keyboard Shortcuts", "F1", this::showShortcuts));
        MenuBar bar = new MenuBar(file, edit, view, tools, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, String accel, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accel != null) {
            m.setAccelerator(KeyCombination.keyCombination(accel));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private void rebuildRecent() {
        recentMenu.getItems().clear();
        for (Path p : vm.recentFiles()) {
            MenuItem m = new MenuItem(p.getFileName() + "   \u2014 " + (p.getParent() == null ? "" : p.getParent()));
            m.setMnemonicParsing(false);
            m.setOnAction(e -> {
                if (confirmLeave("Open " + p.getFileName())) {
                    vm.openFile(p);
                }
            });
            recentMenu.getItems().add(m);
        }
        recentMenu.setDisable(vm.recentFiles().isEmpty());
    }

    private ToolBar toolBar() {
        Button open = toolButton("Open\u2026", "Open an article (Ctrl+O)", this::chooseFile);
        Button add = toolButton("+  Add claim", "Record the selected passage (Ctrl+Enter)", () -> addClaim(false));
        add.getStyleClass().add("primary");
        add.setId("add-claim-button");
        add.disableProperty().bind(vm.hasArticleProperty().not());
        Button undo = toolButton("\u21B6 Undo", "Undo (Ctrl+Z)", vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        Button redo = toolButton("\u21B7 Redo", "Redo (Ctrl+Shift+Z)", vm::redo);
        redo.disableProperty().bind(vm.canRedoProperty().not());
        Button find = toolButton("Find", "Find in the article (Ctrl+F)", reader::showFind);
        ToggleButton removed = new ToggleButton("Removed text");
        removed.setTooltip(new Tooltip("Show what the cleaner dropped, greyed in place"));
        removed.selectedProperty().bindBidirectional(vm.showRemovedProperty());
        removed.setFocusTraversable(false);
        Button tax = toolButton("Taxonomy\u2026", "Issues and actors (Ctrl+T)", this::showTaxonomy);
        for (javafx.scene.control.ButtonBase b : List.of(find, removed, tax)) {
            b.disableProperty().bind(vm.hasArticleProperty().not());
        }
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button theme = toolButton("\u25D0", "Next theme", vm.settings()::nextTheme);
        ToolBar bar = new ToolBar(open, new Separator(), add, undo, redo, new Separator(), find, removed, tax, grow,
                theme);
        bar.setId("tool-bar");
        return bar;
    }

    private static Button toolButton(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private HBox statusBar() {
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
        saveAs.setTooltip(new Tooltip("Save the claims to a file of your choice (Ctrl+Shift+S)"));
        saveAs.setOnAction(e -> chooseSaveAs());
        saveAs.setFocusTraversable(false);
        saveAs.visibleProperty().bind(vm.saveStateProperty().map(SaveState::offersSaveAs));
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
                fade.setOnFinished(e -> vm.clearStatusMessage(b));
                fade.playFromStart();
            }
        });
        ProgressBar progress = new ProgressBar();
        progress.setId("export-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.progressProperty().greaterThanOrEqualTo(0));
        progress.managedProperty().bind(progress.visibleProperty());
        HBox.setHgrow(message, Priority.SOMETIMES);
        // a long message is cut short, never the file name, the count, the save state or the zoom
        for (javafx.scene.control.Labeled fixed : List.of(file, count, save, saveAs, zoom)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(vm.statusMessageProperty());
        message.tooltipProperty().bind(Bindings.when(vm.statusMessageProperty().isEmpty())
                .then((Tooltip) null).otherwise(whole));
        HBox bar = new HBox(file, count, message, grow, progress, save, saveAs, zoom);
        bar.getStyleClass().add(Styles.STATUS_BAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void applyTheme() {
        scene.getStylesheets().setAll(Styles.sheets(vm.themeProperty().get()));
        applyIssueColors();
    }

    private void applyIssueColors() {
        String style = vm.session() == null ? "" : Styles.issueColorVariables(vm.session().taxonomy(),
                vm.themeProperty().get());
        if (!style.equals(root.getStyle())) {
            root.setStyle(style);
        }
    }

    private void chooseFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open an article");
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles (*.txt, *.html, *.htm)", "*.txt", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter("Text dumps (*.txt)", "*.txt"),
                new FileChooser.ExtensionFilter("Saved web pages (*.html, *.htm)", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (vm.fileProperty().get() != null && vm.fileProperty().get().toAbsolutePath().getParent() != null) {
            fc.setInitialDirectory(vm.fileProperty().get().toAbsolutePath().getParent().toFile());
        }
        File f = fc.showOpenDialog(stage);
        if (f != null && confirmLeave("Open " + f.getName())) {
            vm.openFile(f.toPath());
        }
    }

    private File initialFolder() {
        Path f = vm.fileProperty().get();
        Path dir = f == null ? null : f.toAbsolutePath().getParent();
        return dir != null && java.nio.file.Files.isDirectory(dir) ? dir.toFile() : null;
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private void chooseExport(ExportFormat format) {
        if (vm.session() == null) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle("Export claims as " + format.description());
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.description() + " (*." + format.extension()
                + ")", "*." + format.extension()));
        fc.setInitialDirectory(initialFolder());
        fc.setInitialFileName(baseName(vm.sourceName()) + "-claims." + format.extension());
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            vm.exportTo(format, withExtension(f, format.extension()));
        }
    }

    private static Path withExtension(File f, String ext) {
        return f.getName().contains(".") ? f.toPath() : f.toPath().resolveSibling(f.getName() + "." + ext);
    }

    private void chooseAnalysisFolder() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Analyse every annotated article under a folder");
        dc.setInitialDirectory(initialFolder());
        File folder = dc.showDialog(stage);
        if (folder != null) {
            openAnalysis(folder.toPath());
        }
    }

    /**
     * Opens the analysis window over {@code folder}; a claim double-clicked there opens here, selected (unsaved
     * claims asked about first). Null when this window offers no analysis.
     */
    public org.claimline.ui.analysis.AnalysisWindow openAnalysis(Path folder) {
        if (vm.analysisFactory() == null) {
            return null;
        }
        org.claimline.ui.analysis.AnalysisViewModel avm = vm.analysisFactory().create(folder, (article, claimId) -> {
            if (confirmLeave("Open " + article.getFileName())) {
                vm.openFileAtClaim(article, claimId);
                stage.toFront();
            }
        });
        org.claimline.ui.analysis.AnalysisWindow w = new org.claimline.ui.analysis.AnalysisWindow(avm, stage,
                Styles.analysisSheets());
        w.show();
        avm.load();
        return w;
    }

    private void chooseExportFolder(ExportFormat format) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Export every annotated article under a folder");
        dc.setInitialDirectory(initialFolder());
        File folder = dc.showDialog(stage);
        if (folder == null) {
            return;
        }
        if (format.corpusIsOneFile()) {
            FileChooser fc = new FileChooser();
            fc.setTitle("Save the " + format.description());
            fc.setInitialDirectory(folder);
            fc.setInitialFileName(folder.getName() + "-claims." + format.extension());
            File out = fc.showSaveDialog(stage);
            if (out != null) {
                vm.exportFolder(format, folder.toPath(), withExtension(out, format.extension()));
            }
        } else {
            DirectoryChooser target = new DirectoryChooser();
            target.setTitle("Folder for the " + format.description() + " files (one per article)");
            File out = target.showDialog(stage);
            if (out != null) {
                vm.exportFolder(format, folder.toPath(), out.toPath());
            }
        }
    }

    private void chooseImport() {
        if (vm.session() == null) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle("Import annotations into " + vm.sourceName());
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Annotations (*.json, *.jsonld)", "*.json", "*.jsonld"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        fc.setInitialDirectory(initialFolder());
        File f = fc.showOpenDialog(stage);
        if (f != null) {
            vm.importAnnotations(f.toPath());
        }
    }

    private boolean chooseSaveAs() {
        if (vm.session() == null) {
            return false;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle("Save the annotations as");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Claimline annotations (*.json)", "*.json"));
        Path start = vm.saveAsFolder(Path.of(System.getProperty("user.home")));
        fc.setInitialDirectory(java.nio.file.Files.isDirectory(start) ? start.toFile() : null);
        fc.setInitialFileName(vm.sourceName() + "-copy.annotations.json");
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            vm.saveAs(withExtension(f, "json"));
            return true;
        }
        return false;
    }

    private void copyAsMarkdown() {
        String md = vm.copyAsMarkdown();
        if (!md.isEmpty()) {
            ClipboardContent c = new ClipboardContent();
            c.putString(md);
            Clipboard.getSystemClipboard().setContent(c);
        }
    }

    private void quit() {
        if (confirmLeave("Quit")) {
            stage.close();
        }
    }

    /**
     * Before the article is closed (quit, window closed, another file opened): saves when it can; when the
     * claims could not be saved, asks whether to save them elsewhere, discard them or stay.
     */
    public boolean confirmLeave(String action) {
        if (vm.saveBeforeClose()) {
            return true;
        }
        ButtonType saveAs = new ButtonType("Save As\u2026", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard Changes", ButtonBar.ButtonData.NO);
        String why = vm.isSample() ? "The claims you recorded on the built-in sample are not saved anywhere."
                : "The claims on " + vm.sourceName() + " have changes that are not saved ("
                + vm.saveStateProperty().get().label().toLowerCase(java.util.Locale.ROOT) + ").";
        Alert a = new Alert(Alert.AlertType.WARNING, why + "\nSave them to a file first, or discard them?", saveAs,
                discard, ButtonType.CANCEL);
        a.initOwner(stage);
        a.setTitle(action);
        a.setHeaderText("Unsaved claims");
        a.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == saveAs) {
            chooseSaveAs();
            return false; // the copy is written in the background; the user closes again once it is saved
        }
        return answer == discard;
    }

    private void showProblem(Problem p) {
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
        a.initOwner(stage);
        a.setTitle(p.title());
        a.setHeaderText(p.title());
        a.getDialogPane().setPrefWidth(560);
        a.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        a.setOnHidden(e -> {
            vm.clearProblem();
            ButtonType answer = a.getResult();
            if (answer == saveAs) {
                chooseSaveAs();
            } else if (answer == moveAside) {
                vm.moveSidecarAside();
            }
        });
        a.show();
    }

    private void askSaveConflicts(ThreeWayMerge.Result r) {
        List<ConflictsDialog.Row> rows = r.conflicts().stream().map(c -> new ConflictsDialog.Row(c.id(),
                describe(c.mine()), describe(c.theirs()), "")).toList();
        Platform.runLater(() -> ConflictsDialog.ask(stage, scene.getStylesheets(), "Claims changed on disk",
                "Another program or Claimline window changed these claims in the sidecar while you edited them "
                        + "here. Choose what to keep; \u201cKeep both\u201d keeps your version and adds theirs as a copy.",
                "On disk", rows, false).ifPresentOrElse(
                        answers -> vm.resolveSaveConflicts(mapAnswers(answers, ThreeWayMerge.Choice.MINE,
                                ThreeWayMerge.Choice.THEIRS, ThreeWayMerge.Choice.BOTH)),
                        () -> vm.resolveSaveConflicts(java.util.Map.of())));
    }

    private void askImportConflicts(AnnotationMerge.Result r) {
        List<ConflictsDialog.Row> rows = r.conflicts().stream().map(c -> new ConflictsDialog.Row(c.id(),
                describe(c.mine()), describe(c.theirs()), String.join(", ", c.differences()))).toList();
        Platform.runLater(() -> ConflictsDialog.ask(stage, scene.getStylesheets(), "Import: claims changed on both sides",
                r.summary() + "\nThese claims exist here and in the imported file with different content. "
                        + "Choose what to keep; the whole import is one undo step.",
                "Imported", rows, true).ifPresentOrElse(
                        answers -> vm.resolveImport(mapAnswers(answers, AnnotationMerge.Resolution.MINE,
                                AnnotationMerge.Resolution.THEIRS, AnnotationMerge.Resolution.KEEP_BOTH)),
                        vm::cancelImport));
    }

    private static <T> java.util.Map<String, T> mapAnswers(java.util.Map<String, ConflictsDialog.Answer> answers,
                                                           T mine, T theirs, T both) {
        java.util.Map<String, T> out = new java.util.LinkedHashMap<>();
        answers.forEach((id, a) -> out.put(id, switch (a) {
            case MINE -> mine;
            case THEIRS -> theirs;
            case BOTH -> both;
        }));
        return out;
    }

    private static String describe(Claim c) {
        if (c == null) {
            return "(deleted)";
        }
        String quote = c.quote().length() > 90 ? c.quote().substring(0, 88) + "\u2026" : c.quote();
        return "\u201c" + quote + "\u201d\n" + c.summary() + (c.note().isBlank() ? "" : "\nNote: " + c.note().strip());
    }

    private void showTaxonomy() {
        if (vm.session() != null) {
            if (taxonomy == null) {
                taxonomy = new TaxonomyViewModel(vm);
            }
            new TaxonomyView(taxonomy, scene.getStylesheets(), root.getStyle()).show(stage);
        }
    }

    private void showGettingStarted() {
        GettingStarted.show(stage, scene.getStylesheets());
    }

    private void showShortcuts() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcuts-grid");
        int r = 0;
        for (String[] s : SHORTCUTS) {
            if (s[1].isEmpty()) {
                Label g = new Label(s[0]);
                g.getStyleClass().add("shortcut-group");
                grid.add(g, 0, r++, 2, 1);
                continue;
            }
            Label k = new Label(s[0]);
            k.getStyleClass().add("shortcut-key");
            grid.add(k, 0, r);
            grid.add(new Label(s[1]), 1, r++);
        }
        Dialog<Void> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle("Keyboard shortcuts");
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        d.show();
    }

    /** Saves window size and divider for next time. */
    public void rememberLayout() {
        vm.settings().rememberWindowLayout(scene.getWidth(), scene.getHeight(), split.getDividerPositions()[0]);
    }

    /** Opens a file handed over later (second instance, drag onto the icon); unsaved claims are asked about first. */
    public void openFile(Path file) {
        if (workspace != null && java.nio.file.Files.isDirectory(file)) {
            workspace.openFolder(file);
        } else if (confirmLeave("Open " + file.getFileName())) {
            vm.openFile(file);
        }
    }

    /**
     * Adds the workspace (library, search, codebook, next / previous article) to this window: its menu items, and
     * the library in place of the reader when shown.
     */
    public void attachWorkspace(org.claimline.ui.workspace.WorkspaceUi ws) {
        this.workspace = ws;
        Node library = ws.node(new WorkspaceHost(this));
        MenuBar bar = (MenuBar) ((VBox) root.getTop()).getChildren().get(0);
        for (Menu m : bar.getMenus()) {
            switch (m.getText()) {
                case "File" -> m.getItems().addAll(1, ws.fileItems());
                case "View" -> {
                    m.getItems().add(0, new SeparatorMenuItem());
                    m.getItems().addAll(0, ws.viewItems());
                }
                case "Tools" -> m.getItems().addAll(ws.toolItems());
                default -> {
                }
            }
        }
        libraryNode = library;
    }

    private org.claimline.ui.workspace.WorkspaceUi workspace;
    private Node libraryNode;

    void showLibrary(boolean show) {
        if (libraryNode == null) {
            return;
        }
        root.setCenter(show ? libraryNode : split);
        if (show && stage != null) {
            stage.titleProperty().unbind();
            stage.setTitle(workspace.viewModel().rootProperty().get().getFileName() + " \u2014 Library \u2014 Claimline");
        } else if (stage != null) {
            stage.titleProperty().bind(vm.titleProperty());
        }
    }

    boolean libraryShown() {
        return libraryNode != null && root.getCenter() == libraryNode;
    }

    ReaderView readerView() {
        return reader;
    }

    Stage stage() {
        return stage;
    }

    public ReaderView reader() {
        return reader;
    }

    /** The claims panel, built if it was not yet (it is made once the first article is on screen). */
    public ClaimsPanelView panel() {
        buildPanel();
        return panel;
    }

    public ReaderViewModel viewModel() {
        return vm;
    }
}
