package org.claimline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeptBlocksTest {
    private static final Article.Confidence DOUBT = new Article.Confidence(0.2, 0.1, true, 0.9);

    static Article page() {
        return new Article(Article.Metadata.empty().withTitle("T"), List.of(
                Block.removed(BlockKind.PARAGRAPH, "Home | News | Opinion", "navigation"),
                Block.kept(BlockKind.PARAGRAPH, "It was a bad year for both countries."),
                Block.removed(BlockKind.PARAGRAPH, "The talks failed in May.", "boilerplate"),
                Block.kept(BlockKind.PARAGRAPH, "Nobody expected it."),
                Block.removed(BlockKind.PARAGRAPH, "Copyright 2019 | Terms", "footer"))).withConfidence(DOUBT);
    }

    @Test
    void wholePageKeepsEveryBlockAndTheTextGrows() {
        Article whole = KeptBlocks.wholePage(page());
        assertTrue(whole.blocks().stream().allMatch(Block::isKept));
        assertTrue(whole.text().startsWith("Home | News"));
        assertTrue(whole.text().endsWith("Terms"));
        assertTrue(whole.text().length() > page().text().length());
    }

    @Test
    void betweenKeepsTheChosenStartToEndAndRemovesTheRest() {
        Article a = KeptBlocks.between(page(), 1, 3);
        assertEquals("It was a bad year for both countries.\n\nThe talks failed in May.\n\nNobody expected it.", a.text());
        Article b = KeptBlocks.between(page(), 3, 2);   // given in either order
        assertEquals("The talks failed in May.\n\nNobody expected it.", b.text());
        assertEquals(KeptBlocks.OUTSIDE_CHOSEN, b.blocks().get(1).removedReason());
        assertEquals("navigation", b.blocks().get(0).removedReason(), "a block the cleaner removed keeps its reason");
    }

    @Test
    void aRememberedChoiceIsMadeAgainOnTheSameBlocksOnly() {
        KeptBlocks choice = KeptBlocks.of(KeptBlocks.between(page(), 1, 2));
        assertEquals(List.of(new KeptBlocks.Run(1, 3)), choice.kept());
        Article again = choice.applyTo(page());
        assertEquals(KeptBlocks.between(page(), 1, 2).text(), again.text());
        assertFalse(again.confidence().doubtful(), "the analyst chose the article: nothing left to doubt");
        assertEquals(KeptBlocks.REMOVED_BY_READER, again.blocks().get(3).removedReason());

        Article other = page().withBlocks(List.of(Block.kept(BlockKind.PARAGRAPH, "Another page.")));
        assertSame(other, choice.applyTo(other));
        Article edited = new Article(page().metadata(), page().blocks().stream()
                .map(b -> b.text().startsWith("Nobody") ? Block.kept(b.kind(), "Nobody saw it.") : b).toList());
        assertFalse(choice.fits(edited));
        assertNotEquals(KeptBlocks.fingerprint(page()), KeptBlocks.fingerprint(edited));
        assertEquals(KeptBlocks.fingerprint(page()), KeptBlocks.fingerprint(KeptBlocks.wholePage(page())),
                "the fingerprint names the blocks, not which are kept");
    }

    @Test
    void runsAreCheckedWhenReadBack() {
        assertThrows(IllegalArgumentException.class, () -> new KeptBlocks.Run(3, 3));
        assertThrows(IllegalArgumentException.class,
                () -> new KeptBlocks(2, "x", List.of(new KeptBlocks.Run(0, 3))));
        assertThrows(IllegalArgumentException.class,
                () -> new KeptBlocks(5, "x", List.of(new KeptBlocks.Run(2, 3), new KeptBlocks.Run(0, 1))));
    }
}
