package org.claimline.cleaning.html;

import org.junit.jupiter.api.Test;

/**
 * A heading whose class names a header ("section-header", "story-header") is the article's own heading, not the page's
 * header bar: only containers are unlikely candidates by such a name.
 */
class HeaderClassHeadingTest {
    @Test
    void aSubheadingNamedHeaderStaysInTheArticle() {
        HtmlPages.assertCleans("Talks end without agreement", "<div class='post'>" + HtmlPages.TWO_PARAGRAPHS
                + "<h2 class='section-header'>What the members said afterwards</h2>" + HtmlPages.TWO_PARAGRAPHS
                + "</div>", "What the members said afterwards");
    }

    @Test
    void aHeaderBarStillGoes() {
        HtmlPages.assertCleans("Talks end without agreement", "<div class='site-header'><p>The Daily Example, news from"
                + " the coast and the hills since 1901, with weather.</p></div><div class='post'>"
                + HtmlPages.TWO_PARAGRAPHS + "</div>", "The council met for three hours", "news from the coast");
    }
}
