package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.claimline.storage.SidecarStore;
import org.claimline.ui.MainView;
import org.claimline.ui.reader.ReaderViewModel;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window and cleaner on a page whose clean is doubtful (a short article beside a longer unrelated column):
 * the banner shows, Show whole page makes the text grow, and reopening keeps the whole page without the banner.
 * Never on the sample.
 */
@ExtendWith(ApplicationExtension.class)
class CleanDoubtFxTest {
    private static final String STORY = "The council voted on Tuesday to close the old harbour road, and the mayor said "
            + "the decision would save money over the next decade while residents argued it would cut them off from "
            + "the market.";
    private static final String ELSEWHERE = "A different story entirely: the river festival returns this summer with "
            + "boats, music and food stalls along the quay, organisers said, and tickets go on sale in May.";

    /** An article of two paragraphs, a menu, then a sidebar holding more prose than the article. */
    static String doubtfulPage() {
        String body = IntStream.range(0, 2).mapToObj(i -> "<p>" + STORY + " Paragraph " + i
                + " of the story adds another detail that readers should weigh.</p>").collect(Collectors.joining("\n"));
        String other = IntStream.range(0, 6).mapToObj(i -> "<p>" + ELSEWHERE + " Note " + i + " follows.</p>")
                .collect(Collectors.joining("\n"));
        return "<!DOCTYPE html><html><head><title>Harbour road closes</title></head><body>\n"
                + "<nav><a href=\"/\">Home</a> | <a href=\"/news\">News</a></nav>\n"
                + "<main><article itemprop=\"articleBody\"><h1>Harbour road closes</h1>" + body + "</article></main>\n"
                + "<ul class=\"menu\"><li><a href=\"/a\">Sports</a></li><li><a href=\"/b\">Weather</a></li>"
                + "<li><a href=\"/c\">Travel</a></li></ul>\n"
                + "<aside class=\"sidebar\"><h2>Elsewhere</h2>" + other + "</aside>\n"
                + "<footer>Copyright 2026 | Terms of Service | Privacy Policy</footer>\n</body></html>";
    }

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

    private void await(FxRobot robot, Runnable open, java.util.function.BooleanSupplier opened) throws Exception {
        robot.interact(open);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.busyProperty().get() && opened.getAsBoolean());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean bannerShown(FxRobot robot) {
        return FxCalls.call(robot, () -> {
            Node n = robot.lookup("#clean-doubt-banner").query();
            return n.isVisible() && n.isManaged();
        });
    }

    private String shownText(FxRobot robot) {
        return FxCalls.call(robot, () -> robot.lookup("#reader-area").queryAs(StyleClassedTextArea.class).getText());
    }

    @Test
    void showWholePageGrowsTheTextAndIsKeptOnReopenNeverOnTheSample(FxRobot robot) throws Exception {
        Path page = dir.resolve("harbour.html");
        Files.writeString(page, doubtfulPage(), StandardCharsets.UTF_8);
        await(robot, () -> vm.openFile(page), () -> page.equals(vm.fileProperty().get()));
        assertTrue(bannerShown(robot), "a doubtful clean shows the banner");
        String before = shownText(robot);
        assertFalse(before.contains("river festival"), before);

        robot.clickOn("#clean-doubt-whole");
        WaitForAsyncUtils.waitForFxEvents();
        String after = shownText(robot);
        assertTrue(after.length() > before.length() && after.contains("river festival"), after);
        assertFalse(bannerShown(robot));
        robot.interact(vm::saveNow);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> Files.exists(SidecarStore.sidecarFor(page))
                        && Files.readString(SidecarStore.sidecarFor(page)).contains("cl:keptBlocks"));

        await(robot, vm::openSample, vm::isSample);
        assertFalse(bannerShown(robot), "never on the built-in sample");

        await(robot, () -> vm.openFile(page), () -> page.equals(vm.fileProperty().get()));
        assertEquals(after, shownText(robot), "the whole page is kept on reopening");
        assertFalse(bannerShown(robot), "the analyst chose: no banner");
    }
}
