package org.claimline.cleaning.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.claimline.cleaning.HtmlExtractor;
import org.claimline.model.Article;
import org.junit.jupiter.api.Test;

/** A page that declares no site name: the part of its title beside the headline, where the page confirms it. */
class SiteFromTitleTest {
    private static final String LINKS = "<p><a href='http://www.valleycourier.com/news'>News</a>"
            + " <a href='http://www.valleycourier.com/sport'>Sport</a> <a href='http://www.valleycourier.com/'>Home</a></p>";

    private static Article clean(String title, String body) {
        return new HtmlExtractor().extract("<html><head><title>" + title + "</title></head><body>"
                + "<h1>Council approves the new budget</h1>" + body + HtmlPages.TWO_PARAGRAPHS + "</body></html>");
    }

    @Test
    void theTitlesOtherPartIsTheSiteWhenThePagesLinksSpellIt() {
        assertEquals("Valley Courier", clean("Council approves the new budget - Valley Courier", LINKS).metadata()
                .siteName());
    }

    @Test
    void anAddressOrTheCopyrightNoticeConfirmsItToo() {
        assertEquals("ValleyCourier.com", clean("ValleyCourier.com | Council approves the new budget", "")
                .metadata().siteName());
        assertEquals("The Valley Courier", clean("Council approves the new budget | The Valley Courier",
                "<div>\u00a9 2008 The Valley Courier. All rights reserved.</div>").metadata().siteName());
    }

    @Test
    void aSubtitleASectionOrAnUnconfirmedNameIsNoSite() {
        assertNull(clean("Council approves the new budget - Why the vote matters", LINKS).metadata().siteName());
        assertNull(clean("Council approves the new budget - Local News", LINKS).metadata().siteName());
        assertNull(clean("Council approves the new budget - Valley Courier", "").metadata().siteName());
    }
}
