package org.claimline.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * {@code --smoke}: waits until the window says the article is rendered, optionally writes a screenshot, prints
 * the startup timings and exits (0, or 1 with a message on failure or timeout). CI runs it against the packaged
 * app, so a package that cannot show an article fails the build.
 */
public final class SmokeMode {
    /** The mark of the first frame that shows the article (see ClaimlineApp). */
    static final String ARTICLE_ON_SCREEN = "article on screen";
    private final StartupOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final IntConsumer exit;
    private long shownMillis;

    public SmokeMode(StartupOptions options, PrintStream out, PrintStream err, IntConsumer exit) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.exit = exit;
    }

    /**
     * Guards the whole run, including a toolkit that never starts or a window that never shows: the JVM is halted
     * with status 1 after {@code timeout}.
     */
    public static void armWatchdog(java.time.Duration timeout, PrintStream err) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(timeout.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            err.println("claimline --smoke: timed out after " + timeout.toSeconds() + " s");
            err.flush();
            Runtime.getRuntime().halt(1);
        }, "claimline-smoke-watchdog");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Call on the FX thread right after {@code stage.show()}. {@code firstRender} is the window's own signal that
     * the article is on screen; smoke mode then waits one more pulse so the snapshot has the laid-out text.
     */
    public void watch(Stage stage, CompletableFuture<Void> firstRender) {
        shownMillis = System.currentTimeMillis();
        DesktopStartup.mark("stage shown");
        firstRender.orTimeout(options.smokeTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((ok, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        fail(failure instanceof TimeoutException || failure.getCause() instanceof TimeoutException
                                ? "no article rendered within " + options.smokeTimeout().toSeconds() + " s"
                                : "the article did not render: " + reason(failure));
                    } else {
                        afterNextPulse(() -> finish(stage.getScene()));
                    }
                }));
    }

    /**
     * The hook for simple windows: completes on the first pulse after {@code scene} got its content, which is when
     * the text has been laid out and drawn.
     */
    public static CompletableFuture<Void> firstPulse() {
        CompletableFuture<Void> rendered = new CompletableFuture<>();
        afterNextPulse(() -> rendered.complete(null));
        return rendered;
    }

    /** Runs {@code action} on the FX thread once the current scene has been laid out and drawn. */
    static void afterNextPulse(Runnable action) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // the first callback runs before that pulse's layout and render; the second comes after both
                if (++frames == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    private void finish(Scene scene) {
        long renderedMillis = System.currentTimeMillis();
        try {
            Optional<Path> shot = options.screenshot();
            if (shot.isPresent()) {
                writePng(scene.snapshot(null), shot.get());
            }
        } catch (IOException | RuntimeException e) {
            fail("screenshot failed: " + e);
            return;
        }
        long jvmStart = processStartMillis(renderedMillis);
        long main = Launcher.mainMillis == 0 ? jvmStart : Launcher.mainMillis;
        out.printf("smoke: ok%n");
        out.printf("smoke: process start -> main        %5d ms%n", main - jvmStart);
        out.printf("smoke: main -> stage shown      %5d ms%n", shownMillis - main);
        String previous = "main";
        long previousMillis = main;
        for (var m : DesktopStartup.marks().entrySet()) {
            if (m.getValue() >= main && m.getValue() <= renderedMillis) {
                out.printf("smoke:   %s -> %s %d ms%n", previous, m.getKey(), m.getValue() - previousMillis);
                previous = m.getKey();
                previousMillis = m.getValue();
            }
        }
        out.printf("smoke:   %s -> rendered %d ms%n", previous, renderedMillis - previousMillis);
        out.printf("smoke: stage shown -> rendered  %5d ms%n", renderedMillis - shownMillis);
        // the first frame with the article: the start-up preview, or the reader itself when it had no preview
        long onScreen = DesktopStartup.marks().getOrDefault(ARTICLE_ON_SCREEN, renderedMillis);
        out.printf("smoke: total (process start -> article on screen) %d ms%n", onScreen - jvmStart);
        out.printf("smoke: total (process start -> rendered) %d ms%n", renderedMillis - jvmStart);
        out.printf("smoke: article on screen at epoch ms %d%n", onScreen);
        // for benchmarks that time the launch from outside (packaging/bench-startup.sh)
        out.printf("smoke: rendered at epoch ms %d%n", renderedMillis);
        options.screenshot().ifPresent(p -> out.println("smoke: screenshot " + p.toAbsolutePath()));
        out.flush();
        exit.accept(0);
    }

    private static String reason(Throwable failure) {
        Throwable t = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }

    private void fail(String message) {
        err.println("claimline --smoke: " + message);
        err.flush();
        exit.accept(1);
    }

    /**
     * When this process started. ProcessHandle's start instant adds the boot time, which Linux gives in whole
     * seconds (up to a second off); the process's age from /proc is exact to a clock tick. The runtime bean would
     * need java.management, a module and startup time of its own.
     */
    static long processStartMillis(long nowMillis) {
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc/self/stat"));
            // fields after the command name, which is in parentheses and may contain spaces
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(f[19]);
            double uptime = Double.parseDouble(java.nio.file.Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            long ageMillis = Math.round(uptime * 1000) - startTicks * 1000 / 100;
            return nowMillis - ageMillis;
        } catch (IOException | RuntimeException notLinux) {
            return ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(nowMillis);
        }
    }

    static void writePng(WritableImage image, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        if (!ImageIO.write(buffered, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }
}
