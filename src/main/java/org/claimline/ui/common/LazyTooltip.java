package org.claimline.ui.common;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first comes over its control. Each {@link Tooltip} is a popup window of its own:
 * the window's buttons making theirs up front cost start-up some tens of milliseconds for hints nobody has pointed
 * at yet. The tooltip then behaves as one set directly (it shows after the usual delay while the pointer rests).
 */
public final class LazyTooltip {
    private LazyTooltip() {
    }

    /** Gives {@code control} a tooltip saying {@code text}, made on the first hover. */
    public static void install(Control control, String text) {
        EventHandler<MouseEvent> first = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventFilter(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(text));
                }
            }
        };
        control.addEventFilter(MouseEvent.MOUSE_ENTERED, first);
    }
}
