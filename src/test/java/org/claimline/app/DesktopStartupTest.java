package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.model.Article;
import org.claimline.ui.ArticleSource;
import org.junit.jupiter.api.Test;

/** The reader's first article is the one startup cleaned since main; every later request goes to the source. */
class DesktopStartupTest {
    private final Article early = article("Cleaned while the toolkit started.");
    private final Article fresh = article("Cleaned on request.");
    private final List<String> requests = new ArrayList<>();
    private final ArticleSource source = new ArticleSource() {
        @Override
        public Article open(Path file) {
            requests.add("open " + file);
            return fresh;
        }

        @Override
        public Article sample() {
            requests.add("sample");
            return fresh;
        }

        @Override
        public String sampleName() {
            return "sample.txt";
        }
    };

    @Test
    void theSampleOfThisLaunchComesFromStartupOnce() {
        ArticleSource s = DesktopStartup.withInitialArticle(source, Optional.empty(),
                () -> CompletableFuture.completedFuture(early));
        assertSame(early, s.sample());
        assertEquals(List.of(), requests);
        assertSame(fresh, s.sample());
        assertEquals(List.of("sample"), requests);
        assertEquals("sample.txt", s.sampleName());
    }

    @Test
    void theFileOfThisLaunchComesFromStartupOnceAndOtherFilesFromTheSource() throws Exception {
        Path file = Path.of("op-ed.html");
        ArticleSource s = DesktopStartup.withInitialArticle(source, Optional.of(file),
                () -> CompletableFuture.completedFuture(early));
        assertSame(fresh, s.sample());
        assertSame(fresh, s.open(Path.of("other.txt")));
        assertSame(early, s.open(file));
        assertSame(fresh, s.open(file));
        assertEquals(List.of("sample", "open other.txt", "open op-ed.html"), requests);
    }

    @Test
    void aFileThatCouldNotBeCleanedReportsTheReason() {
        Path file = Path.of("gone.txt");
        ArticleSource s = DesktopStartup.withInitialArticle(source, Optional.of(file),
                () -> CompletableFuture.supplyAsync(() -> {
                    throw new java.util.concurrent.CompletionException(new IOException("gone.txt: no such file"));
                }));
        IOException e = assertThrows(IOException.class, () -> s.open(file));
        assertEquals("gone.txt: no such file", e.getMessage());
    }

    private static Article article(String text) {
        try {
            return new ArticleCleaner().clean(text.getBytes(StandardCharsets.UTF_8), "t.txt");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
