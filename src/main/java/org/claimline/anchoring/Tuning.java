package org.claimline.anchoring;

/**
 * The tuned constants of re-anchoring that more than one stage of the pipeline uses, grouped by what they
 * measure. A constant that only one decision rule uses lives in that rule. Changing any of them changes
 * placements: measure with {@code bench-anchor} over seeds 1 to 20 before and after (see anchoring.md).
 */
final class Tuning {
    private Tuning() {
    }

    /** How a candidate's score is made and how far the chosen one must lead. */
    static final class Score {
        static final double W_QUOTE = 0.5;
        static final double W_CONTEXT = 0.2;
        static final double W_POSITION = 0.1;
        /** Minimum combined score of an accepted candidate. */
        static final double FLOOR = 0.78;
        /** Minimum lead over the best candidate that does not overlap the chosen one. */
        static final double MARGIN = 0.05;
        /** Position score of a candidate outside the window. */
        static final double OUTSIDE_POSITION = 0.4;

        private Score() {
        }
    }

    /** How alike a candidate's text must read to the recorded quote. */
    static final class Quote {
        /** Quote similarity below this is another passage, whatever its context. */
        static final double MIN_QUOTE_SIMILARITY = 0.75;
        /** Quote similarity of a passage changed only by a typo or two (at most a tenth of it edited). */
        static final double NEAR_VERBATIM = 0.9;
        /** Edits allowed in an approximate match, as a share of the quote's length. */
        static final double MAX_ERROR_RATE = 0.25;
        /** Longer quotes (whole sections) are only matched verbatim: their alignment would cost seconds. */
        static final int MAX_APPROXIMATE_LENGTH = 3000;
        /** A quote at least this long may be placed out of its window with its context agreeing on one side. */
        static final int ONE_SIDED_LENGTH = 32;
        /** The same inside the window, where position agrees too. */
        static final int ONE_SIDED_LENGTH_IN_WINDOW = 12;

        private Quote() {
        }
    }

    /** How alike the recorded prefix and suffix must read to a candidate's surroundings. */
    static final class Context {
        /** Context similarity that counts as "the same surroundings" (a typo or two in 32 characters). */
        static final double CONTEXT_AGREES = 0.75;
        /** One side of the context this similar is intact but for a typo (about 1 edit in 32 characters). */
        static final double INTACT_SIDE = 0.95;
        /** A whole context side this similar is the recorded one but for a few typos or re-wrapped lines. */
        static final double TYPO_INTACT = 0.85;
        /** A rival with this much of the whole recorded context on a side shares the passage's surroundings. */
        static final double FOREIGN_CONTEXT = 0.5;
        /** Context score of "both at a paragraph edge", the rest of the context having changed. */
        static final double EDGE_ONLY = 0.6;
        /** Edits that make "a typo or two" in a short stretch of context. */
        static final int TYPOS = 2;
        /** Contexts less similar than this are not re-aligned: one edit counted twice would not save them. */
        static final double MIN_REALIGN = 0.5;
        /** Characters of new text beyond a context's length that an alignment of the context may use. */
        static final int CONTEXT_EXTRA = 4;
        /** Characters of the quote's end (start) looked for in its prefix (suffix) to tell a run of repeats. */
        static final int REPEAT_PROBE = 16;

        private Context() {
        }
    }

    /** Where to look, and how landmarks and repeated paragraphs bound it. */
    static final class Search {
        /** Characters of drift allowed around a window, a line edge or the gap between repeated paragraphs. */
        static final int SLACK = 32;
        /** How far (beyond the drift between its landmarks) a candidate may map from the old offset and be it. */
        static final int ORIGIN_SLACK = 4;
        /** Two overlapping placements whose distance changed by more than this cannot both be right. */
        static final int COLLISION_SLACK = 8;
        /** At most this many more passes over the orphans, each with the previous placements as landmarks. */
        static final int LANDMARK_PASSES = 3;
        /** Step 2 searches every STRIDE-th passage first; those between are first looked for where their neighbours moved. */
        static final int STRIDE = 8;
        /** A quote with more verbatim occurrences than this gets no verbatim candidates. */
        static final int MAX_OCCURRENCES = 500;
        /** A window where the passage should be at most this wide (UTF-16 units) is searched for it directly. */
        static final int WINDOW_SEARCH = 1024;
        /** Candidates this close to the best are checked for being one passage in a repeated paragraph. */
        static final double REPEAT_BAND = 0.3;
        /** At most this many of the best candidates are compared pairwise for being one repeated passage. */
        static final int MAX_REPEAT_CHECKS = 8;
        /** Paragraphs longer than this are not compared as repeated paragraphs. */
        static final int MAX_PARAGRAPH = 20_000;

        private Search() {
        }
    }
}
