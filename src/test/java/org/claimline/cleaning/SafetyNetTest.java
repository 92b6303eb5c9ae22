package org.claimline.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.BlockKind;
import org.junit.jupiter.api.Test;

class SafetyNetTest {
    private static final List<String> ARTICLE = List.of(
            "The council voted on the budget yesterday, and the result, close as it was, will shape the city.",
            "Opponents said the plan spends too much on roads and too little on the schools that need it most.",
            "The mayor answered that the roads had waited for a decade and that the schools would get their turn.",
            "A second vote, on the housing plan, was put off until the spring because two members were away.");
    private static final String FOOTER = "Copyright © 2019 The Daily Example | Terms of Service | Privacy Policy";

    private static Article article(Block... blocks) {
        return new Article(Article.Metadata.empty(), List.of(blocks));
    }

    private static Block para(int i, String reason) {
        return reason == null ? Block.kept(BlockKind.PARAGRAPH, ARTICLE.get(i))
                : Block.removed(BlockKind.PARAGRAPH, ARTICLE.get(i), reason);
    }

    @Test
    void aFooterTakenForTheArticleGivesWayToTheRegionHoldingThePagesProse() {
        Article in = article(Block.removed(BlockKind.PARAGRAPH, "Home News Sport Opinion", "navigation"),
                Block.removed(BlockKind.PARAGRAPH, String.join("\n", ARTICLE), "image gallery"),
                Block.kept(BlockKind.PARAGRAPH, FOOTER));
        Article out = SafetyNet.apply(in);
        assertEquals(String.join(Article.BLOCK_SEPARATOR, ARTICLE), out.text());
        assertTrue(out.confidence().safetyNet());
        assertEquals(SafetyNet.OUTSIDE_REGION, out.blocks().get(out.blocks().size() - 1).removedReason());
        assertEquals("Home News Sport Opinion", out.blocks().get(0).text());
        assertFalse(out.blocks().get(0).isKept());
    }

    @Test
    void aLongLegalNoticeTakenForTheArticleGivesWayToTheArticle() {
        Article in = article(Block.removed(BlockKind.PARAGRAPH, String.join("\n", ARTICLE), "boilerplate"),
                Block.kept(BlockKind.PARAGRAPH, ProseTest.LONG_NOTICE));
        Article out = SafetyNet.apply(in);
        assertEquals(String.join(Article.BLOCK_SEPARATOR, ARTICLE), out.text());
        assertTrue(out.confidence().safetyNet());
    }

    @Test
    void aFooterOfDisclaimersTakenForTheArticleGivesWayToTheArticle() {
        Article in = article(Block.removed(BlockKind.PARAGRAPH, String.join("\n", ARTICLE), "boilerplate"),
                Block.removed(BlockKind.LIST_ITEM, "Related Articles", "links"),
                Block.kept(BlockKind.PARAGRAPH, String.join("\n", ProseTest.DISCLAIMERS)));
        Article out = SafetyNet.apply(in);
        assertEquals(String.join(Article.BLOCK_SEPARATOR, ARTICLE), out.text());
        assertTrue(out.confidence().safetyNet());
    }

    @Test
    void aRemovedContainerGivesBackOnlyItsProseAndSentencesNotItsMenuLines() {
        String container = "Share Tweet Email\n" + ARTICLE.get(0) + "\nIt was a bad year for them.\n"
                + String.join("\n", ARTICLE.subList(1, 4)) + "\nMore";
        Article out = SafetyNet.apply(article(Block.removed(BlockKind.PARAGRAPH, container, "share buttons"),
                Block.kept(BlockKind.PARAGRAPH, "Sign up for our newsletter")));
        assertTrue(out.text().startsWith(ARTICLE.get(0)), out.text());
        assertTrue(out.text().contains("\n\nIt was a bad year for them.\n\n"), out.text());
        assertTrue(out.text().endsWith(ARTICLE.get(3)), out.text());
        assertFalse(out.text().contains("Share Tweet"));
        assertTrue(out.removedBlocks().stream().anyMatch(b -> b.text().equals("Share Tweet Email")));
    }

    @Test
    void aGoodCleanIsLeftAloneAndIsNotDoubtful() {
        Article in = article(Block.removed(BlockKind.PARAGRAPH, "Home News Sport Opinion", "navigation"), para(0, null),
                para(1, null), para(2, null), para(3, null), Block.removed(BlockKind.PARAGRAPH, FOOTER, "footer"));
        Article out = SafetyNet.apply(in);
        assertEquals(in.blocks(), out.blocks());
        assertFalse(out.confidence().safetyNet());
        assertFalse(out.confidence().doubtful(), out.confidence().toString());
        assertEquals(1.0, out.confidence().keptProseShare(), 1e-9);
    }

    @Test
    void aCommentThreadNeverBecomesTheBody() {
        String thread = String.join("\n", ARTICLE) + "\n" + String.join("\n", ARTICLE);
        Article in = article(Block.kept(BlockKind.PARAGRAPH, "Short news: the vote is done."),
                Block.removed(BlockKind.PARAGRAPH, thread, "comments"));
        Article out = SafetyNet.apply(in);
        assertEquals(in.blocks(), out.blocks());
        assertEquals("Short news: the vote is done.", out.text());
    }

    @Test
    void commentHeadersWallOffEachCommentInTextDumps() {
        // each comment alone is short: with the headers as walls no region reaches the threshold
        Article in = article(Block.kept(BlockKind.PARAGRAPH, FOOTER),
                Block.removed(BlockKind.PARAGRAPH, "Jane Roe says:", "outside"), para(0, "outside"),
                Block.removed(BlockKind.PARAGRAPH, "John Doe says:", "outside"), para(1, "outside"),
                Block.removed(BlockKind.PARAGRAPH, "Ann Poe says:", "outside"), para(2, "outside"));
        Article out = SafetyNet.apply(in);
        assertEquals(in.blocks(), out.blocks());
        assertTrue(out.confidence().doubtful(), "legal text as the whole article is doubtful: " + out.confidence());
    }

    @Test
    void hiddenTextIsNeverRestored() {
        Article in = article(Block.removed(BlockKind.PARAGRAPH, String.join("\n", ARTICLE), "hidden"),
                Block.kept(BlockKind.PARAGRAPH, FOOTER));
        Article out = SafetyNet.apply(in);
        assertEquals(FOOTER, out.text());
    }

    @Test
    void confidenceFallsWhenAnotherRegionHoldsAsMuchProseAsTheArticle() {
        Article in = article(para(0, null), para(1, null),
                Block.removed(BlockKind.PARAGRAPH, "Most read | Sport | Weather | Video", "related"),
                Block.removed(BlockKind.PARAGRAPH, "Home | News | Contact | About us | Jobs", "related"),
                Block.removed(BlockKind.PARAGRAPH, "Search | Subscribe | Log in | Newsletters", "related"),
                para(2, "sidebar"), para(3, "sidebar"));
        Article.Confidence c = SafetyNet.apply(in).confidence();
        assertTrue(c.runnerUp() > 0.9, c.toString());
        assertTrue(c.doubtful(), c.toString());
        assertTrue(c.keptProseShare() > 0.4 && c.keptProseShare() < 0.6, c.toString());
    }

    /** Readers' comments as the page prints them below the article, none headed in a way Prose knows. */
    private static final List<String> COMMENTS = List.of(
            "I agree with most of this, although the roads have been bad for so long that nobody remembers them new.",
            "The schools in our part of town were promised the same thing last year, and the year before that too.",
            "Thanks for writing this up so clearly, it is more than the council has managed in its own newsletter.",
            "My street was dug up twice in one summer, so forgive me if I do not believe the plan will be different.");

    @Test
    void readersCommentsAfterACommentHeadingAreNoRivalToTheArticle() {
        List<Block> blocks = new java.util.ArrayList<>(List.of(para(0, null), para(1, null), para(2, null),
                Block.removed(BlockKind.HEADING, "Leave a reply", "comments form")));
        COMMENTS.forEach(c -> blocks.add(Block.removed(BlockKind.PARAGRAPH, c, "outside main content")));
        Article.Confidence c = SafetyNet.apply(new Article(Article.Metadata.empty(), blocks)).confidence();
        assertEquals(0, c.runnerUp(), 0.01, c.toString());
        assertFalse(c.doubtful(), c.toString());
    }

    @Test
    void aShortPostIsTheArticleWhenTheKeptTextIsAReadersCommentBelowTheCommentHeader() {
        String post = "It is Moroccan made easy: add ginger, garlic and cumin to tomatoes and chicken, and let it "
                + "cook slowly.";
        Article in = article(Block.removed(BlockKind.PARAGRAPH, "Home\nRecipes\nVideo", "navigation"),
                Block.removed(BlockKind.PARAGRAPH, post, "boilerplate"),
                Block.removed(BlockKind.PARAGRAPH, "1 Comment", "share buttons"),
                Block.removed(BlockKind.PARAGRAPH, "Name[ ]\nEmail[ ]", "boilerplate"),
                Block.kept(BlockKind.PARAGRAPH, COMMENTS.get(0) + " " + COMMENTS.get(1)));
        Article out = SafetyNet.apply(in);
        assertEquals(post, out.text());
        assertTrue(out.confidence().safetyNet());
        // a comment count above the article ("By Jane | 5 Comments") with no post above it changes nothing
        Article top = article(Block.removed(BlockKind.PARAGRAPH, "5 Comments", "share buttons"),
                Block.kept(BlockKind.PARAGRAPH, COMMENTS.get(2)));
        assertEquals(top.blocks(), SafetyNet.apply(top).blocks());
        // nor does a kept text long enough to be an article of its own
        Article longKept = article(Block.removed(BlockKind.PARAGRAPH, post, "boilerplate"),
                Block.removed(BlockKind.PARAGRAPH, "1 Comment", "share buttons"), para(0, null), para(1, null),
                para(2, null), para(3, null), Block.kept(BlockKind.PARAGRAPH, COMMENTS.get(3)));
        assertEquals(longKept.blocks(), SafetyNet.apply(longKept).blocks());
    }

    @Test
    void aListOfDatedEntriesIsNoRivalButItsLargestEntryWouldBe() {
        List<Block> blocks = new java.util.ArrayList<>(List.of(para(0, null), para(1, null), para(2, null),
                Block.removed(BlockKind.PARAGRAPH, "Sign up for our newsletter", "boilerplate")));
        for (int i = 0; i < COMMENTS.size(); i++) {
            blocks.add(Block.removed(BlockKind.PARAGRAPH, "November " + (12 + i) + ", 2012", "date"));
            blocks.add(Block.removed(BlockKind.PARAGRAPH, "Reader " + i, "boilerplate"));
            blocks.add(Block.removed(BlockKind.PARAGRAPH, COMMENTS.get(i), "boilerplate"));
        }
        Article.Confidence c = SafetyNet.apply(new Article(Article.Metadata.empty(), blocks)).confidence();
        assertTrue(c.runnerUp() > 0.3 && c.runnerUp() < 0.4, "one entry against three paragraphs: " + c);
        assertFalse(c.doubtful(), c.toString());
        // without the dates the same lines are one region with more prose than the article
        List<Block> undated = blocks.stream().filter(b -> !"date".equals(b.removedReason())).toList();
        Article.Confidence u = SafetyNet.apply(new Article(Article.Metadata.empty(), undated)).confidence();
        assertTrue(u.runnerUp() > 0.9, u.toString());
    }

    @Test
    void aCommentThreadAfterTheArticleIsCutFromItsLeadLineOn() {
        Article in = article(para(0, null), para(1, null), para(2, null), para(3, null),
                Block.kept(BlockKind.HEADING, "3 Comments"),
                Block.kept(BlockKind.PARAGRAPH, "Jane Roe On Friday, November 2 at 10:44 am"),
                Block.kept(BlockKind.PARAGRAPH, "Great piece, thanks for writing it."),
                Block.kept(BlockKind.PARAGRAPH, "Posted by: John Doe | 09/29/2012 at 04:36 AM"),
                Block.kept(BlockKind.PARAGRAPH, "I disagree with every word of it."),
                Block.kept(BlockKind.PARAGRAPH, "by jdoe (12345) writes:"),
                Block.kept(BlockKind.PARAGRAPH, "Me too."));
        Article out = SafetyNet.apply(in);
        assertEquals(String.join(Article.BLOCK_SEPARATOR, ARTICLE), out.text());
        assertEquals(SafetyNet.COMMENT_THREAD, out.blocks().get(4).removedReason());
    }

    @Test
    void timesInAQuoteOrALoneDatelineDoNotMakeAThread() {
        Article in = article(Block.kept(BlockKind.PARAGRAPH, "Posted October 27, 2012 @ 3:28 PM by Jeremy Walker"),
                para(0, null), para(1, null), Block.kept(BlockKind.QUOTE, "Makali wrote:"),
                Block.kept(BlockKind.QUOTE, "Ann wrote:"), Block.kept(BlockKind.QUOTE, "Various people wrote:"),
                para(2, null), para(3, null));
        assertEquals(in.blocks(), SafetyNet.apply(in).blocks());
    }

    @Test
    void aShortPostIsTheArticleWhenTheKeptTextIsItsCommentThread() {
        String comment1 = "I really disagree with this, the roads have been fine in my part of town for years now.";
        String comment2 = "You are right about the schools though, my kids have had no heating since the autumn.";
        String comment3 = "Thanks for writing this up, I could not make it to the meeting and wanted to know more.";
        Article in = article(Block.removed(BlockKind.PARAGRAPH, ARTICLE.get(0) + "\n" + ARTICLE.get(1), "short"),
                Block.removed(BlockKind.PARAGRAPH, "Leave a Reply", "comments"),
                Block.kept(BlockKind.HEADING, "Alice says:"), Block.kept(BlockKind.PARAGRAPH, comment1),
                Block.kept(BlockKind.HEADING, "Bob says:"), Block.kept(BlockKind.PARAGRAPH, comment2),
                Block.kept(BlockKind.HEADING, "Carol says:"), Block.kept(BlockKind.PARAGRAPH, comment3));
        Article out = SafetyNet.apply(in);
        assertEquals(ARTICLE.get(0) + Article.BLOCK_SEPARATOR + ARTICLE.get(1), out.text());
        assertTrue(out.confidence().safetyNet());
    }

    @Test
    void aPostsOwnDateLinesAreNoCommentThread() {
        Article in = article(Block.removed(BlockKind.PARAGRAPH, ARTICLE.get(0) + "\n" + ARTICLE.get(1), "sidebar"),
                Block.removed(BlockKind.PARAGRAPH, "Posted at 02:44 PM ET, 03/27/2013", "date"),
                Block.removed(BlockKind.PARAGRAPH, "Mar 27, 2013 06:44 PM EDT", "date"),
                Block.removed(BlockKind.PARAGRAPH, "By Jane Roe | 02:44 PM ET, 03/27/2013", "byline"),
                para(2, null), para(3, null));
        Article out = SafetyNet.apply(in);
        assertEquals(ARTICLE.get(2) + Article.BLOCK_SEPARATOR + ARTICLE.get(3), out.text());
        assertFalse(out.confidence().safetyNet());
    }
}
