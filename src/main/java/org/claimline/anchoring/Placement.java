package org.claimline.anchoring;

import org.claimline.model.Anchor;

/**
 * The outcome of placing one anchor: the new anchor, the score of the chosen candidate (0 for an orphan)
 * and the score of the best competing candidate elsewhere in the text (0 if none), so callers can show how
 * clear-cut a placement was.
 */
public record Placement(Anchor anchor, double score, double runnerUp) {
}
