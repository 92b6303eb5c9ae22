package org.claimline.cleaning.html;

import org.junit.jupiter.api.Test;

/** A paragraph written as a {@code <div>} with a link in its sentence is text, not a list of links. */
class LinkedParagraphTest {
    private static final String FIRST = "<p>The council met for three hours on Tuesday and could not agree on the"
            + " province's future, its members said afterwards, although the talks would go on next month.</p>";
    private static final String LAST = "<p>Diplomats from both sides said they expected a new proposal before the end"
            + " of the year, and that the mission on the ground would keep its mandate until then.</p>";
    private static final String LINKED = "<div>Today the minutes are public. Anyone who wants to read them can"
            + " <a href='/minutes'>download the full minutes of the meeting here</a>.</div>";

    @Test
    void aDivWithALinkInItsSentenceBetweenParagraphsStays() {
        HtmlPages.assertCleans("Talks end without agreement", "<div class='post'>" + FIRST + LINKED + LAST + "</div>",
                "Anyone who wants to read them can download the full minutes");
    }

    @Test
    void aRowOfLinksBetweenParagraphsStillGoes() {
        HtmlPages.assertCleans("Talks end without agreement", "<div class='post'>" + FIRST + "<div><a href='/a'>Council"
                + " news</a> | <a href='/b'>Province news</a> | <a href='/c'>More about the talks</a></div>" + LAST
                + "</div>", "Diplomats from both sides", "Province news");
    }

    @Test
    void aLinkedSentenceUnderThePostIsNoParagraphOfIt() {
        HtmlPages.assertCleans("Talks end without agreement", "<div class='post'>" + FIRST + LAST + LINKED + "</div>",
                "Diplomats from both sides", "Anyone who wants");
    }
}
