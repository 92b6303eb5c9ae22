package org.claimline.cleaning.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HiddenCopyTest {
    private static final String LEAD = "The council voted on Tuesday to close the old swimming baths by the river at the end of"
            + " the summer, after the engineers found that the roof over the main pool could not be repaired at a cost the"
            + " town could bear.";
    private static final String PAGE = """
            <div class="story"><h1>Old baths to close</h1>
            <div class="article-lead hidden"><p>%1$s</p></div>
            <div class="article-lead"><p>%1$s</p></div>
            <p>Swimmers who have used the baths for fifty years gathered outside the town hall before the vote, and several
            of them spoke at the meeting about the lessons they had learned there as children, in water far colder than
            any pool would be allowed to be now.</p>
            <p>The council says a new pool will be built beside the school, but no date has been set for the work, and the
            money for it has not yet been found, which the swimmers said left them with no pool at all for years.</p>
            <div class="article-note hide"><p>A short note the page only shows when the reader asks for it, with no copy elsewhere
            on the page, stays where it is in the text.</p></div>
            </div>
            """.formatted(LEAD);

    @Test
    void aHiddenCopyOfTheLeadIsNotPrintedTwice() {
        String text = HtmlPages.clean("Old baths to close", PAGE).text();
        assertEquals(text.indexOf(LEAD), text.lastIndexOf(LEAD), text);
        assertTrue(text.contains(LEAD), text);
    }

    @Test
    void aHiddenBlockWithoutACopyStays() {
        HtmlPages.assertCleans("Old baths to close", PAGE, "only shows when the reader asks");
    }
}
