package org.claimline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private final Article article = new Article(Article.Metadata.empty().withTitle("T"), List.of(
            Block.kept(BlockKind.PARAGRAPH, "First."),
            Block.removed(BlockKind.PARAGRAPH, "Menu", "navigation"),
            Block.kept(BlockKind.CAPTION, "A caption"),
            Block.kept(BlockKind.LIST_ITEM, "Item 😀 two")));

    @Test
    void textJoinsKeptBodyBlocksWithBlankLines() {
        assertEquals("First.\n\nItem 😀 two", article.text());
        assertEquals(new TextRange(0, 6), article.rangeOf(0));
        assertNull(article.rangeOf(1));
        assertNull(article.rangeOf(2));
        assertEquals(new TextRange(8, 19), article.rangeOf(3));
        assertEquals(3, article.blockIndexAt(10));
    }

    @Test
    void restoreAndRemoveChangeTheTextDeterministically() {
        Article restored = article.withBlockRestored(1);
        assertEquals("First.\n\nMenu\n\nItem 😀 two", restored.text());
        assertEquals(article.text(), restored.withBlockRemoved(1, "navigation").text());
        assertEquals(article, restored.withBlockRemoved(1, "navigation"));
    }

    @Test
    void quoteContextCountsCodePoints() {
        String text = "😀".repeat(40) + "X" + "😀".repeat(40);
        int s = text.indexOf('X');
        TextQuote q = TextQuote.of(text, new TextRange(s, s + 1));
        assertEquals(32, q.prefix().codePointCount(0, q.prefix().length()));
        assertEquals(32, q.suffix().codePointCount(0, q.suffix().length()));
        assertEquals("X", q.exact());
    }

    @Test
    void datesPrintIsoWithOrWithoutTime() {
        assertEquals("2020-01-04T10:38", DateValue.parseIso("2020-01-04T10:38").toIso());
        assertEquals("2020-01-04", DateValue.parseIso("2020-01-04").toIso());
        assertNull(DateValue.parseIso("yesterday"));
    }
}
