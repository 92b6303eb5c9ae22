package org.claimline.cleaning.html;

import org.claimline.cleaning.HtmlExtractor;
import org.claimline.model.Article;

/** Hand-written test pages: a title and a body's markup, cleaned as a saved page would be. */
final class HtmlPages {
    /** Two paragraphs of ordinary news prose: a body any page's metadata can sit around. */
    static final String TWO_PARAGRAPHS = "<p>The council met for three hours on Tuesday and could not agree on the"
            + " province's future, its members said afterwards, although the talks would go on next month.</p>"
            + "<p>Diplomats from both sides said they expected a new proposal before the end of the year, and"
            + " that the mission on the ground would keep its mandate until then.</p>";

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
