package org.claimline.cleaning.html;

import org.junit.jupiter.api.Test;

/** An id that is a web address names a page, not a block's role, whatever words its slug holds. */
class AddressIdTest {
    @Test
    void aWrapperWhoseIdIsTheAddressOfAPostAboutCommentsStays() {
        HtmlPages.assertCleans("Read comments on the go", "<div id='http://example.com/blog/2013/03/read-comments-on-the-go'>"
                + "<div class='post'>" + HtmlPages.TWO_PARAGRAPHS + "</div></div>", "The council met for three hours");
    }

    @Test
    void aCommentsIdStillGoes() {
        HtmlPages.assertCleans("Talks end without agreement", "<div class='post'>" + HtmlPages.TWO_PARAGRAPHS
                + "<div id='comments'><p>I was there myself, and nobody in the room expected anything else at all, whatever"
                + " the papers say.</p></div></div>", "The council met for three hours", "I was there myself");
    }
}
