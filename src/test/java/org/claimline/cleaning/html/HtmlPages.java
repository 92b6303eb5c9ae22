package org.claimline.cleaning.html;

import org.claimline.cleaning.HtmlExtractor;
import org.claimline.model.Article;

/** Hand-written test pages: a title and a body's markup, cleaned as a saved page would be. */
final class HtmlPages {
    private HtmlPages() {
    }

    /** Cleans the page and checks that its text holds {@code kept} and none of {@code gone}. */
    static void assertCleans(String title, String body, String kept, String... gone) {
        String text = clean(title, body).text();
        org.junit.jupiter.api.Assertions.assertTrue(text.contains(kept), text);
        for (String g : gone) {
            org.junit.jupiter.api.Assertions.assertFalse(text.contains(g), text);
        }
    }

    static Article clean(String title, String body) {
        return new HtmlExtractor().extract("<html><head><title>" + title + "</title></head><body>" + body
                + "</body></html>");
    }
}
