package org.claimline.model;

import java.util.Locale;

/** How a claim's passage was found in the current text. */
public enum AnchorStatus {
    /** Found where it was recorded. */
    ANCHORED,
    /** Found verbatim, at another position. */
    MOVED,
    /** Found by approximate matching; see the score. */
    FUZZY,
    /** Not found: kept, waiting to be re-attached by the user. */
    ORPHAN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AnchorStatus fromId(String id) {
        return id == null ? ANCHORED : valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
