package org.claimline.model;

import java.util.Objects;

/**
 * One block of the page in document order. A block the cleaner (or the user) dropped keeps its text
 * and carries the reason in {@code removedReason}; kept blocks have a null reason.
 */
public record Block(BlockKind kind, String text, String removedReason) {

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static Block kept(BlockKind kind, String text) {
        return new Block(kind, text, null);
    }

    public static Block removed(BlockKind kind, String text, String reason) {
        return new Block(kind, text, Objects.requireNonNull(reason, "reason"));
    }

    public boolean isKept() {
        return removedReason == null;
    }

    /** Kept and part of the anchorable text. */
    public boolean inText() {
        return isKept() && kind.inText();
    }

    public Block withRemoved(String reason) {
        return new Block(kind, text, reason);
    }

    public Block restored() {
        return new Block(kind, text, null);
    }
}
