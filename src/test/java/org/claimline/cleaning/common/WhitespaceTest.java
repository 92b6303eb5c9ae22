package org.claimline.cleaning.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WhitespaceTest {
    @Test
    void collapsesRunsOfEveryKindOfSpaceAndTrims() {
        assertEquals("a b c", Whitespace.normalize(" \t a\u00a0\u00a0b\u2007\u202f\n c  "));
        assertEquals("", Whitespace.normalize(null));
        assertEquals("", Whitespace.normalize(" \u00a0 "));
    }

    @Test
    void dropsCharactersThatPrintNothing() {
        assertEquals("cooperation", Whitespace.normalize("co\u00adoper\u200bation\ufeff"));
        assertEquals("a b", Whitespace.normalize("a \u200b b"));
    }

    @Test
    void startsAtTheGivenIndex() {
        assertEquals("item one", Whitespace.normalize("  •   item    one ", 4));
    }

    @Test
    void blankMeansNothingPrinted() {
        assertTrue(Whitespace.isBlank(" \u00a0\u200b\ufeff\t"));
        assertTrue(Whitespace.isBlank(""));
        assertFalse(Whitespace.isBlank(" . "));
    }
}
