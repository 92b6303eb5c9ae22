package org.claimline.cleaning.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.claimline.cleaning.HtmlExtractor;
import org.claimline.model.Article;
import org.junit.jupiter.api.Test;

/** The page's title where a browser finds it, also when an old page puts it after its head. */
class DocumentTitleTest {
    private static final String BODY = HtmlPages.TWO_PARAGRAPHS;

    private static Article clean(String html) {
        return new HtmlExtractor().extract(html);
    }

    @Test
    void titleAfterTheHeadIsThePagesTitle() {
        // a stray second <html> and a layout table before the title: the parser has left the head by then
        Article a = clean("<html><meta charset='utf-8'><html><body><table><tr><td>"
                + "<title>No agreement reached on the province's future status</title>" + BODY
                + "</td></tr></table></body></html>");
        assertEquals("No agreement reached on the province's future status", a.metadata().title());
    }

    @Test
    void aDrawingsTitleIsNotThePagesTitle() {
        Article a = clean("<html><body><svg><title>Close icon</title></svg>" + BODY + "</body></html>");
        assertNull(a.metadata().title());
    }

    @Test
    void theHeadsTitleStillComesFirst() {
        Article a = clean("<html><head><title>Talks on the province end without agreement</title></head><body>"
                + "<div><title>Another title</title></div>" + BODY + "</body></html>");
        assertEquals("Talks on the province end without agreement", a.metadata().title());
    }

    @Test
    void aHeadlineElementOfThePageCutsTheSiteAndSectionOffTheTitle() {
        Article a = clean("<html><head><title>The Valley Courier - Council approves the new budget after long"
                + " debate - Local News</title></head><body><div class='story-headline'>Council approves the new"
                + " budget after long debate</div>" + BODY + "</body></html>");
        assertEquals("Council approves the new budget after long debate", a.metadata().title());
    }

    @Test
    void aMastheadNamingTheSiteIsNotTakenForTheHeadline() {
        Article a = clean("<html><head><title>The Valley Courier - Council approves the new budget</title></head>"
                + "<body><div id='site-title'>The Valley Courier</div>" + BODY + "</body></html>");
        assertEquals("The Valley Courier - Council approves the new budget", a.metadata().title());
    }

    @Test
    void aKeywordListIsNoStandfirst() {
        assertNull(MetadataStep.notKeywords("belfast, belfast news, telegraph, northern ireland, newspaper, jobs"));
        String sentence = "The council, the mayor, the unions and the police agreed on a budget.";
        assertEquals(sentence, MetadataStep.notKeywords(sentence));
        assertEquals("A budget at last", MetadataStep.notKeywords("A budget at last"));
    }
}
