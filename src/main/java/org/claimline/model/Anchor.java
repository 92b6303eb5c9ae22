package org.claimline.model;

import java.util.Objects;

/**
 * Where a claim sits: the quote (always kept, even for orphans), its range in the current text
 * (null for an orphan) and how it was found. {@code score} is 1 for exact placements.
 */
public record Anchor(TextQuote quote, TextRange range, AnchorStatus status, double score) {
    public Anchor {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(status, "status");
        if (status == AnchorStatus.ORPHAN) {
            range = null;
        } else {
            Objects.requireNonNull(range, "range of a placed anchor");
        }
    }

    public static Anchor exact(String text, TextRange range) {
        return new Anchor(TextQuote.of(text, range), range, AnchorStatus.ANCHORED, 1.0);
    }

    public boolean isOrphan() {
        return status == AnchorStatus.ORPHAN;
    }

    public Anchor orphaned() {
        return new Anchor(quote, null, AnchorStatus.ORPHAN, 0.0);
    }
}
