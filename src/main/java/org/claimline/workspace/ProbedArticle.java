package org.claimline.workspace;

import java.util.List;

/**
 * An article just read: its library facts, and for the search index its cleaned text and claims (text empty when
 * the article could not be read).
 */
public record ProbedArticle(ArticleInfo info, String text, List<ClaimText> claims) {

    /** The searchable words of one claim; {@code start} is its UTF-16 offset in the text, or -1 (orphan). */
    public record ClaimText(String id, String quote, String summary, String note, int start) {
    }

    public ProbedArticle {
        text = text == null ? "" : text;
        claims = claims == null ? List.of() : List.copyOf(claims);
    }
}
