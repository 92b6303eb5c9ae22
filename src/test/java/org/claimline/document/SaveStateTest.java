package org.claimline.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SaveStateTest {
    @Test
    void theSamplesUnsavedClaimsAreAWarningWithSaveAsNotAGreenAllFine() {
        assertEquals("warning", SaveState.NOT_SAVED_SAMPLE.tone());
        assertTrue(SaveState.NOT_SAVED_SAMPLE.offersSaveAs());
        assertEquals("warning", SaveState.FAILED.tone());
        assertTrue(SaveState.FAILED.offersSaveAs());
        assertEquals("saved", SaveState.SAVED.tone());
        assertFalse(SaveState.SAVED.offersSaveAs());
        assertEquals("unsaved", SaveState.SAVING.tone());
        assertEquals("", SaveState.NO_ARTICLE.tone());
        assertEquals("", SaveState.NO_ARTICLE.label());
    }
}
