package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.claimline.model.Claim;
import org.claimline.ui.MainView;
import org.claimline.ui.common.MemoryPreferences;
import org.claimline.ui.reader.ReaderViewModel;
import org.claimline.ui.claims.ClaimCard;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real reader window, driven like a user would: mouse drag, keyboard, clicks. */
@ExtendWith(ApplicationExtension.class)
class ReaderWindowFxTest {
    private static final String PASSAGE =
            "Japan's growing distrust of Korea has its beginnings in Korea's tilting toward China";

    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private MainView view;
    private ReaderViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new ReaderViewModel(new CleanerArticleSource(AppContext.cleaner()), new InMemoryAnnotationStore(),
                new MemoryPreferences(), io, Platform::runLater);
        view = new MainView(vm);
        stage.setScene(view.createScene(stage));
        view.bind();
        assertTrue(view.actions().sharedKeys().isEmpty(), view.actions().sharedKeys().toString());
        stage.setWidth(1200);
        stage.setHeight(800);
        stage.show();
        vm.openSample();
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

    @SuppressWarnings("unchecked")
    private Collection<String> styleAt(FxRobot robot, int areaOffset) {
        return fx(robot, () -> (Collection<String>) area().getStyleOfChar(areaOffset));
    }

    @Test
    void recordTagFilterSyncUndoFindAndTheme(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.renderedProperty().get());
        // the last occurrence: the body paragraph (the lead-image caption in the header repeats it)
        int start = fx(robot, () -> area().getText().lastIndexOf(PASSAGE));
        assertTrue(start > 0, "the sample shows the passage");
        int end = start + PASSAGE.length();
        fx(robot, () -> {
            area().showParagraphAtTop(area().offsetToPosition(start,
                    org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());
            area().layout();
            area().scrollYBy(-200); // well inside the viewport, not at its edge
            return null;
        });
        robot.interact(() -> area().getScene().getWindow().requestFocus());
        // wait until the window and the scrolled text have settled (layout and window moves are asynchronous)
        Bounds first = null;
        for (int i = 0; i < 40; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Bounds now = fx(robot, () -> area().getCharacterBoundsOnScreen(start, start + 1).orElse(null));
            if (now != null && now.equals(first)) {
                break;
            }
            first = now;
            Thread.sleep(50);
        }
        assertNotNull(first, "the passage is on screen");
        Bounds last = fx(robot, () -> area().getCharacterBoundsOnScreen(end - 1, end).orElseThrow());

        // a real drag from the first character to the middle of the last one, then Ctrl+Enter
        robot.moveTo(new javafx.geometry.Point2D(first.getMinX() + 1, first.getCenterY()))
                .press(MouseButton.PRIMARY)
                .moveTo(new javafx.geometry.Point2D(last.getCenterX(), last.getCenterY()))
                .release(MouseButton.PRIMARY);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String dragged = fx(robot, () -> area().getSelectedText());
        assertEquals(1, vm.claimCountProperty().get(), "selected: [" + dragged + "] at " + first + " window "
                + fx(robot, () -> area().getScene().getWindow().getX() + "," + area().getScene().getWindow().getY())
                + " focus: "
                + fx(robot, () -> String.valueOf(area().getScene().getFocusOwner())));
        Claim claim = vm.session().claims().get(0);
        assertTrue(claim.quote().startsWith(PASSAGE), claim.quote());
        assertEquals(claim.id(), vm.selectedClaimIdProperty().get());
        assertEquals("summary-field", fx(robot, () -> area().getScene().getFocusOwner().getId()),
                "the editor's summary has the keyboard");

        // summary, one issue, two actors: keyboard only
        robot.write("Distrust began with Korea's tilt");
        robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        robot.write("Alignment").type(KeyCode.ENTER);
        robot.type(KeyCode.TAB);
        robot.write("Japan").type(KeyCode.ENTER);
        robot.write("China").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        claim = vm.session().claim(claim.id()).orElseThrow();
        assertEquals("Distrust began with Korea's tilt", claim.summary());
        assertEquals(List.of("alignment"), claim.issueIds());
        assertEquals(List.of("Japan", "China"), claim.actorIds().stream()
                .map(id -> vm.session().taxonomy().actor(id).orElseThrow().name()).toList());

        // the highlight in the first issue's colour, selected, and the card with its chips
        Collection<String> style = styleAt(robot, start + 5);
        assertTrue(style.containsAll(List.of("claim", "issue-0", "claim-selected")), style.toString());
        ListView<ClaimCard> list = view.panel().list();
        ClaimCard card = fx(robot, () -> list.getItems().get(0));
        assertEquals(List.of("Japan", "China"), card.actors().stream().map(c -> c.name()).toList());
        assertEquals("Alignment", card.issues().get(0).name());

        // filter: free text that matches nothing dims the highlight and empties the list
        robot.clickOn("#filter-field").write("zzz");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(robot, () -> list.getItems().isEmpty()));
        assertTrue(styleAt(robot, start + 5).contains("dimmed"));
        robot.clickOn("#clear-filter");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, (int) fx(robot, () -> list.getItems().size()));

        // click-sync: a click on the highlight selects the claim; selecting the card scrolls the article to it
        fx(robot, () -> {
            vm.selectedClaimIdProperty().set(null);
            return null;
        });
        Bounds mid = fx(robot, () -> area().getCharacterBoundsOnScreen(start + 20, start + 21).orElseThrow());
        robot.clickOn(new javafx.geometry.Point2D(mid.getCenterX(), mid.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(claim.id(), vm.selectedClaimIdProperty().get());
        fx(robot, () -> {
            vm.selectedClaimIdProperty().set(null);
            area().showParagraphAtTop(0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(robot, () -> area().getCharacterBoundsOnScreen(start, start + 1).isEmpty()));
        robot.clickOn(".claim-card");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(claim.id(), vm.selectedClaimIdProperty().get());
        assertTrue(fx(robot, () -> area().getCharacterBoundsOnScreen(start, start + 1).isPresent()),
                "selecting the card brought the passage into view");

        // undo everything, then redo the claim
        robot.clickOn(".claim-card");
        for (int i = 0; i < 5; i++) {
            robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, vm.claimCountProperty().get());
        assertFalse(styleAt(robot, start + 5).contains("claim"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, vm.claimCountProperty().get());
        assertTrue(styleAt(robot, start + 5).contains("claim"));

        // find: every match marked, the current one distinct
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("tilting");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.reader().find().matches().size() >= 1);
        int tilting = start + PASSAGE.indexOf("tilting");
        Collection<String> found = styleAt(robot, tilting);
        assertTrue(found.contains("find-current") || found.contains("find-match"), found.toString());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(view.reader().find().currentMatch());

        // theme
        assertTrue(fx(robot, () -> last(area().getScene().getStylesheets())).endsWith("light.css"));
        fx(robot, () -> {
            vm.themeProperty().set("dark");
            return null;
        });
        assertTrue(fx(robot, () -> last(area().getScene().getStylesheets())).endsWith("dark.css"));
        assertNotNull(fx(robot, () -> area().getScene().getRoot().getStyle()));
    }

    private static String last(List<String> l) {
        return l.get(l.size() - 1);
    }
}
