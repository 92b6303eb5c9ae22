package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.cleaning.CleaningException;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.BlockKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launch's first article, cleaned since main, is used once and only for the file it was cleaned for. */
class CleanerArticleSourceTest {
    @TempDir
    Path dir;

    private static Article marked(String text) {
        return new Article(Article.Metadata.empty(), List.of(Block.kept(BlockKind.PARAGRAPH, text)));
    }

    @Test
    void thePreparedArticleServesTheFirstOpenOfItsFile() throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "A paragraph that is an article on its own, long enough to stand as one.");
        Article early = marked("cleaned since main");
        CleanerArticleSource source = new CleanerArticleSource(new ArticleCleaner())
                .withPrepared(Optional.of(file), CompletableFuture.completedFuture(early));
        assertSame(early, source.open(file));
        assertNotSame(early, source.open(file), "used once");
        CleanerArticleSource other = new CleanerArticleSource(new ArticleCleaner())
                .withPrepared(Optional.of(file), CompletableFuture.completedFuture(early));
        assertNotSame(early, other.open(writeOther()), "another file is cleaned as usual");
        assertNotSame(early, other.open(file), "and the launch's first article, no longer first, is dropped");
    }

    private Path writeOther() throws Exception {
        Path other = dir.resolve("other.txt");
        Files.writeString(other, "Another paragraph that is an article on its own, long enough to stand as one.");
        return other;
    }

    @Test
    void aFailedEarlyCleaningReportsItsOwnReason() {
        Path file = dir.resolve("bad.txt");
        CleanerArticleSource source = new CleanerArticleSource(new ArticleCleaner()).withPrepared(Optional.of(file),
                CompletableFuture.failedFuture(new CompletionException(new CleaningException("bad.txt is empty."))));
        CleaningException e = assertThrows(CleaningException.class, () -> source.open(file));
        assertEquals("bad.txt is empty.", e.getMessage());
    }

    @Test
    void theSampleCanBePreparedToo() {
        Article early = marked("sample cleaned since main");
        CleanerArticleSource source = new CleanerArticleSource(new ArticleCleaner())
                .withPrepared(Optional.empty(), CompletableFuture.completedFuture(early));
        assertSame(early, source.sample());
        assertEquals(SampleArticle.clean().text(), source.sample().text());
    }
}
