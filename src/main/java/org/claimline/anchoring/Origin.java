package org.claimline.anchoring;

/** Where a candidate's text was in the old text, as far as the landmarks tell. */
enum Origin {
    /** Landmarks either side map it back to the passage's old offset. */
    SAME,
    /** Inside a narrow window: the landmarks (or text ends) either side shifted alike. */
    NEAR,
    /**
     * Where a landmark on one side puts the passage within the landmark's paragraph. Weaker than
     * {@link #SAME}: a landmark in repeated text may sit in a copy of the passage's paragraph.
     */
    PARAGRAPH,
    /** Landmarks map it to other old text, or hold the passage in place elsewhere. */
    OTHER,
    UNKNOWN
}
