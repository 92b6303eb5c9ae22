package org.claimline.cleaning.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A line offering to print, mail or save the article is the page's tools, not its text. */
class ToolLineTest {
    private static final String[] TOOLS = {"Print Format | Save Article",
        "Printer friendly page\nSend this article to Friends by E-Mail", "» Print this article", "Email|", "RSS"};
    private static final String[] TEXT = {"Your email list will begin to grow", "Share your thoughts with the council.",
        "Email Interviews are Great; Phone Calls or Meetings are Riskier", "Print | Related stories"};

    @Test
    void toolLinesAreShortOffersToDoSomethingWithTheArticle() {
        for (String line : TOOLS) {
            assertTrue(BlockBuilderStep.isToolLine(line), line);
        }
        for (String line : TEXT) {
            assertFalse(BlockBuilderStep.isToolLine(line), line);
        }
    }

    @Test
    void theToolLineUnderAnArticleLeavesTheText() {
        HtmlPages.assertCleans("Talks end without agreement", "<div class='story'>" + HtmlPages.TWO_PARAGRAPHS
                + "<p>Print Format | Save Article</p></div>", "The council met for three hours", "Print Format");
    }
}
