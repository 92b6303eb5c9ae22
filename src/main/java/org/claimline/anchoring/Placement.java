package org.claimline.anchoring;

import java.util.Objects;
import org.claimline.model.Anchor;

/**
 * The outcome of placing one anchor: the new anchor, the score of the chosen candidate (0 for an orphan)
 * and the score of the best competing candidate elsewhere in the text (0 if none), so callers can show how
 * clear-cut a placement was; and which step or decision rule of the pipeline decided ({@code decidedBy}, a
 * rule name such as {@code recorded-range} or {@code both-sides-agree}) with its reason in words.
 */
public record Placement(Anchor anchor, double score, double runnerUp, String decidedBy, String reason) {
    public Placement {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(reason, "reason");
    }

    /** The same outcome decided by another rule (the collision resolver overruling a placement). */
    Placement overruledBy(Anchor now, double newScore, String rule, String why) {
        return new Placement(now, newScore, score, rule, why);
    }
}
