package org.claimline.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.model.Article;
import org.claimline.document.ArticleSource;

/**
 * Articles for the reader: files through the cleaner, and the built-in sample. The first article of a launch
 * may already be cleaning since main (beside the toolkit's start-up): the first open takes it if it is for the
 * same file, and drops it otherwise.
 */
final class CleanerArticleSource implements ArticleSource {
    private record Prepared(Optional<Path> file, CompletableFuture<Article> article) {
    }

    private final ArticleCleaner cleaner;
    private final AtomicReference<Prepared> prepared = new AtomicReference<>();

    CleanerArticleSource(ArticleCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /** Hands over the article being cleaned for {@code file} (empty: the sample), for the first open. */
    CleanerArticleSource withPrepared(Optional<Path> file, CompletableFuture<Article> article) {
        prepared.set(new Prepared(file, article));
        return this;
    }

    private Optional<Article> takePrepared(Optional<Path> file) throws Exception {
        Prepared p = prepared.getAndSet(null);
        if (p == null || !p.file().equals(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(p.article().join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public Article open(Path file) throws Exception {
        Optional<Article> early = takePrepared(Optional.of(file));
        return early.isPresent() ? early.get() : cleaner.clean(file);
    }

    @Override
    public Article sample() {
        try {
            Optional<Article> early = takePrepared(Optional.empty());
            if (early.isPresent()) {
                return early.get();
            }
        } catch (Exception e) {
            // the sample is built in; should its early cleaning fail, cleaning it again reports the problem
        }
        return SampleArticle.clean();
    }

    @Override
    public String sampleName() {
        return SampleArticle.FILE_NAME;
    }
}
