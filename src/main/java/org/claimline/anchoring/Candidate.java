package org.claimline.anchoring;

import static org.claimline.anchoring.Tuning.Score.W_CONTEXT;
import static org.claimline.anchoring.Tuning.Score.W_POSITION;
import static org.claimline.anchoring.Tuning.Score.W_QUOTE;

/** One scored place where the quote could be, in normalised offsets. */
record Candidate(int start, int end, double quote, double prefix, double suffix, double position,
        Origin origin) {
    double score() {
        return textScore() + W_POSITION * position;
    }

    /** The score without the position: what the quote and its context say. */
    double textScore() {
        return W_QUOTE * quote + W_CONTEXT * (prefix + suffix);
    }

    boolean overlaps(Candidate o) {
        return start < o.end && o.start < end;
    }
}
