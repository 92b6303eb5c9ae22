package org.claimline.analysis;

import java.io.IOException;

/**
 * Where the articles of an analysis come from: each article once, with its metadata and its claims, and each
 * file that could not be read with the reason. Implemented in {@code app} over a folder of articles with their
 * sidecars; the workspace's library can implement it the same way.
 */
public interface CorpusSource {
    /** What the corpus is called in reports (a folder name). */
    String name();

    /** Hands every article (and every problem) to {@code sink}, one at a time. */
    void read(Sink sink) throws IOException;

    /** Receives the articles of a corpus as they are read. */
    interface Sink {
        void article(SourceArticle article);

        /** A file that could not be read: where (as the user knows it) and why, in their words. */
        void problem(String where, String message);
    }
}
