package org.claimline.app;

import java.nio.file.Path;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.model.Article;
import org.claimline.ui.ArticleSource;

/** Articles for the reader: files through the cleaner, and the built-in sample. */
final class CleanerArticleSource implements ArticleSource {
    private final ArticleCleaner cleaner;

    CleanerArticleSource(ArticleCleaner cleaner) {
        this.cleaner = cleaner;
    }

    @Override
    public Article open(Path file) throws Exception {
        return cleaner.clean(file);
    }

    @Override
    public Article sample() {
        return SampleArticle.clean();
    }

    @Override
    public String sampleName() {
        return SampleArticle.FILE_NAME;
    }
}
