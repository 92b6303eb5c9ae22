package org.claimline.storage;

import org.claimline.model.Article;
import org.claimline.model.KeptBlocks;

/**
 * What a sidecar records about its article, so a changed source or cleaned text is noticed on open.
 * {@code textLength} counts code points of the cleaned text; any field may be null when unknown.
 * {@code keptBlocks} is the analyst's choice of the page's blocks (whole page, start and end, restored or removed
 * blocks), null when the cleaner's choice stands.
 */
public record DocumentInfo(String sourceName, String sourceSha256, String textSha256, Long textLength,
                           String cleanerVersion, String title, String byline, String published,
                           KeptBlocks keptBlocks) {

    public DocumentInfo(String sourceName, String sourceSha256, String textSha256, Long textLength,
                        String cleanerVersion, String title, String byline, String published) {
        this(sourceName, sourceSha256, textSha256, textLength, cleanerVersion, title, byline, published, null);
    }

    /** This with the analyst's choice of blocks (null: the cleaner's). */
    public DocumentInfo withKeptBlocks(KeptBlocks k) {
        return new DocumentInfo(sourceName, sourceSha256, textSha256, textLength, cleanerVersion, title, byline,
                published, k);
    }

    public static DocumentInfo of(String sourceName, byte[] sourceBytes, Article article, String cleanerVersion) {
        String text = article.text();
        return new DocumentInfo(sourceName, sourceBytes == null ? null : Hashes.sha256(sourceBytes),
                Hashes.sha256(text), (long) text.codePointCount(0, text.length()), cleanerVersion,
                article.metadata().title(), article.metadata().bylineText(),
                article.metadata().published() == null ? null : article.metadata().published().toIso());
    }

    public static DocumentInfo empty() {
        return new DocumentInfo(null, null, null, null, null, null, null, null);
    }

    /** Whether {@code text} is the cleaned text these annotations were placed on (unknown counts as no). */
    public boolean matchesText(String text) {
        return textSha256 != null && textSha256.equals(Hashes.sha256(text));
    }
}
