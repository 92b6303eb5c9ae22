package org.claimline.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A button's hint is made when the pointer first comes over it, and is then an ordinary tooltip. */
@ExtendWith(ApplicationExtension.class)
class LazyTooltipFxTest {
    private Button button;

    @Start
    void start(Stage stage) {
        button = new Button("Find");
        LazyTooltip.install(button, "Find in the article (Ctrl+F)");
        StackPane root = new StackPane(button);
        stage.setScene(new Scene(root, 300, 200));
        stage.show();
    }

    @Test
    void theTooltipIsMadeOnTheFirstHoverWithItsText(FxRobot robot) {
        assertNull(button.getTooltip(), "no popup made before anyone points at the button");
        robot.moveTo(button);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Find in the article (Ctrl+F)", button.getTooltip().getText());
        var made = button.getTooltip();
        robot.moveBy(150, 0).moveTo(button);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(made, button.getTooltip(), "made once");
    }
}
