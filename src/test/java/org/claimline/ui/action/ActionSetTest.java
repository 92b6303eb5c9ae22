package org.claimline.ui.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Actions defined once: a key belongs to one action, and the shortcut listing is made from them. */
class ActionSetTest {
    @Test
    void twoActionsSharingAKeyAreRefused() {
        ActionSet set = new ActionSet();
        set.add(UiAction.of("undo", "Undo", "Claims", "Undo", () -> { }, "Shortcut+Z"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> set.add(UiAction.of("zap", "Zap", "Claims", "Zap", () -> { }, "F5", "Shortcut+Z")));
        assertTrue(e.getMessage().contains("zap and undo share the key"), e.getMessage());
        assertTrue(set.sharedKeys().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> set.add(UiAction.of("undo", "Again", "Claims", "", () -> { })));
    }

    @Test
    void theListingGroupsActionsWithKeysAndLeavesOutTheRest() {
        ActionSet set = new ActionSet();
        set.add(UiAction.of("open", "Open…", "Reading", "Open an article", () -> { }, "F2"));
        set.add(UiAction.of("sample", "Open Sample", "Reading", "", () -> { }));
        set.add(UiAction.of("redo", "Redo", "Claims", "Redo", () -> { }, "F4", "F6"));
        set.gesture("Claims", "Escape in the editor", "Back to the article");
        List<ActionSet.HelpRow> rows = set.helpRows();
        assertEquals(List.of(new ActionSet.HelpRow("", "Reading"), new ActionSet.HelpRow("F2", "Open an article"),
                new ActionSet.HelpRow("", "Claims"), new ActionSet.HelpRow("F4 / F6", "Redo"),
                new ActionSet.HelpRow("Escape in the editor", "Back to the article")), rows);
    }

    @Test
    void aDisabledActionDoesNotRun() {
        int[] runs = {0};
        javafx.beans.property.SimpleBooleanProperty on = new javafx.beans.property.SimpleBooleanProperty(false);
        UiAction a = UiAction.of("add", "Add", "Claims", "Add", () -> runs[0]++, "F9").enabledWhen(on);
        assertEquals(false, a.run());
        on.set(true);
        assertEquals(true, a.run());
        assertEquals(1, runs[0]);
    }
}
