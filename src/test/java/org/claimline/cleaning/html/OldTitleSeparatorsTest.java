package org.claimline.cleaning.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimline.cleaning.HtmlExtractor;
import org.junit.jupiter.api.Test;

/**
 * Old pages join a title's parts with "--" or "::", which Readability's cut does not read; the page's heading finds
 * the headline among them, and a blog's name in the heading never passes for it.
 */
class OldTitleSeparatorsTest {
    private static String title(String title, String h1) {
        return new HtmlExtractor().extract("<html><head><title>" + title + "</title></head><body><h1>" + h1 + "</h1>"
                + HtmlPages.TWO_PARAGRAPHS + "</body></html>").metadata().title();
    }

    @Test
    void theHeadingBesideADoubleHyphenOrDoubleColonIsTheHeadline() {
        assertEquals("Harbour owner to pay fines", title("Harbour owner to pay fines -- dailyexample.com",
                "Harbour owner to pay fines"));
        assertEquals("Design notes: not in production 7", title("Design notes: not in production 7:: Example Journal",
                "Design notes: not in production 7"));
        assertEquals("Ferry turf is terrible, captain says", title("example.com -- Ferry turf is terrible, captain says",
                "Ferry turf is terrible, captain says"));
    }

    @Test
    void aKickerBeforeAColonDoesNotMakeTheSiteThePartKept() {
        // Readability's cut keeps what follows the colon, site and all; the heading is the whole headline
        assertEquals("Simon says: the best is yet to come for the show", title(
                "Simon says: the best is yet to come for the show -- Example Sun-Sentinel.com",
                "Simon says: the best is yet to come for the show"));
    }

    @Test
    void aBlogsNameInTheHeadingIsNotTheHeadline() {
        assertEquals("Stretching the cluster further at lower cost", title(
                "Stretching the cluster further at lower cost - Virtual Notes", "Virtual Notes"));
        assertEquals("Notes Weekly: a short post", title("Notes Weekly: a short post", "Notes Weekly"));
    }
}
