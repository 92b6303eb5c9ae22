package org.claimline.cleaning.text;

import java.util.ArrayList;
import java.util.List;
import org.claimline.cleaning.common.Stopwords;
import org.claimline.model.Article;

/** The state one cleaning run passes from step to step. */
public final class TextDumpContext {
    final String input;
    final List<TextLine> lines = new ArrayList<>();
    String language;
    Stopwords stopwords;
    /** The input is already just an article: later steps keep every line. */
    boolean plain;
    /** Main content region, inclusive line indices; -1 when none was found. */
    int regionStart = -1;
    int regionEnd = -1;
    /** Where the region was cut short at a reader-comment thread (its heading or first entry), or -1. */
    int commentsFrom = -1;
    int titleLine = -1;
    Article.Metadata metadata = Article.Metadata.empty();

    public TextDumpContext(String input) {
        this.input = input == null ? "" : input;
    }

    public List<TextLine> lines() {
        return lines;
    }

    public String language() {
        return language;
    }

    public boolean plain() {
        return plain;
    }

    public int regionStart() {
        return regionStart;
    }

    public int regionEnd() {
        return regionEnd;
    }

    public Article.Metadata metadata() {
        return metadata;
    }
}
