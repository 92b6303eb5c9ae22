package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.claimline.model.TextRange;
import org.claimline.ui.MainView;
import org.claimline.ui.reader.ReaderViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Claims that are saved nowhere are never dropped by opening another article without asking. */
@ExtendWith(ApplicationExtension.class)
class LeavePromptFxTest {
    @TempDir
    static Path dir;

    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private MainView view;
    private ReaderViewModel vm;

    @Start
    void start(Stage stage) {
        view = FxCalls.showReader(stage, io);
        vm = view.viewModel();
        vm.openSample();
    }

    @AfterEach
    void stopIo() {
        io.shutdownNow();
    }

    @Test
    void openingAnotherFileAsksAndCancelKeepsTheClaims(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.session() != null && !vm.busyProperty().get());
        robot.interact(() -> {
            String text = vm.session().article().text();
            int at = text.indexOf("Korea");
            vm.addClaim(new TextRange(at, at + 5), false);
        });
        Path other = dir.resolve("other.txt");
        Files.writeString(other, "Another article, one paragraph long, enough to be read as an article on its own.");

        // a file handed over by a second launch, while the sample holds a claim saved nowhere
        Platform.runLater(() -> view.openFile(other));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(vm.fileProperty().get(), "still the sample");
        assertEquals(1, vm.claimCountProperty().get(), "its claim kept");

        Platform.runLater(() -> view.openFile(other));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Discard Changes");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> other.equals(vm.fileProperty().get())
                && !vm.busyProperty().get());
        assertEquals(0, vm.claimCountProperty().get());
        assertTrue(vm.session().article().text().startsWith("Another article"));
    }
}
