package org.claimline.ui.reader;

import org.claimline.ui.UiFixtures;
import org.claimline.document.*;
import org.claimline.ui.common.*;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CoderNameTest {
    @Test
    void theCoderNameOfThePreferencesIsTheCreatorElseTheAccount() {
        MemoryPreferences prefs = new MemoryPreferences();
        assertEquals(System.getProperty("user.name", ""), ReaderViewModel.creator(prefs));
        prefs.put("coder.name", "  Ana Analyst ");
        assertEquals("Ana Analyst", ReaderViewModel.creator(prefs));
        prefs.put("coder.name", " ");
        assertEquals(System.getProperty("user.name", ""), ReaderViewModel.creator(prefs));
    }
}
