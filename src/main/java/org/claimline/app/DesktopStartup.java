package org.claimline.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.claimline.cleaning.CleaningException;
import org.claimline.model.Article;

/**
 * What happens around the window at startup: options, the single-instance hand-off (before the toolkit loads, so
 * a second launch exits fast), smoke mode, and
 * remaking the AppCDS archive of a moved app image once the window is up. The window
 * only calls {@link #windowShown}.
 */
public final class DesktopStartup {
    private static volatile DesktopStartup current = new DesktopStartup(StartupOptions.parse(List.of()), null);
    /** Named moments of this launch (epoch ms, in the order they happened), printed by smoke mode. */
    private static final Map<String, Long> MARKS = new LinkedHashMap<>();

    private final StartupOptions options;
    private final SingleInstance instance;
    private volatile CompletableFuture<Article> initialArticle;

    private DesktopStartup(StartupOptions options, SingleInstance instance) {
        this.options = options;
        this.instance = instance;
    }

    /**
     * Cleans {@code file} (the built-in sample when empty) on a background thread; the future fails with the
     * reason when the file cannot be read or cleaned.
     */
    public static CompletableFuture<Article> loadArticle(Optional<Path> file) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return file.isEmpty() ? SampleArticle.clean() : AppContext.cleaner().clean(file.get());
            } catch (IOException | CleaningException e) {
                throw new CompletionException(e);
            } finally {
                mark("article cleaned in the background");
            }
        });
    }

    /**
     * The article named on the command line, already being cleaned since main: on two cores, cleaning beside the
     * toolkit's start-up instead of after it is most of the distance to the first frame.
     */
    public CompletableFuture<Article> initialArticle() {
        CompletableFuture<Article> f = initialArticle;
        if (f == null) {
            f = loadArticle(options.file());
            initialArticle = f;
        }
        return f;
    }

    /**
     * The initial article if it is cleaned within {@code wait} (it has been cleaning since main, beside the
     * toolkit's start-up); empty when it takes longer or fails (the reader then reports why).
     */
    public Optional<Article> initialArticleWithin(java.time.Duration wait) {
        try {
            return Optional.of(initialArticle().get(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS));
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * From main, before JavaFX loads. Returns false when this process has nothing more to do: the file went to the
     * running Claimline, or the options were wrong ({@code exitCode} receives the status).
     */
    static boolean begin(String[] args, java.util.function.IntConsumer exitCode) {
        StartupOptions options;
        try {
            options = StartupOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("claimline: " + e.getMessage());
            AppContext.cli().usage(System.err);
            exitCode.accept(2);
            return false;
        }
        if (options.smoke()) {
            // smoke runs (CI, the CDS training, benchmarks) must never hand off to or block a real session
            SmokeMode.armWatchdog(options.smokeTimeout().plusSeconds(5), System.err);
            current = new DesktopStartup(options, null);
            current.initialArticle();
            return true;
        }
        SingleInstance.Outcome outcome = SingleInstance.claim(SingleInstance.defaultDir(), options.file());
        if (outcome instanceof SingleInstance.HandedOff) {
            exitCode.accept(0);
            return false;
        }
        SingleInstance instance = null;
        if (outcome instanceof SingleInstance.Primary p) {
            instance = p.instance();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "claimline-single-instance-close"));
        } else if (outcome instanceof SingleInstance.Standalone s) {
            System.err.println("claimline: running without single-instance service: " + s.reason());
        }
        current = new DesktopStartup(options, instance);
        current.initialArticle();
        return true;
    }

    /** Records that the launch reached {@code moment} now (smoke mode prints the steps between the moments). */
    public static void mark(String moment) {
        long now = System.currentTimeMillis();
        synchronized (MARKS) {
            MARKS.putIfAbsent(moment, now);
        }
    }

    static Map<String, Long> marks() {
        synchronized (MARKS) {
            return new LinkedHashMap<>(MARKS);
        }
    }

    public static DesktopStartup current() {
        return current;
    }

    public StartupOptions options() {
        return options;
    }

    /**
     * Call on the FX thread right after {@code stage.show()}. {@code firstRender} completes when the article is on
     * screen; {@code openFile} opens a file another launch handed over (called on the FX thread).
     */
    public void windowShown(Stage stage, CompletableFuture<Void> firstRender, Consumer<Path> openFile) {
        if (options.smoke()) {
            new SmokeMode(options, System.out, System.err, code -> {
                System.out.flush();
                System.exit(code);
            }).watch(stage, firstRender);
            return;
        }
        if (instance != null) {
            instance.onRequest(request -> Platform.runLater(() -> {
                request.ifPresent(openFile);
                stage.setIconified(false);
                stage.toFront();
                stage.requestFocus();
            }));
        }
        firstRender.thenRun(CdsArchive::regenerateInBackgroundIfUseful);
    }

    Optional<SingleInstance> singleInstance() {
        return Optional.ofNullable(instance);
    }
}
