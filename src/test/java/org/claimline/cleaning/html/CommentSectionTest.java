package org.claimline.cleaning.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.BlockKind;
import org.junit.jupiter.api.Test;

class CommentSectionTest {
    private static final String ARTICLE = """
            <p>The town council voted on Tuesday to close the old swimming pool by the river for good, after a report
            found that the roof, the pumps and the changing rooms would all need replacing within two years.</p>
            <p>Residents who spoke at the meeting asked for the pool to stay open through the summer, and the council
            agreed to keep it running until the end of August while a new site is chosen near the school.</p>
            <p>The mayor said the cost of a new pool would be shared with the county, which has set money aside for
            sports buildings, and that the design would be shown to the public before any contract is signed.</p>
            <p>Work on the new site could begin next spring if the county agrees, the council's planning office said,
            and the old building will be sold once the pool has closed and the land has been surveyed.</p>
            """;
    private static final String THREAD = """
            <hr><b>Comments are now closed for this story</b><br><br>
            <b>Marta K</b><br>I learned to swim in that pool forty years ago, and it is sad to see it go, but the roof
            has been leaking for as long as I can remember and the council has done nothing about it until now.<br><hr>
            <b>Joe from the hill</b><br>Another plan that will cost us twice what they say, mark my words, and the county
            will find a reason to pull out before the first stone is laid, as it did with the library.<br><hr>
            <b>Ana</b><br>Good news for the school, the children will not have to take the bus across town any more, and
            the river site floods every other winter anyway, which is probably what did for the pumps.<br><hr>
            <b>Pete R.</b><br>Why not fix the roof and keep the pool where it is, the building is part of the town's
            history and it would be a shame to sell it to whoever wants to put flats on the river bank.<br><hr>
            <b>Lou</b><br>Closing it in August is fine, most families are away anyway, but please keep the summer
            lessons going at the new site from the first day it opens, and keep the prices where they are.<br><hr>
            """;

    @Test
    void aCommentSectionHeadingEndsTheRegionAndTheThreadUnderItGoes() {
        Article a = HtmlPages.clean("Council votes to close the pool",
                "<div id=\"story\"><h1>Council votes to close the pool</h1>" + ARTICLE + THREAD + "</div>");
        assertTrue(a.text().contains("surveyed"), a.text());
        assertFalse(a.text().contains("Comments are now closed"), a.text());
        assertFalse(a.text().contains("learned to swim"), a.text());
        assertFalse(a.text().contains("summer lessons"), a.text());
    }

    @Test
    void aHeadingBeforeMostOfTheTextIsNotACommentSection() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.kept(BlockKind.HEADING, "Comments"));
        blocks.add(Block.kept(BlockKind.PARAGRAPH, "A page that is all discussion keeps its posts: " + "word ".repeat(60)));
        BlockBuilderStep.cutCommentSection(blocks);
        assertTrue(blocks.get(1).isKept());
    }

    @Test
    void aLongArticleKeepsItsTextBeforeTheHeadingAndLosesTheRest() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.kept(BlockKind.PARAGRAPH, "The article, long enough to stand alone: " + "word ".repeat(300)));
        blocks.add(Block.kept(BlockKind.HEADING, "12 Comments"));
        blocks.add(Block.kept(BlockKind.PARAGRAPH, "A thread longer than the article: " + "post ".repeat(600)));
        BlockBuilderStep.cutCommentSection(blocks);
        assertTrue(blocks.get(0).isKept());
        assertFalse(blocks.get(1).isKept());
        assertFalse(blocks.get(2).isKept());
    }
}
