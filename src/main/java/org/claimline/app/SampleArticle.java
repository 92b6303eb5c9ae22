package org.claimline.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.cleaning.CleaningException;
import org.claimline.model.Article;

/** The built-in demo document, shipped as a resource. */
public final class SampleArticle {
    public static final String FILE_NAME = "korea-japan-relations.txt";

    private SampleArticle() {
    }

    public static byte[] bytes() {
        try (InputStream in = SampleArticle.class.getResourceAsStream(FILE_NAME)) {
            if (in == null) {
                throw new IllegalStateException("sample resource missing: " + FILE_NAME);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Article clean() {
        try {
            return new ArticleCleaner().clean(bytes(), FILE_NAME);
        } catch (CleaningException e) {
            throw new IllegalStateException("the built-in sample does not clean: " + e.getMessage(), e);
        }
    }
}
