package org.claimline.cleaning;

import org.claimline.cleaning.text.TextDumpPipeline;
import org.claimline.model.Article;

/**
 * Cleans a plain-text dump of a web page (or plain text that is already an article) into an {@link Article}.
 * The work is done by the step chain of {@link TextDumpPipeline}; this class is the stable entry point.
 */
public final class TextDumpCleaner {

    private final TextDumpPipeline pipeline = new TextDumpPipeline();

    public Article clean(String text) {
        return pipeline.clean(text == null ? "" : text);
    }
}
