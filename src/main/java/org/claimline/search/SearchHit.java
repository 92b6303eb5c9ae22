package org.claimline.search;

import java.util.List;

/**
 * One place a search found: an article's text ({@code claimId} null) or one of its claims. {@code snippet} is the
 * passage around the hit with the matched words at {@code marks} (start/end pairs into the snippet);
 * {@code offset} is where the passage starts in the article's cleaned text (-1 unknown), so the reader can open
 * the article there.
 */
public record SearchHit(String rel, String title, String claimId, String snippet, List<int[]> marks, int offset,
                        float score) {
    public SearchHit {
        marks = marks == null ? List.of() : List.copyOf(marks);
    }

    /** The snippet with the matched words between {@code open} and {@code close}. */
    public String marked(String open, String close) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int[] m : marks) {
            sb.append(snippet, at, m[0]).append(open).append(snippet, m[0], m[1]).append(close);
            at = m[1];
        }
        return sb.append(snippet.substring(at)).toString();
    }
}
