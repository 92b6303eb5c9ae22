package org.claimline.cleaning.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.claimline.cleaning.HtmlExtractor;
import org.claimline.model.Article;
import org.junit.jupiter.api.Test;

/** The publication date a page prints in an element named for it, where it declares none. */
class PrintedDateTest {
    private static final String BODY = HtmlPages.TWO_PARAGRAPHS;

    private static Article clean(String body) {
        return new HtmlExtractor().extract("<html><head><title>Talks end without agreement</title></head><body>"
                + body + "</body></html>");
    }

    @Test
    void aDateLineUnderTheHeadlineIsThePublicationDate() {
        Article a = clean("<div class='masthead-date'>Monday, March 3, 2008</div><div id='infoBar'>Tuesday, March 4, 2008</div><h1>Talks end without agreement</h1>"
                + "<div class='story-byline'>By Jane Roe | Published: January 9, 2008</div>" + BODY
                + "<div class='comment'><span class='date'>January 10, 2008</span> First!</div>");
        assertEquals(LocalDate.of(2008, 1, 9), a.metadata().published().date());
    }

    @Test
    void aDeclaredDateComesFirst() {
        Article a = new HtmlExtractor().extract("<html><head><meta property='article:published_time'"
                + " content='2008-01-08T10:00:00Z'></head><body><h1>Talks end without agreement</h1>"
                + "<div class='date'>January 9, 2008</div>" + BODY + "</body></html>");
        assertEquals(LocalDate.of(2008, 1, 8), a.metadata().published().date());
    }

    @Test
    void datesInCommentsListsAndLinksAreNotTheArticles() {
        Article a = clean("<h1>Talks end without agreement</h1>" + BODY
                + "<div class='comments'><div class='comment-date'>January 10, 2008</div></div>"
                + "<ul class='recent-posts'><li class='post-date'>January 2, 2008</li></ul>"
                + "<p><a class='entry-date' href='/2008/01/01/'>January 1, 2008</a></p>");
        assertNull(a.metadata().published());
    }
}
