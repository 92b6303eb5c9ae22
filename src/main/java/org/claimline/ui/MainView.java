package org.claimline.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.WindowEvent;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.claimline.ui.claims.ClaimEditorView;
import org.claimline.ui.claims.ClaimEditorViewModel;
import org.claimline.ui.claims.ClaimsPanelView;
import org.claimline.ui.claims.ClaimsPanelViewModel;
import org.claimline.ui.reader.CleanDoubtBanner;
import org.claimline.ui.reader.CleanDoubtViewModel;
import org.claimline.ui.action.ActionSet;
import org.claimline.ui.reader.FindViewModel;
import org.claimline.ui.reader.ReaderView;
import org.claimline.ui.reader.ReaderViewModel;
import org.claimline.ui.common.FxScheduler;
import org.claimline.ui.common.Styles;
import org.claimline.ui.taxonomy.TaxonomyView;
import org.claimline.ui.taxonomy.TaxonomyViewModel;

/** The main window: menus, toolbar, the article and the claims panel side by side, and the status bar. */
public final class MainView {
    private final ReaderViewModel vm;
    private final FileChoices files;
    private final WindowDialogs dialogs;
    private final ActionSet actions;
    private final WindowChrome chrome;
    private final ReaderView reader;
    private final ClaimsPanelView panel;
    /** Made when the taxonomy dialog first opens (it follows every edit once made). */
    private TaxonomyViewModel taxonomy;
    private final BorderPane root = new BorderPane();
    private final SplitPane split = new SplitPane();
    private final StackPane panelSlot = new StackPane();
    private boolean panelBuilt;
    /** The claims panel's nodes, once made ({@link #preparePanel}). */
    private Node panelNode;
    /** The window's content, made by {@link #prepare} (possibly off the FX thread) before it is shown. */
    private Parent prepared;
    /** The spinner and message shown over the reader while an article opens (in the window once needed). */
    private Node busyOverlay;
    /** The reader's side of the split: the article, the busy overlay and, when needed, the start page. */
    private StackPane left;
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
        this.files = new FileChoices(this);
        this.dialogs = new WindowDialogs(this);
        this.actions = WindowActions.create(this);
        this.chrome = new WindowChrome(this, actions);
    }

    /** Builds the scene and shows nothing yet; call {@link #bind()} next. */
    public Scene createScene(Stage owner) {
        prepare(owner);
        Parent built = prepared;
        double[] layout = vm.settings().windowLayout();
        scene = new Scene(built, layout[0], layout[1]);
        return scene;
    }

    /**
     * Builds the window's content for {@code owner} without putting it in a scene (start-up makes it, with the
     * article already in the view-model, before it replaces the preview, so one layout holds both).
     */
    public void prepare(Stage owner) {
        if (prepared == null) {
            prepared = buildRoot(owner);
        }
    }

    /**
     * Makes the claims panel's nodes now, so the window's first layout holds it; without this the panel is made once
     * the first article is on screen.
     */
    public void preparePanel() {
        if (panelNode == null) {
            panelNode = panel.createView();
            panelSlot.getChildren().setAll(panelNode);
        }
    }

    /**
     * Puts the window's content (made by {@link #prepare}, or now) into {@code existing} (the scene of the
     * start-up preview, already on screen), replacing its root; call {@link #bind()} next.
     */
    public void installIn(Stage owner, Scene existing) {
        prepare(owner);
        scene = existing;
        existing.setRoot(prepared);
    }

    private Parent buildRoot(Stage owner) {
        this.stage = owner;
        CleanDoubtBanner doubt = new CleanDoubtBanner(
                new CleanDoubtViewModel(vm.sessionProperty(), vm::isSample, vm.showRemovedProperty()));
        reader.setBlockMenuExtras(doubt::blockMenuItems);
        reader.setSelectionMenu(() -> List.of(actions.menuItem("add-claim"), actions.menuItem("add-sentence")));
        Node readerNode = doubt.wrap(reader.createView());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(42, 42);
        Label busyLabel = new Label();
        busyLabel.textProperty().bind(vm.busyMessageProperty());
        VBox busy = new VBox(12, spinner, busyLabel);
        busy.setAlignment(Pos.CENTER);
        busy.getStyleClass().add(Styles.BUSY_OVERLAY);
        busy.visibleProperty().bind(vm.busyProperty());
        busyOverlay = busy;
        // the overlay joins the window the first time something is opening (bind): hidden, it would still be
        // styled, spinner and all, in the first pulse of a launch whose article is already open
        left = new StackPane(readerNode);
        // the claims panel is made right after the article is on screen: the reader does not wait for it
        Label panelTitle = new Label("Claims");
        panelTitle.getStyleClass().add("panel-title");
        HBox panelHead = new HBox(panelTitle);
        panelHead.getStyleClass().add("panel-header");
        panelSlot.getChildren().add(new VBox(panelHead));
        panelSlot.getStyleClass().add(Styles.CLAIMS_PANEL);
        SplitPane.setResizableWithParent(panelSlot, false);
        split.getItems().addAll(left, panelSlot);
        root.setTop(new VBox(chrome.menuBar(), chrome.toolBar()));
        root.setCenter(split);
        root.setBottom(chrome.statusBar());
        split.setDividerPositions(vm.settings().windowLayout()[2]);
        return root;
    }

    private void showStartPage(StackPane left) {
        if (noArticle.get() && left.lookup("#start-page") == null) {
            Node start = StartPage.create(vm, new StartPage.Actions(files::chooseFile, this::openFolder,
                    openFolderAvailable, this::openFile, this::openSampleAsked, this::showGettingStarted));
            start.visibleProperty().bind(noArticle);
            left.getChildren().add(1, start);
        }
    }

    public void bind() {
        reader.bind();
        org.claimline.ui.common.WhenShown.join(busyOverlay.visibleProperty(), left, Integer.MAX_VALUE, busyOverlay);
        if (panelNode != null) {
            buildPanel(); // made beside the start-up preview: bound now, with the rest
        }
        // the start page is made the first time no article is shown (most launches open one and never need it)
        noArticle = vm.hasArticleProperty().not().and(vm.busyProperty().not());
        noArticle.subscribe(none -> {
            if (none) {
                // a moment later: at launch the first article starts opening in the same turn (no start page then)
                Platform.runLater(() -> showStartPage(left));
            }
        });
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
                dialogs.showProblem(b);
            }
        });
        // an article opened before the window was shown (start-up) reports its problem once the window is up
        org.claimline.document.Problem early = vm.problemProperty().get();
        if (early != null) {
            Platform.runLater(() -> dialogs.showProblem(early));
        }
        stage.titleProperty().bind(vm.titleProperty());
        // the keyboard starts in the article (not in the panel's filter), ready for Shift+arrows and Ctrl+Enter
        // (also for an article opened before the window was shown)
        vm.sessionProperty().subscribe(s -> {
            if (s != null) {
                Platform.runLater(() -> reader.area().requestFocus());
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, actions::handle);
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
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> chrome.rebuildRecent());
        chrome.rebuildRecent();
        vm.saveConflictsProperty().addListener((o, a, b) -> {
            if (b != null) {
                dialogs.askSaveConflicts(b);
            }
        });
        vm.importConflictsProperty().addListener((o, a, b) -> {
            if (b != null) {
                dialogs.askImportConflicts(b);
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
        preparePanel();
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

    void openFolder() {
        if (openFolderAction != null) {
            openFolderAction.run();
        }
    }

    void openSampleAsked() {
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

    void quit() {
        if (confirmLeave("Quit")) {
            stage.close();
        }
    }

    void showTaxonomy() {
        if (vm.session() != null) {
            if (taxonomy == null) {
                taxonomy = new TaxonomyViewModel(vm);
            }
            new TaxonomyView(taxonomy, scene.getStylesheets(), root.getStyle()).show(stage);
        }
    }

    void showGettingStarted() {
        GettingStarted.show(stage, scene.getStylesheets());
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
        ws.attach(new WorkspaceHost(this));
        setOpenFolderAction(ws::chooseFolder);
        ws.actions().forEach(actions::add);
        MenuBar bar = (MenuBar) ((VBox) root.getTop()).getChildren().get(0);
        for (Menu m : bar.getMenus()) {
            switch (m.getText()) {
                case "File" -> m.getItems().addAll(3, List.of(ws.recentMenu(), actions.menuItem("add-link"),
                        actions.menuItem("new-from-clipboard"), actions.menuItem("coder-identity")));
                case "View" -> {
                    m.getItems().add(0, new SeparatorMenuItem());
                    m.getItems().addAll(0, List.of(actions.menuItem("library"), actions.menuItem("next-article"),
                            actions.menuItem("previous-article")));
                }
                case "Tools" -> m.getItems().add(actions.menuItem("codebook"));
                default -> {
                }
            }
        }
    }

    private org.claimline.ui.workspace.WorkspaceUi workspace;
    private Node libraryNode;
    /** True while the library stands in the reader's place (the status bar then leaves out the reader's state). */
    private final javafx.beans.property.BooleanProperty libraryOnScreen =
            new javafx.beans.property.SimpleBooleanProperty(this, "libraryOnScreen");

    javafx.beans.value.ObservableBooleanValue libraryOnScreenProperty() {
        return libraryOnScreen;
    }

    void showLibrary(boolean show) {
        if (workspace == null) {
            return;
        }
        if (libraryNode == null) {
            if (!show) {
                return;
            }
            libraryNode = workspace.node();
        }
        root.setCenter(show ? libraryNode : split);
        libraryOnScreen.set(show);
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

    /**
     * Before the article is closed (quit, window closed, another file opened): saves when it can; when the
     * claims could not be saved, asks whether to save them elsewhere, discard them or stay.
     */
    public boolean confirmLeave(String action) {
        return dialogs.confirmLeave(action);
    }

    /** The window's actions (menus, toolbar, keys and the shortcut listing are made from them). */
    public ActionSet actions() {
        return actions;
    }

    FileChoices files() {
        return files;
    }

    WindowDialogs dialogs() {
        return dialogs;
    }

    Scene scene() {
        return scene;
    }

    boolean panelBuilt() {
        return panelBuilt;
    }

    Menu panelGroupingMenu() {
        return panel.groupingMenu();
    }

    javafx.beans.property.ReadOnlyBooleanProperty openFolderAvailableProperty() {
        return openFolderAvailable;
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
