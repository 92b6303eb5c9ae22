package org.claimline.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Puts a part into its parent the first time it is to be shown. JavaFX styles hidden nodes and makes their skins
 * all the same, in the first pulse of the window: a part hidden at launch (a find bar, an overlay, a notice, a list
 * shown only in one mode) costs the start-up nothing this way.
 */
public final class WhenShown {
    private WhenShown() {
    }

    /**
     * Adds {@code part} to {@code parent} at {@code index} (or last, when the parent has fewer children) the first
     * time {@code shown} is true, now included. {@code shown} is kept as long as {@code part} is (a binding made
     * for the call would otherwise go with the next collection, its listeners with it).
     */
    public static void join(ObservableBooleanValue shown, Pane parent, int index, Node part) {
        part.getProperties().put(WhenShown.class, shown);
        shown.subscribe(now -> {
            if (now && !parent.getChildren().contains(part)) {
                parent.getChildren().add(Math.min(index, parent.getChildren().size()), part);
            }
        });
    }
}
