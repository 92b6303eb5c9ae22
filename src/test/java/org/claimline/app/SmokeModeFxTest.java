package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke mode in-process under headless Monocle: the window's render signal drives the screenshot and exit. */
class SmokeModeFxTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void startToolkit() throws Exception {
        // the same toolkit start as the TestFX tests in this JVM, so the tests do not depend on their order
        org.testfx.api.FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    @Test
    void writesTheScreenshotOfTheRenderedTextAndExitsZero() throws Exception {
        Path shot = tmp.resolve("shots/smoke.png");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DesktopStartup.mark("test fixture ready");
        int code = run(List.of("--smoke", "--screenshot", shot.toString()), out, stage -> {
            CompletableFuture<Void> rendered = new CompletableFuture<>();
            // the render signal comes later than show(), as with a window that loads its article in the background
            Platform.runLater(() -> {
                ((TextArea) stage.getScene().getRoot()).setText("A claim worth checking.\n".repeat(30));
                SmokeMode.firstPulse().thenRun(() -> rendered.complete(null));
            });
            return rendered;
        });
        assertEquals(0, code);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("smoke: ok"), printed);
        assertTrue(printed.matches("(?s).*total \\(process start -> rendered\\) \\d+ ms.*"), printed);
        // the steps of the launch that were marked before the window showed
        assertTrue(printed.matches("(?s).*smoke: {3}\\S.* -> test fixture ready \\d+ ms.*"), printed);
        assertTrue(printed.matches("(?s).*smoke: {3}\\S.* -> stage shown \\d+ ms.*"), printed);
        BufferedImage img = ImageIO.read(shot.toFile());
        assertEquals(400, img.getWidth());
        assertEquals(300, img.getHeight());
        assertTrue(darkPixels(img) > 200, "the text should be in the screenshot");
    }

    @Test
    void failsWithAMessageWhenTheArticleNeverRenders() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = runWithErr(List.of("--smoke", "--smoke-timeout", "0.3"), err, stage -> new CompletableFuture<>());
        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no article rendered"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void failsWhenTheWindowReportsAnError() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = runWithErr(List.of("--smoke"), err,
                stage -> CompletableFuture.failedFuture(new IllegalStateException("cannot clean")));
        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot clean"));
    }

    private int run(List<String> args, ByteArrayOutputStream out, Function<Stage, CompletableFuture<Void>> window)
            throws Exception {
        return launch(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err, window);
    }

    private int runWithErr(List<String> args, ByteArrayOutputStream err, Function<Stage, CompletableFuture<Void>> window)
            throws Exception {
        return launch(args, System.out, new PrintStream(err, true, StandardCharsets.UTF_8), window);
    }

    private static int launch(List<String> args, PrintStream out, PrintStream err,
            Function<Stage, CompletableFuture<Void>> window) throws Exception {
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        StartupOptions options = StartupOptions.parse(args);
        Platform.runLater(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new TextArea(), 400, 300));
            stage.show();
            new SmokeMode(options, out, err, code -> {
                stage.hide();
                exit.complete(code);
            }).watch(stage, window.apply(stage));
        });
        return exit.get(30, TimeUnit.SECONDS);
    }

    private static int darkPixels(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                n += lum < 200 ? 1 : 0;
            }
        }
        return n;
    }
}
