package org.claimline.cleaning.html;

import org.junit.jupiter.api.Test;

/** A post's own list of links, each with something said beside it, is its text; a related-links list is not. */
class PostListTest {
    private static final String OPENING = "<p>The council met for three hours on Tuesday and could not agree on the"
            + " province's future, its members said afterwards, although the talks would go on next month.</p>";
    private static final String CLOSING = "<p>Diplomats from both sides said they expected a new proposal before the"
            + " end of the year, and that the mission on the ground would keep its mandate until then.</p>";

    private static String list(String remark) {
        return "<ul><li><a href='/a'>The first proposal of the northern delegation</a>" + remark + "</li>"
                + "<li><a href='/b'>The second proposal of the southern delegation</a>" + remark + "</li>"
                + "<li><a href='/c'>The third proposal of the observers' mission</a>" + remark + "</li></ul>";
    }

    @Test
    void aListTheTextLeadsIntoStays() {
        HtmlPages.assertCleans("Talks end without agreement", "<div class='post'>" + OPENING + CLOSING
                + "<p><strong>The proposals:</strong></p>" + list(" (rejected, 12 votes to 3)") + "</div>",
                "The second proposal of the southern delegation (rejected");
    }

    @Test
    void aListBetweenParagraphsStays() {
        HtmlPages.assertCleans("Talks end without agreement", "<div class='post'>" + OPENING + list(" – 15.7%")
                + CLOSING + "</div>", "The third proposal of the observers' mission – 15.7%");
    }

    @Test
    void aListOfBareLinksStillGoes() {
        HtmlPages.assertCleans("Talks end without agreement", "<div class='post'>" + OPENING + CLOSING
                + "<p><strong>Related stories:</strong></p>" + list("") + "</div>", "Diplomats from both sides",
                "The second proposal");
    }
}
