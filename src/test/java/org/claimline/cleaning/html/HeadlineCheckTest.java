package org.claimline.cleaning.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimline.cleaning.HtmlExtractor;
import org.junit.jupiter.api.Test;

/** A {@code <title>} that shares no word with the article names the site; the page's heading is the headline. */
class HeadlineCheckTest {
    private static final String ARTICLE = ("<p>The harbour ferry returned to service on Tuesday after three weeks of"
            + " repairs to its engines, the operator said, and the timetable will be back to normal by Friday.</p>"
            + "<p>Passengers had waited for the ferry on the quay for hours during the repairs, and the council asked"
            + " the operator to explain why the spare engine parts had taken so long to arrive.</p>").repeat(2);

    private static String title(String head, String beforeArticle, String afterArticle) {
        return new HtmlExtractor().extract("<html><head>" + head + "</head><body><div id='masthead'>Example Wire</div>"
                + beforeArticle + "<div class='post'>" + ARTICLE + "</div>" + afterArticle + "</body></html>")
                .metadata().title();
    }

    @Test
    void aSiteNameForTitleGivesWayToTheHeadingAboveTheArticle() {
        assertEquals("Harbour ferry back in service after engine repairs", title("<title>Example Sports Wire</title>",
                "<h2>Older: council budget passes</h2><h3>Harbour ferry back in service after engine repairs</h3>", ""));
    }

    @Test
    void aTitleThatSharesAWordWithTheArticleStays() {
        assertEquals("Ferry strike ends", title("<title>Ferry strike ends</title>",
                "<h3>Harbour ferry back in service after engine repairs</h3>", ""));
    }

    @Test
    void aHeadingThatSharesTooLittleOrComesAfterTheArticleIsNotTaken() {
        assertEquals("Example Sports Wire", title("<title>Example Sports Wire</title>",
                "<h3>Mayor opens the new library wing</h3>",
                "<h3>Harbour ferry back in service after engine repairs</h3>"));
    }
}
