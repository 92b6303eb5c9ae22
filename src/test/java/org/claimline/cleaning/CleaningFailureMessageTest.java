package org.claimline.cleaning;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A defect in the cleaner is reported in the user's words, without the defect's Java name. */
class CleaningFailureMessageTest {
    @Test
    void theMessageNamesTheFileAndNoJavaClass() {
        StackOverflowError cause = new StackOverflowError();
        CleaningException e = ArticleCleaner.failure("op-ed.html", cause);
        assertTrue(e.getMessage().startsWith("op-ed.html could not be cleaned"), e.getMessage());
        assertFalse(e.getMessage().contains("StackOverflow") || e.getMessage().contains("Exception"), e.getMessage());
        assertSame(cause, e.getCause());
    }
}
