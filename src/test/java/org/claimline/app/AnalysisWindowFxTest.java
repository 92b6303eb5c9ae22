package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableRow;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.claimline.analysis.ClaimRow;
import org.claimline.ui.MainView;
import org.claimline.ui.reader.ReaderViewModel;
import org.claimline.ui.analysis.AnalysisWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Analyse a folder from the reader: matrix, a cell click filters the claims table, a claim opens in the reader. */
@ExtendWith(ApplicationExtension.class)
class AnalysisWindowFxTest {
    @TempDir
    static Path dir;

    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private MainView view;
    private ReaderViewModel vm;

    @Start
    void start(Stage stage) {
        view = FxCalls.showReader(stage, io);
        vm = view.viewModel();
    }

    @AfterEach
    void stopIo() {
        io.shutdownNow();
    }

    private List<String> shownSummaries(FxRobot robot, AnalysisWindow w) {
        return FxCalls.call(robot, () -> w.table().getItems().stream().map(r -> r.claim().summary()).toList());
    }

    @Test
    void matrixCellFiltersTheTableAndAClaimOpensInTheReader(FxRobot robot) throws Exception {
        AnalysisCommandsTest.writeCorpus(dir);
        AnalysisWindow w = FxCalls.call(robot, () -> view.openAnalysis(dir));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shownSummaries(robot, w).size() == 4);

        // the matrix tab: issues down, actors across (History, Trade x Japan, Korea)
        robot.clickOn("Matrix");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(FxCalls.call(robot, () -> w.cell(1, 1)), "the heat map is drawn");
        assertEquals("1", FxCalls.call(robot, () -> ((javafx.scene.control.Label) w.cell(1, 1).getChildren().get(0))
                .getText()), "Trade x Korea");
        robot.clickOn(FxCalls.call(robot, () -> w.cell(1, 1)));
        WaitForAsyncUtils.waitForFxEvents();

        // the claims table shows that cell's claim, with the filter as chips
        assertEquals(List.of("Curbs hurt both"), shownSummaries(robot, w));
        assertTrue(FxCalls.call(robot, () -> w.tabs().getSelectionModel().getSelectedItem().getText())
                .equals("Claims"));
        assertTrue(robot.from(w.stage().getScene().getRoot()).lookup(".filter-chip").queryAllAs(javafx.scene.control.Button.class).stream()
                .anyMatch(b -> b.getText().startsWith("Actor: Korea")));

        // a double-click opens the article in the reader with that claim selected
        ClaimRow row = FxCalls.call(robot, () -> w.table().getItems().get(0));
        TableRow<?> first = robot.lookup("#claims-table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() == row).findFirst().orElseThrow();
        robot.doubleClickOn(first, MouseButton.PRIMARY);
        Path article = dir.resolve("herald/a.html");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> FxCalls.call(robot,
                () -> article.equals(vm.fileProperty().get()) && !vm.busyProperty().get()
                        && row.claim().id().equals(vm.selectedClaimIdProperty().get())));
        assertEquals("Curbs hurt both", FxCalls.call(robot, () -> vm.navigator().selectedClaim().orElseThrow().summary()));

        // removing the chip brings every claim back
        robot.interact(() -> w.stage().toFront());
        robot.clickOn(robot.from(w.stage().getScene().getRoot()).lookup(".filter-chip").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Button b && b.getText().startsWith("Actor: Korea"))
                .findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, shownSummaries(robot, w).size(), "Trade only");

        // the table's actions, defined once: Ctrl+C copies the selected rows as Markdown, the context menu lists them
        robot.interact(() -> {
            w.table().requestFocus();
            w.table().getSelectionModel().selectAll();
        });
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.C)
                .release(javafx.scene.input.KeyCode.C, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String copied = FxCalls.call(robot, () -> javafx.scene.input.Clipboard.getSystemClipboard().getString());
        for (String summary : shownSummaries(robot, w)) {
            assertTrue(copied != null && copied.contains(summary), summary + " in " + copied);
        }
        assertEquals(List.of("Open in Reader", "Copy as Markdown", "Export Selection as CSV\u2026"), FxCalls.call(robot,
                () -> w.table().getContextMenu().getItems().stream().map(javafx.scene.control.MenuItem::getText).toList()));
    }
}
