package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.claimline.model.Claim;
import org.claimline.ui.MainView;
import org.claimline.ui.common.MemoryPreferences;
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

/** The keyboard loop of tagging, the start page, the stance, Help and the taxonomy dialog, in the real window. */
@ExtendWith(ApplicationExtension.class)
class ReaderKeyboardFxTest {
    private static final String SENTENCE_PART = "tilting toward China";

    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private MainView view;
    private ReaderViewModel vm;
    private Stage stage;

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new ReaderViewModel(new CleanerArticleSource(AppContext.cleaner()), new InMemoryAnnotationStore(),
                new MemoryPreferences(), io, Platform::runLater);
        view = new MainView(vm);
        stage.setScene(view.createScene(stage));
        view.bind();
        stage.setWidth(1200);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void stopIo() {
        io.shutdownNow();
    }

    private StyleClassedTextArea area() {
        return view.reader().area();
    }

    private <T> T fx(FxRobot robot, java.util.concurrent.Callable<T> c) {
        return FxCalls.call(robot, c);
    }

    private void openSample(FxRobot robot) throws Exception {
        robot.interact(vm::openSample);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.renderedProperty().get() && !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String focusId(FxRobot robot) {
        return fx(robot, () -> {
            Node n = stage.getScene().getFocusOwner();
            return n == null ? "none" : String.valueOf(n.getId());
        });
    }

    @Test
    void aCaretRecordsItsSentenceEscapeReturnsAfterTheClaimAndAltArrowsWalkTheClaims(FxRobot robot) throws Exception {
        openSample(robot);
        String text = fx(robot, () -> vm.session().article().text());
        int inSentence = text.indexOf(SENTENCE_PART) + 3;
        fx(robot, () -> {
            area().requestFocus();
            area().moveTo(view.reader().layout().toArea(inSentence));
            return null;
        });
        robot.interact(() -> stage.requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("reader-area", focusId(robot));
        assertFocusRing(robot, true);

        // Ctrl+Alt+Enter with no selection: the caret's sentence becomes the claim
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.ALT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, vm.claimCountProperty().get(), "a caret is enough for the whole sentence");
        Claim first = vm.session().claims().get(0);
        assertTrue(first.quote().contains(SENTENCE_PART) && first.quote().startsWith("Japan")
                && first.quote().endsWith("."), first.quote());
        assertEquals("summary-field", focusId(robot));

        // Escape in the editor: back to the article, the caret just after the claim
        robot.write("Distrust follows the tilt").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("reader-area", focusId(robot), "Escape gives the keyboard back to the article");
        assertEquals((int) fx(robot, () -> view.reader().layout().toArea(first.range().end())),
                (int) fx(robot, () -> area().getCaretPosition()));
        assertFocusRing(robot, true);

        // a second claim further on, recorded from the keyboard as well; then Alt+Up / Alt+Down walk them
        int later = text.indexOf(". ", first.range().end() + 40) + 3;
        fx(robot, () -> {
            area().moveTo(view.reader().layout().toArea(later));
            return null;
        });
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.ALT, KeyCode.CONTROL);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, vm.claimCountProperty().get());
        String second = vm.selectedClaimIdProperty().get();
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first.id(), vm.selectedClaimIdProperty().get(), "Alt+Up: the previous claim");
        assertEquals("reader-area", focusId(robot), "the keyboard stays in the article");
        assertEquals((int) fx(robot, () -> view.reader().layout().toArea(first.range().start())),
                (int) fx(robot, () -> area().getCaretPosition()), "the caret follows to the claim");
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(second, vm.selectedClaimIdProperty().get(), "Alt+Down: the next claim");

        // the list has a ring too when it has the keyboard
        robot.interact(() -> view.panel().list().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertFocusRing(robot, false);
        assertNotEquals(Color.TRANSPARENT, fx(robot, () -> view.panel().list().getBorder().getStrokes().get(0)
                .getTopStroke()));
    }

    /** The article's left edge shows the accent colour exactly when it has the keyboard. */
    private void assertFocusRing(FxRobot robot, boolean focused) {
        Object stroke = fx(robot, () -> {
            area().applyCss();
            return area().getBorder() == null ? Color.TRANSPARENT : area().getBorder().getStrokes().get(0).getLeftStroke();
        });
        assertEquals(focused, !Color.TRANSPARENT.equals(stroke), "focus ring " + stroke);
    }

    @Test
    void aFailedOpenWithNothingShownShowsTheStartPageNamingTheFile(FxRobot robot) throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        robot.interact(() -> view.openFile(empty));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.startFailureProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(robot, () -> robot.lookup("#start-page").query().isVisible()));
        String failure = fx(robot, () -> robot.lookup("#start-failure").queryAs(Label.class).getText());
        assertTrue(failure.contains("empty.txt"), failure);
        assertTrue(fx(robot, () -> robot.lookup("#add-claim-button").queryAs(Button.class).isDisabled()));
        assertEquals("", fx(robot, () -> robot.lookup("#status-save").queryAs(Label.class).getText()),
                "no sample notice without the sample");
        assertEquals(1, fx(robot, () -> Window.getWindows().size()), "no dialog over the window");

        robot.clickOn("#start-sample");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.hasArticleProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(robot, () -> robot.lookup("#start-page").query().isVisible()));
        // the sample's claims are kept nowhere: a warning, with Save As in the same place
        Label save = fx(robot, () -> robot.lookup("#status-save").queryAs(Label.class));
        assertTrue(fx(robot, () -> save.getStyleClass().contains("warning")));
        assertTrue(fx(robot, () -> robot.lookup("#status-save-as").query().isVisible()));
    }

    @Test
    void gettingStartedTaxonomyButtonsWholeAndTheEditorFolds(FxRobot robot) throws Exception {
        openSample(robot);
        robot.clickOn("Help");
        WaitForAsyncUtils.waitForFxEvents();
        // the menu's item (the start page, hidden now, has a button of the same name)
        Node item = robot.lookup(".context-menu .menu-item .label")
                .match((Node n) -> n instanceof Label l && "Getting Started".equals(l.getText())).query();
        robot.clickOn(item);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#getting-started").tryQuery().isPresent());
        DialogPane help = fx(robot, () -> robot.lookup("#getting-started").queryAs(DialogPane.class));
        String all = fx(robot, () -> help.lookupAll(".label").stream().map(n -> ((Label) n).getText())
                .reduce("", String::concat));
        assertTrue(all.contains("the author's stance toward the tagged actors") && all.contains("sidecar"), all);
        robot.interact(() -> help.getScene().getWindow().hide());

        robot.interact(() -> {
            vm.session().addIssue("Relations with neighbouring countries");
            vm.session().addActor("Ministry of Foreign Affairs of Japan");
        });
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane tax = fx(robot, () -> robot.lookup("#taxonomy-dialog").queryAs(DialogPane.class));
        Stage dialog = fx(robot, () -> (Stage) tax.getScene().getWindow());
        assertSame(stage, fx(robot, dialog::getOwner));
        assertEquals(Modality.WINDOW_MODAL, fx(robot, dialog::getModality));
        List<String> shown = fx(robot, () -> tax.lookupAll(".taxonomy-row .button").stream()
                .map(b -> ((Text) b.lookup(".text")).getText()).distinct().toList());
        assertTrue(shown.containsAll(List.of("Merge into\u2026", "Delete")) && shown.stream()
                .noneMatch(t -> t.endsWith("\u2026") && !t.equals("Merge into\u2026")), "buttons shown whole: " + shown);
        robot.interact(dialog::hide);

        // the editor folds to one line and gives its place in the split back to the list
        String text = fx(robot, () -> vm.session().article().text());
        robot.interact(() -> vm.addClaim(org.claimline.ui.UiFixtures.find(text, SENTENCE_PART), false));
        WaitForAsyncUtils.waitForFxEvents();
        SplitPane split = fx(robot, () -> robot.lookup("#panel-split").queryAs(SplitPane.class));
        assertEquals(2, (int) fx(robot, () -> split.getItems().size()));
        robot.clickOn("#editor-fold");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, (int) fx(robot, () -> split.getItems().size()));
        assertTrue(fx(robot, () -> robot.lookup("#editor-one-line").query().isVisible()));
        assertTrue(fx(robot, () -> robot.lookup("#claim-editor").queryAs(javafx.scene.layout.Region.class)
                .getHeight()) < 60);
    }
}
