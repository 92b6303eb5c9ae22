package org.claimline.cleaning.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.BlockKind;
import org.junit.jupiter.api.Test;

class LeadingHeadlineTest {
    private static final String TITLE = "Who will win the election? \u00ab Notes from the field";
    private static final String BODY = """
            <p>Every four years the same question fills the papers for months, and every four years the polls, the
            pundits and the betting markets give three different answers to it, each with great confidence.</p>
            <p>This time the models agree more than they used to, which says more about the shared data they are built
            on than about the voters, who have a way of changing their minds in the last week of a campaign.</p>
            <p>So I will not make a forecast here, only note that the turnout in the cities, as in the last two
            elections, will decide it long before the counting in the suburbs is finished.</p>
            """;

    @Test
    void aHeadingAboveTheFirstSentenceWhoseWordsAreTheTitlesIsTheHeadline() {
        Article a = HtmlPages.clean(TITLE, "<div id=\"post\"><h2>Who will win the election?</h2>" + BODY + "</div>");
        assertFalse(a.text().contains("Who will win"), a.text());
        assertTrue(a.text().startsWith("Every four years"), a.text());
    }

    @Test
    void aSectionHeadingAfterTheFirstSentenceOrOfOtherWordsStays() {
        Block prose = Block.kept(BlockKind.PARAGRAPH, "The first paragraph of the article, which reads as prose does.");
        assertEquals(2, keptAfter(prose, Block.kept(BlockKind.HEADING, "The election")));
        assertEquals(2, keptAfter(Block.kept(BlockKind.HEADING, "Lorem ipsum dolor sit amet"), prose));
        assertEquals(1, keptAfter(Block.kept(BlockKind.HEADING, "Who will win the election?"), prose));
    }

    private static long keptAfter(Block... blocks) {
        List<Block> list = new ArrayList<>(List.of(blocks));
        BlockBuilderStep.dropLeadingHeadlines(list, TITLE);
        return list.stream().filter(Block::isKept).count();
    }
}
