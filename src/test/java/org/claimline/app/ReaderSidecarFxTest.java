package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Claim;
import org.claimline.storage.DocumentInfo;
import org.claimline.storage.LoadResult;
import org.claimline.storage.SidecarStore;
import org.claimline.ui.MainView;
import org.claimline.ui.reader.ReaderViewModel;
import org.claimline.ui.claims.ClaimCard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on a real file: autosave to the sidecar, reopen, and a sidecar edited by another writer. */
@ExtendWith(ApplicationExtension.class)
class ReaderSidecarFxTest {
    private static final String PASSAGE = "trade dispute deepened in 2019";

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

    private <T> T fx(FxRobot robot, java.util.concurrent.Callable<T> c) {
        return FxCalls.call(robot, c);
    }

    private void open(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> vm.openFile(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.busyProperty().get()
                && vm.fileProperty().get() != null && vm.fileProperty().get().equals(file));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String saveLabel(FxRobot robot) {
        return fx(robot, () -> robot.lookup("#status-save").queryAs(Label.class).getText());
    }

    private List<String> cardSummaries(FxRobot robot) {
        return fx(robot, () -> view.panel().list().getItems().stream().map(ClaimCard::summary)
                .sorted().toList());
    }

    @Test
    void autosavesReopensAndMergesAnotherWritersChanges(FxRobot robot) throws Exception {
        Path file = dir.resolve("op-ed.txt");
        Files.writeString(file, """
                Japan's growing distrust of Korea has its beginnings in Korea's tilting toward China. Officials in \
                Tokyo say so openly, and the record of the last decade supports them in part.

                The trade dispute deepened in 2019 when the whitelist was cut. Both sides blamed the other for the \
                collapse of talks, and neither has found a way back since then.
                """, StandardCharsets.UTF_8);
        open(robot, file);

        // record a claim from a keyboard selection and type its summary
        int start = fx(robot, () -> vm.session().article().text().indexOf(PASSAGE));
        robot.interact(() -> view.reader().selectArticleRange(start, start + PASSAGE.length()));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        robot.write("The dispute deepened");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Saved".equals(saveLabel(robot)));
        Path sidecar = SidecarStore.sidecarFor(file);
        assertTrue(Files.readString(sidecar).contains("The dispute deepened"), "autosaved to the sidecar");

        // another writer adds a claim to the sidecar on disk
        String text = fx(robot, () -> vm.session().article().text());
        SidecarStore other = new SidecarStore(sidecar);
        LoadResult onDisk = other.load(text);
        AnnotationSet theirs = onDisk.file().annotations();
        Claim mine = theirs.claims().get(0);
        other.save(theirs.withClaim(new Claim("urn:uuid:0b1c2d3e-0000-4000-8000-000000000001", mine.anchor(),
                "Added in another window", List.of(), List.of(), mine.stance(), "", List.of(), mine.created(),
                mine.modified(), "colleague")), DocumentInfo.of(file.getFileName().toString(), Files.readAllBytes(file),
                fx(robot, () -> vm.session().article()), org.claimline.cleaning.ArticleCleaner.version()), text);

        // an edit here is saved by merging, never by overwriting
        robot.write(" after the whitelist cut");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cardSummaries(robot).size() == 2
                && "Saved".equals(saveLabel(robot)));
        assertEquals(List.of("Added in another window", "The dispute deepened after the whitelist cut"),
                cardSummaries(robot));

        // reopening shows the same claims
        open(robot, dir.resolve("op-ed.txt"));
        assertEquals(List.of("Added in another window", "The dispute deepened after the whitelist cut"),
                cardSummaries(robot));
        assertEquals("Saved", saveLabel(robot));
    }
}
