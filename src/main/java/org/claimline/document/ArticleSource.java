package org.claimline.document;

import java.nio.file.Path;
import org.claimline.model.Article;

/** Produces cleaned articles for the reader; called off the FX thread. */
public interface ArticleSource {
    /** The cleaned article of {@code file}; the exception's message is shown to the user. */
    Article open(Path file) throws Exception;

    /** The built-in sample article. */
    Article sample();

    /** Display name of the sample. */
    String sampleName();
}
