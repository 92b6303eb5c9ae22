package org.claimline.cleaning.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimline.model.Article;
import org.junit.jupiter.api.Test;

class RelatedLinksTest {
    private static final String STORY = """
            <p>The county library will open on Sundays from next month, the council said on Thursday, after a year in
            which the number of visitors on Saturdays grew so much that the reading rooms ran out of chairs by noon.</p>
            <p>The extra day will be staffed by volunteers from the reading club and two librarians who asked for the
            shift, and the children's corner will hold a story hour at eleven for families who cannot come in the week.</p>
            <p>The library's director said the longer week would cost less than the heating of the old annex, which
            will close in the spring, and that the computers upstairs would be open to anyone with a library card.</p>
            """;
    private static final String LINKS = """
            <p><b>More headlines</b></p>
            <p><a href="/a">Bridge repairs to start in May</a></p>
            <p>Lanes will close at night.</p>
            <p><a href="/b">Town band plays its hundredth concert</a></p>
            <p><a href="/c">New bus stops for the hospital road</a></p>
            """;

    @Test
    void aRelatedLinksHeadingFollowedByTeasersEndsTheArticle() {
        Article a = HtmlPages.clean("Library to open on Sundays", "<table><tr><td>" + STORY + LINKS + "</td></tr></table>");
        assertTrue(a.text().contains("library card"), a.text());
        assertFalse(a.text().contains("More headlines"), a.text());
        assertFalse(a.text().contains("Lanes will close"), a.text());
    }

    @Test
    void aRelatedHeadingWithMoreOfTheArticleAfterItStays() {
        String more = "<p>Readers who want to help can sign up at the front desk, the director added, and the club will"
                + " train every new volunteer over two evenings before the first Sunday, with tea and biscuits.</p>"
                + "<p>The council will look at the figures again after six months and decide then whether the Sunday"
                + " opening becomes a fixture of the library's week or stays a trial for the summer only.</p>";
        Article a = HtmlPages.clean("Library to open on Sundays", "<div>" + STORY + LINKS + more + "</div>");
        assertTrue(a.text().contains("tea and biscuits"), a.text());
    }
}
