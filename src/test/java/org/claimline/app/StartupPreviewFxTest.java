package org.claimline.app;

import org.claimline.lab.InMemoryAnnotationStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.ui.MainView;
import org.claimline.ui.common.MemoryPreferences;
import org.claimline.ui.reader.ReaderViewModel;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start-up preview is the first frame: the article where the reader will put it, then the reader window
 * built into the same scene. The preview must show the article's top as the reader does, so nothing jumps.
 */
@ExtendWith(ApplicationExtension.class)
class StartupPreviewFxTest {
    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private final Article article = SampleArticle.clean();
    private ReaderViewModel vm;
    private Stage stage;
    private Scene scene;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MemoryPreferences prefs = new MemoryPreferences();
        vm = new ReaderViewModel(new CleanerArticleSource(AppContext.cleaner()), new InMemoryAnnotationStore(),
                prefs, io, Platform::runLater);
        scene = ClaimlineApp.previewScene(org.claimline.ui.common.ReaderSettings.appearance(prefs), article, SampleArticle.FILE_NAME);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stopIo() {
        io.shutdownNow();
    }

    private List<Text> previewTexts(FxRobot robot) {
        return FxCalls.call(robot, () -> scene.getRoot().lookupAll(".text").stream()
                .filter(Text.class::isInstance).map(Text.class::cast).toList());
    }

    @Test
    void showsTheTopOfTheArticleThenTheReaderTakesItsPlaceWithoutMovingTheText(FxRobot robot) throws Exception {
        List<Text> texts = previewTexts(robot);
        List<String> shown = texts.stream().map(Text::getText).toList();
        assertTrue(shown.contains(article.metadata().title()), "title shown: " + shown);
        assertTrue(shown.stream().anyMatch(s -> s.startsWith("By Song Wha-sup")), "byline line shown");
        String firstBody = article.blocks().stream().filter(Block::isKept)
                .filter(b -> b.kind() == org.claimline.model.BlockKind.PARAGRAPH).findFirst().orElseThrow().text();
        assertTrue(shown.contains(firstBody), "the first paragraph is shown");
        long kept = article.blocks().stream().filter(Block::isKept).count();
        assertTrue(shown.size() < kept, "only what fits the window is laid out: " + shown.size() + " of " + kept);
        Text title = texts.stream().filter(t -> t.getText().equals(article.metadata().title())).findFirst()
                .orElseThrow();
        Bounds previewTitle = FxCalls.call(robot, () -> title.localToScene(title.getBoundsInLocal()));
        double previewTitleSize = FxCalls.call(robot, () -> title.getFont().getSize());
        Bounds previewBody = FxCalls.call(robot, () -> {
            Text t = texts.stream().filter(x -> x.getText().equals(firstBody)).findFirst().orElseThrow();
            return t.localToScene(t.getBoundsInLocal());
        });
        SmokeMode.writePng(FxCalls.call(robot, () -> scene.snapshot(null)), Path.of("target/screens/preview.png"));

        MainView view = FxCalls.call(robot, () -> {
            MainView v = new MainView(vm);
            v.installIn(stage, scene);
            v.bind();
            vm.openSample();
            return v;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.renderedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(scene, stage.getScene(), "the reader is built into the preview's scene");
        assertTrue(FxCalls.call(robot, () -> scene.getRoot().lookup("#article-preview") == null), "preview gone");
        SmokeMode.writePng(FxCalls.call(robot, () -> scene.snapshot(null)), Path.of("target/screens/reader.png"));

        StyleClassedTextArea area = view.reader().area();
        String areaText = FxCalls.call(robot, area::getText);
        int titleAt = areaText.indexOf(article.metadata().title());
        int bodyAt = areaText.indexOf(firstBody);
        Optional<Bounds> readerTitle = FxCalls.call(robot, () -> area.getCharacterBoundsOnScreen(titleAt, titleAt + 1)
                .map(b -> area.getScene().getRoot().screenToLocal(b)));
        Optional<Bounds> readerBody = FxCalls.call(robot, () -> area.getCharacterBoundsOnScreen(bodyAt, bodyAt + 1)
                .map(b -> area.getScene().getRoot().screenToLocal(b)));
        assertFalse(readerTitle.isEmpty() || readerBody.isEmpty(), "title and first paragraph visible in the reader");
        // the same place and size, within a few pixels (the menu and tool bars are estimated from the font size)
        assertEquals(previewTitle.getMinX(), readerTitle.get().getMinX(), 3, "title x");
        assertEquals(previewTitle.getMinY(), readerTitle.get().getMinY(), 8, "title y");
        assertEquals(previewBody.getMinX(), readerBody.get().getMinX(), 3, "body x");
        assertEquals(previewBody.getMinY(), readerBody.get().getMinY(), 10, "body y");
        Node titleNode = FxCalls.call(robot, () -> area.lookupAll(".text").stream()
                .filter(n -> n instanceof Text t && t.getText().startsWith(article.metadata().title())).findFirst()
                .orElse(null));
        assertNotNull(titleNode);
        assertEquals(previewTitleSize, ((Text) titleNode).getFont().getSize(), 0.01, "title font size");
    }

    @Test
    void theReaderMadeAfterThePreviewHoldsTheArticleAndThePanelInItsFirstLayout(FxRobot robot) throws Exception {
        // as at start-up, once the preview is on screen: the view-model opens the article, then the window is made
        Object[] seen = new Object[3];
        MainView[] made = new MainView[1];
        robot.interact(() -> {
            vm.openBeforeShown(null);
            MainView v = new MainView(vm);
            v.prepare(stage);
            v.preparePanel();
            v.installIn(stage, scene);
            v.bind();
            made[0] = v;
            // no pulse has run yet: what the first layout will hold
            seen[0] = v.reader().area().getText();
            seen[2] = vm.busyProperty().get();
            // the moment the article is first laid out, the panel is laid out with it (not a pulse later)
            vm.renderedProperty().subscribe(r -> {
                if (r && seen[1] == null) {
                    seen[1] = scene.getRoot().lookup("#claims-panel") != null;
                }
            });
        });
        MainView view = made[0];
        assertTrue(((String) seen[0]).contains(article.metadata().title()), "the article is in the area");
        assertEquals(Boolean.FALSE, seen[2], "no busy overlay over it");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.renderedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Boolean.TRUE, seen[1], "the claims panel is in the window's first layout");
        assertEquals("0 claims", FxCalls.call(robot, () -> ((javafx.scene.control.Label) scene.getRoot()
                .lookup("#claims-summary")).getText()));
        assertTrue(FxCalls.call(robot, () -> view.reader().area().isFocused()), "the keyboard is in the article");
        // what is hidden at launch is not in the window yet (it would be styled in the first pulse all the same)
        for (String hidden : List.of("#find-field", "#grouped-claim-list", "#clean-doubt-banner", "#reattach-notice",
                ".busy-overlay", ".orphans", "#export-progress")) {
            assertNull(FxCalls.call(robot, () -> scene.getRoot().lookup(hidden)), hidden + " made only when shown");
        }
        robot.interact(() -> view.reader().showFind());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(FxCalls.call(robot, () -> scene.getRoot().lookup("#find-field").isVisible()), "find bar shown");
        // grouping joins the grouped list, which says what the plain one says when there is nothing to list
        robot.clickOn("#group-menu").clickOn("By issue");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> grouped = FxCalls.call(robot,
                () -> (javafx.scene.control.ListView<?>) scene.getRoot().lookup("#grouped-claim-list"));
        assertTrue(FxCalls.call(robot, grouped::isVisible), "grouped list shown");
        assertTrue(FxCalls.call(robot, () -> ((javafx.scene.control.Label) grouped.getPlaceholder()).getText())
                .startsWith("No claims yet"), "its empty state is worded");
    }

    @Test
    void aFileThatCannotBeOpenedEndsTheWaitForTheFirstRenderWithItsReason(FxRobot robot) throws Exception {
        CompletableFuture<Void> firstRender = new CompletableFuture<>();
        robot.interact(() -> {
            ClaimlineApp.whenRendered(vm, firstRender);
            vm.openFile(Path.of("target/no-such-article.txt"));
        });
        ExecutionException e = assertThrows(ExecutionException.class, () -> firstRender.get(20, TimeUnit.SECONDS));
        assertTrue(e.getCause().getMessage().contains("no-such-article.txt"), e.getCause().getMessage());
    }
}
