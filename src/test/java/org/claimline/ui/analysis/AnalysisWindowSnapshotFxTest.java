package org.claimline.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A view's PNG: the matrix at 1x and 2x, written atomically, the status line saying so. */
@ExtendWith(ApplicationExtension.class)
class AnalysisWindowSnapshotFxTest {
    @TempDir
    Path dir;

    private AnalysisWindow window;
    private AnalysisViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new AnalysisViewModel(AnalysisViewModelTest.fixture(), (p, id) -> { }, (p, t) -> { }, Runnable::run,
                Platform::runLater, Instant::now);
        window = new AnalysisWindow(vm, null, List.of());
        window.show();
        vm.load();
    }

    @Test
    void matrixSnapshotAtOneAndTwoTimes(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Node> grid = new AtomicReference<>();
        robot.interact(() -> grid.set(window.cell(0, 0).getParent()));
        double w = grid.get().getLayoutBounds().getWidth();
        double h = grid.get().getLayoutBounds().getHeight();
        Path one = dir.resolve("m1.png");
        Path two = dir.resolve("m2.png");
        robot.interact(() -> {
            window.snapshot(grid.get(), 1, one);
            window.snapshot(grid.get(), 2, two);
        });
        BufferedImage a = ImageIO.read(one.toFile());
        BufferedImage b = ImageIO.read(two.toFile());
        assertEquals(Math.ceil(w), a.getWidth(), 1.0);
        assertEquals(Math.ceil(h), a.getHeight(), 1.0);
        assertEquals(2 * a.getWidth(), b.getWidth(), 2.0);
        assertEquals(2 * a.getHeight(), b.getHeight(), 2.0);
        assertTrue(vm.statusProperty().get().startsWith("Saved m2.png"), vm.statusProperty().get());
        try (var s = Files.list(dir)) {
            assertEquals(2, s.count(), "no temporary file left");
        }
    }
}
