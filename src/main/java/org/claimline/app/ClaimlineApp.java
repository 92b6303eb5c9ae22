package org.claimline.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.claimline.model.Article;
import org.claimline.ui.MainView;
import org.claimline.ui.reader.ReaderViewModel;
import org.claimline.ui.common.Styles;
import org.claimline.ui.common.UiPreferences;
import org.claimline.ui.reader.ArticlePreview;

/**
 * The JavaFX application: wires the reader window and opens the sample or the file given.
 *
 * <p>Start-up shows the article first: when the article (cleaning since main) is ready, the first frame is an
 * {@link ArticlePreview}, the article laid out as the reader shows it but made of plain nodes; the reader window,
 * whose controls, RichTextFX area and style sheets take several times longer to build, replaces it right after
 * that frame. Without the article in time, the reader window is the first frame, with its busy overlay.
 */
public final class ClaimlineApp extends Application {
    /** How long the first frame may wait for the article before the window shows without it. */
    private static final Duration PREVIEW_WAIT = Duration.ofMillis(500);

    /** A folder to open the analysis window over once the reader is up ({@code claimline analyse DIR}). */
    static volatile Path analyseOnStart;

    private ExecutorService io;
    /** Indexing and codebook changes: beside opening and saving articles, never in their way. */
    private ExecutorService workspaceIo;
    private UiPreferences preferences;
    private MainView view;
    /** Files handed over (second launch) while the preview was up, opened once the reader is built. */
    private final List<Path> pending = new ArrayList<>();

    static void launchApp(String[] args) {
        Application.launch(ClaimlineApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        DesktopStartup.mark("toolkit started");
        io = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "claimline-io");
            t.setDaemon(false);
            return t;
        });
        DesktopStartup startup = DesktopStartup.current();
        UiPreferences prefs = AppContext.preferences();
        preferences = prefs;
        workspaceIo = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "claimline-workspace");
            t.setDaemon(true);
            return t;
        });
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        CompletableFuture<Void> firstRender = new CompletableFuture<>();
        Optional<Article> article = startup.initialArticleWithin(PREVIEW_WAIT);
        DesktopStartup.mark("article cleaned");
        if (article.isPresent()) {
            Scene scene = previewScene(org.claimline.ui.common.ReaderSettings.appearance(prefs), article.get(), fileName(startup));
            DesktopStartup.mark("preview made");
            stage.setScene(scene);
            stage.setTitle(fileName(startup) + " \u2014 Claimline");
            stage.show();
            startup.windowShown(stage, firstRender, this::openFile);
            SmokeMode.afterNextPulse(() -> {
                DesktopStartup.mark(SmokeMode.ARTICLE_ON_SCREEN);
                // a pulse later, so the frame is out before the FX thread is busy building the reader
                Platform.runLater(() -> buildReader(stage, prepareReader(stage, startup, prefs), scene, startup,
                        firstRender));
            });
        } else {
            view = new MainView(readerViewModel(startup, prefs));
            DesktopStartup.mark("view made");
            stage.setScene(view.createScene(stage));
            DesktopStartup.mark("scene made");
            view.bind();
            attachWorkspace(view);
            stage.setOnHidden(e -> view.rememberLayout());
            stage.show();
            whenRendered(view.viewModel(), firstRender);
            startup.windowShown(stage, firstRender, this::openFile);
            open(startup);
            analyseIfAsked();
        }
    }

    private void analyseIfAsked() {
        Path dir = analyseOnStart;
        if (dir != null) {
            analyseOnStart = null;
            Platform.runLater(() -> view.openAnalysis(dir));
        }
    }

    private ReaderViewModel readerViewModel(DesktopStartup startup, UiPreferences prefs) {
        ReaderViewModel vm = AppContext.readerViewModel(io, Platform::runLater, startup, prefs);
        DesktopStartup.mark("view-model made");
        return vm;
    }

    /** The first frame: {@code article} as the reader will lay it out, at the remembered size, zoom and theme. */
    static Scene previewScene(org.claimline.ui.common.ReaderSettings.Appearance look, Article article, String fileName) {
        Scene scene = new Scene(ArticlePreview.create(article, look.width(), look.height(), look.divider(),
                look.zoom(), fileName), look.width(), look.height());
        scene.getStylesheets().setAll(Styles.previewSheets(look.theme()));
        return scene;
    }

    /**
     * Makes the reader window before it joins the scene: the view-model with the launch's article and claims
     * opened into it, then the window's nodes and the claims panel. Put in the scene after that, the reader's first
     * layout holds the article and the panel, instead of the window, then the article, then the panel a pulse
     * apart. (Made on a thread of its own beside the preview, it was measured to slow the preview's frame by up to
     * a sixth on two cores and to gain the reader nothing.)
     */
    private Prepared prepareReader(Stage stage, DesktopStartup startup, UiPreferences prefs) {
        ReaderViewModel vm = readerViewModel(startup, prefs);
        // a folder opens as the window's library instead (after the window is up)
        Optional<Path> file = startup.options().file();
        boolean opened = file.isEmpty() || !java.nio.file.Files.isDirectory(file.get());
        if (opened) {
            vm.openBeforeShown(file.orElse(null));
            DesktopStartup.mark("article opened");
        }
        MainView v = new MainView(vm);
        v.prepare(stage);
        v.preparePanel();
        DesktopStartup.mark("view prepared");
        return new Prepared(v, opened);
    }

    /** The reader window made before it joins the scene; {@code opened}: the launch's article is already in it. */
    private record Prepared(MainView view, boolean opened) {
    }

    /** The reader window, built into the preview's scene once the preview is on screen. */
    void buildReader(Stage stage, Prepared prepared, Scene scene, DesktopStartup startup,
            CompletableFuture<Void> firstRender) {
        MainView v = prepared.view();
        ReaderViewModel vm = v.viewModel();
        v.installIn(stage, scene);
        DesktopStartup.mark("scene made");
        v.bind();
        attachWorkspace(v);
        view = v;
        stage.setOnHidden(e -> v.rememberLayout());
        whenRendered(vm, firstRender);
        if (!prepared.opened()) {
            open(startup);
        }
        pending.forEach(v::openFile);
        pending.clear();
        analyseIfAsked();
    }

    private void attachWorkspace(MainView v) {
        v.attachWorkspace(AppContext.workspaceUi(workspaceIo, Platform::runLater, preferences));
    }

    /** The file given, or for a folder the sample in the reader and the folder's library in front. */
    private void open(DesktopStartup startup) {
        startup.options().file().ifPresentOrElse(f -> {
            if (java.nio.file.Files.isDirectory(f)) {
                view.viewModel().openSample();
            }
            view.openFile(f);
        }, () -> view.viewModel().openSample());
    }

    /**
     * Completes {@code firstRender} when the article is on screen, or with the reason when opening it failed
     * before (smoke mode then fails at once instead of waiting for its timeout).
     */
    static void whenRendered(ReaderViewModel vm, CompletableFuture<Void> firstRender) {
        vm.renderedProperty().subscribe(r -> {
            if (r) {
                firstRender.complete(null);
            }
        });
        vm.problemProperty().subscribe(p -> {
            if (p != null && p.kind() == org.claimline.document.Problem.Kind.ERROR && !vm.renderedProperty().get()) {
                firstRender.completeExceptionally(new IllegalStateException(p.title() + ": " + p.message()));
            }
        });
        // nothing shown yet: the start page says why, and the wait for the first render ends with that reason
        vm.startFailureProperty().subscribe(f -> {
            if (!f.isEmpty() && !vm.renderedProperty().get()) {
                firstRender.completeExceptionally(new IllegalStateException(f));
            }
        });
    }

    private static String fileName(DesktopStartup startup) {
        return startup.options().file().map(p -> String.valueOf(p.getFileName())).orElse(SampleArticle.FILE_NAME);
    }

    /** Opens {@code file} in the running window (second-instance hand-off, drag and drop). */
    void openFile(Path file) {
        if (view == null) {
            pending.add(file);
        } else {
            view.openFile(file);
        }
    }

    @Override
    public void stop() {
        if (view != null) {
            view.viewModel().document().saveNow();
        }
        if (io != null) {
            io.shutdown(); // lets a save in progress finish
        }
    }
}
