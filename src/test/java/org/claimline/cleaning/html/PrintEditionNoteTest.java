package org.claimline.cleaning.html;

import org.junit.jupiter.api.Test;

/** A newspaper's note on where the article was printed closes the page's copy, not the article. */
class PrintEditionNoteTest {
    @Test
    void theNoteOnThePrintEditionLeavesTheText() {
        HtmlPages.assertCleans("Talks end without agreement", "<div class='story'>" + HtmlPages.TWO_PARAGRAPHS
                + "<h6>A version of this article appeared in print on 03/04/2015, on page B2 of the Coast edition with"
                + " the headline: Talks End Without Agreement.</h6></div>", "The council met for three hours",
                "appeared in print");
    }

    @Test
    void aSentenceAboutAnotherVersionStays() {
        HtmlPages.assertCleans("Talks end without agreement", "<div class='story'>" + HtmlPages.TWO_PARAGRAPHS
                + "<p>An earlier version of this article appeared to say that the mayor had left the meeting early;"
                + " she stayed until the end, as the minutes show.</p></div>", "she stayed until the end");
    }
}
