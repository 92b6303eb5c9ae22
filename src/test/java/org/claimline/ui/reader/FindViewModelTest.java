package org.claimline.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FindViewModelTest {
    @Test
    void findsAllMatchesCaseInsensitiveAndCycles() {
        FindViewModel f = new FindViewModel();
        f.setText("Korea and korea and KOREA.");
        f.queryProperty().set("korea");
        assertEquals(3, f.matches().size());
        assertEquals("1 of 3", f.statusProperty().get());
        f.previous();
        assertEquals(20, f.currentMatch().start());
        f.next();
        f.next();
        assertEquals(10, f.currentMatch().start());
        f.queryProperty().set("japan");
        assertEquals("No matches", f.statusProperty().get());
        assertNull(f.currentMatch());
        f.clear();
        assertEquals("", f.statusProperty().get());
    }
}
