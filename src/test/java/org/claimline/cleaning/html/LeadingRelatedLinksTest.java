package org.claimline.cleaning.html;

import org.junit.jupiter.api.Test;

/** A related-links box printed above the article in its cell ("Also Read" over a column of headlines) is not its text. */
class LeadingRelatedLinksTest {
    @Test
    void aRelatedBoxAboveTheArticleLeavesTheText() {
        HtmlPages.assertCleans("Talks end without agreement", "<div class='story'><h4>Also Read</h4>"
                + "<p>Harbour bridge to close for repairs</p><p>Mayor opens the new library</p>"
                + HtmlPages.TWO_PARAGRAPHS + "</div>", "The council met for three hours", "Harbour bridge",
                "new library");
    }

    @Test
    void aHeadingAloneAboveTheArticleTakesNothingWithIt() {
        HtmlPages.assertCleans("Talks end without agreement", "<div class='story'><h4>Latest news</h4>"
                + HtmlPages.TWO_PARAGRAPHS + "</div>", "The council met for three hours");
    }
}
