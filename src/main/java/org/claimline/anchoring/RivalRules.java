package org.claimline.anchoring;

import static org.claimline.anchoring.Decision.f;
import static org.claimline.anchoring.Tuning.Context.CONTEXT_AGREES;
import static org.claimline.anchoring.Tuning.Quote.NEAR_VERBATIM;
import static org.claimline.anchoring.Tuning.Quote.ONE_SIDED_LENGTH_IN_WINDOW;

import org.claimline.model.Anchor;
import org.claimline.model.TextQuote;

/**
 * The decision rules that compare the best candidate with each rival (a candidate not overlapping it) and
 * veto the placement when a rival leaves the choice in doubt. Each passes when no rival does.
 */
final class RivalRules {
    private RivalRules() {
    }

    /** A rule that vetoes for a single rival; {@link #judge} asks it for every rival in turn. */
    interface PerRival extends DecisionRule {
        /** Why {@code rival} leaves the choice in doubt, or null if it does not. */
        String doubt(Decision d, Candidate rival);

        @Override
        default Verdict judge(Decision d) {
            for (Candidate c : d.cands) {
                if (c.overlaps(d.best)) {
                    continue;
                }
                String why = doubt(d, c);
                if (why != null) {
                    return veto(why);
                }
            }
            return Verdict.PASS;
        }
    }

    /**
     * The same short words again within the context's reach (a list of "link", "Foo"): one paragraph more
     * or less there shifts every context by a period, so the contexts cannot tell them apart (unless the
     * whole recorded context agrees with the best on both sides and with the rival on neither).
     */
    record RepeatedWithinReach() implements PerRival {
        @Override
        public String name() {
            return "repeated-within-reach";
        }

        @Override
        public String doubt(Decision d, Candidate c) {
            Candidate best = d.best;
            int span = best.end() - best.start();
            if (span < ONE_SIDED_LENGTH_IN_WINDOW && c.quote() >= best.quote()
                    && Math.abs(c.start() - best.start()) <= TextQuote.CONTEXT_LENGTH + span
                    && (c.prefix() >= CONTEXT_AGREES || c.suffix() >= CONTEXT_AGREES)
                    && !d.evidence.wholeContextTellsApart(d.anchor, best, c)) {
                return "the same short words recur " + d.at(c) + ", within the context's reach";
            }
            return null;
        }
    }

    /**
     * The quote reads verbatim elsewhere while only the context prefers this changed copy (or whatever its
     * context, when the recorded context repeats the quote itself: in a run of repeated lines every member's
     * context reads like its neighbour's, so context cannot outvote it).
     */
    record VerbatimElsewhere() implements PerRival {
        @Override
        public String name() {
            return "verbatim-elsewhere";
        }

        @Override
        public String doubt(Decision d, Candidate c) {
            if (d.best.quote() < 1.0 && c.quote() == 1.0 && (c.prefix() >= CONTEXT_AGREES
                    || c.suffix() >= CONTEXT_AGREES || ContextEvidence.contextRepeatsQuote(d.anchor))) {
                return "the best place reads the quote changed (" + f(d.best.quote()) + ") while " + d.at(c)
                        + " reads it verbatim";
            }
            return null;
        }
    }

    /**
     * Evidence pointing two ways (say, one side's context here and the other side's there, as around a
     * duplicated paragraph) is not resolved by adding it up.
     */
    record ConflictingContext() implements PerRival {
        /** How far a rival's context may beat the chosen candidate's on one side before we refuse to choose. */
        static final double CONFLICT = 0.2;
        /** A rival whose quote reads at most this much worse than the best's counts as reading as well. */
        static final double QUOTE_TIE = 0.05;

        @Override
        public String name() {
            return "conflicting-context";
        }

        @Override
        public String doubt(Decision d, Candidate c) {
            Candidate best = d.best;
            if (c.quote() >= best.quote() - QUOTE_TIE && (c.prefix() > best.prefix() + CONFLICT
                    || c.suffix() > best.suffix() + CONFLICT)) {
                return d.at(c) + " reads the quote as well and its context agrees better on one side (prefix "
                        + f(c.prefix()) + " vs " + f(best.prefix()) + ", suffix " + f(c.suffix()) + " vs "
                        + f(best.suffix()) + ")";
            }
            return null;
        }
    }

    /**
     * Another place reads at least as well as the passage with its context on both sides: only the position
     * prefers the best, and it may be wrong (a moved paragraph leaves the window). Unless the best sits in
     * the narrow window and the rival does not, or only the best has the whole recorded selector.
     */
    record RivalReadsAsWell() implements PerRival {
        @Override
        public String name() {
            return "rival-reads-as-well";
        }

        @Override
        public String doubt(Decision d, Candidate c) {
            Candidate best = d.best;
            if (c.prefix() >= CONTEXT_AGREES && c.suffix() >= CONTEXT_AGREES && c.textScore() >= best.textScore()
                    && !CandidateFilter.nearOnly(best, c) && !onlyOneHasTheWholeSelector(d, c)) {
                return d.at(c) + " reads as well (" + f(c.textScore()) + " vs " + f(best.textScore())
                        + ") with its context agreeing on both sides";
            }
            return null;
        }

        /**
         * Whether the best has the whole recorded selector verbatim (quote and context on both sides, across
         * paragraph edges too) while {@code rival} agrees on a side only up to its paragraph's edge: the
         * selector itself names the best. (Two places with the whole selector stay a tie; so does a place whose
         * context has a typo, which a copy of a paragraph that moved away can carry as well as the passage, and
         * one whose paragraph is repeated next to it.)
         */
        private static boolean onlyOneHasTheWholeSelector(Decision d, Candidate rival) {
            Anchor a = d.anchor;
            Candidate best = d.best;
            double[] own = d.evidence.wholeContext(a, best.start(), best.end());
            if (best.quote() < 1.0 || own[0] < 1.0 || own[1] < 1.0) {
                return false;
            }
            for (Candidate c : d.all) {
                // next to a copy of its own paragraph, the context across the paragraph's edge is that copy's
                // start or end, which the passage's own neighbour may merely have shared (repeated boilerplate)
                if (!c.overlaps(best) && (d.text.isRepeatedParagraphCopy(best, c, new int[1][], 0)
                        || d.text.isRepeatedParagraphCopy(c, best, new int[1][], 0))) {
                    return false;
                }
            }
            double[] other = d.evidence.wholeContext(a, rival.start(), rival.end());
            return other[0] < CONTEXT_AGREES || other[1] < CONTEXT_AGREES;
        }
    }

    /**
     * Only a typo's worth of the quote tells the verbatim best from the rival: the rival's context, within
     * its paragraph and as a whole, agrees at least as well on both sides, and the whole recorded context
     * does not confirm the best on both sides (a copy of the passage's paragraph, or a paragraph moved). Typo
     * fixes are among the edits a re-scrape makes, so the passage may be the one that changed.
     */
    record TypoApart() implements PerRival {
        @Override
        public String name() {
            return "typo-apart";
        }

        @Override
        public String doubt(Decision d, Candidate rival) {
            Anchor a = d.anchor;
            Candidate best = d.best;
            if (best.quote() < 1.0 || rival.quote() < NEAR_VERBATIM || rival.prefix() < best.prefix()
                    || rival.suffix() < best.suffix() || CandidateFilter.nearOnly(best, rival)) {
                return null;
            }
            double[] own = d.evidence.wholeContext(a, best.start(), best.end());
            if (own[0] >= CONTEXT_AGREES && own[1] >= CONTEXT_AGREES) {
                return null;
            }
            double[] other = d.evidence.wholeContext(a, rival.start(), rival.end());
            if (other[0] >= own[0] && other[1] >= own[1]) {
                return "only a typo in the quote tells the best from " + d.at(rival) + ", whose context agrees"
                        + " at least as well";
            }
            return null;
        }
    }
}
