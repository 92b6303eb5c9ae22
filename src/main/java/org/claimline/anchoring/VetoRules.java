package org.claimline.anchoring;

import static org.claimline.anchoring.Decision.f;
import static org.claimline.anchoring.Tuning.Context.CONTEXT_AGREES;
import static org.claimline.anchoring.Tuning.Quote.MIN_QUOTE_SIMILARITY;
import static org.claimline.anchoring.Tuning.Quote.NEAR_VERBATIM;
import static org.claimline.anchoring.Tuning.Score.MARGIN;

import org.claimline.model.Anchor;

/**
 * The decision rules that look at the best candidate alone (or at its standing among all candidates) and
 * veto its placement: each passes when it has nothing against it.
 */
final class VetoRules {
    private VetoRules() {
    }

    /** No candidate is left to place the passage on. */
    record NoCandidate() implements DecisionRule {
        @Override
        public String name() {
            return "no-candidate";
        }

        @Override
        public Verdict judge(Decision d) {
            return d.best == null ? veto("no place in the text reads like the quote") : Verdict.PASS;
        }
    }

    /** The best candidate's text is too unlike the quote to be the passage, whatever its context. */
    record QuoteTooDifferent() implements DecisionRule {
        @Override
        public String name() {
            return "quote-too-different";
        }

        @Override
        public Verdict judge(Decision d) {
            return d.best.quote() < MIN_QUOTE_SIMILARITY
                    ? veto("the best place reads " + f(d.best.quote()) + " like the quote, below "
                            + f(MIN_QUOTE_SIMILARITY))
                    : Verdict.PASS;
        }
    }

    /**
     * The best lies away from where a landmark in the passage's paragraph puts it, while the text there
     * reads like the passage but for a typo or two, and better than the best does (when the best is
     * verbatim: at all). The passage may have got the typo, and the best be a copy of it, or a sibling
     * sentence, in repeated text (a copy of its paragraph can carry its whole context too). A landmark alone
     * does not settle it (it may itself sit in a copy), so neither is taken.
     */
    record DisplacedByTypo() implements DecisionRule {
        @Override
        public String name() {
            return "displaced-by-typo";
        }

        @Override
        public Verdict judge(Decision d) {
            Candidate best = d.best;
            if (best.origin() != Origin.UNKNOWN) {
                return Verdict.PASS;
            }
            for (Candidate c : d.cands) {
                if (c.origin() == Origin.PARAGRAPH && !c.overlaps(best) && c.quote() >= NEAR_VERBATIM
                        && (best.quote() == 1.0 ? c.quote() < 1.0 : c.quote() > best.quote())) {
                    return veto("where a landmark in its paragraph puts it (" + d.at(c) + ") the passage reads "
                            + f(c.quote()) + " like the quote: it may have got a typo, and the best be a copy");
                }
            }
            return Verdict.PASS;
        }
    }

    /** The best is an approximate match reading other numbers, while another place reads the quote's. */
    record NumbersDiffer() implements DecisionRule {
        @Override
        public String name() {
            return "numbers-differ";
        }

        @Override
        public Verdict judge(Decision d) {
            return d.numbersDiffer(d.best)
                    ? veto("the best place reads other numbers than the quote, and another place reads the quote's")
                    : Verdict.PASS;
        }
    }

    /** The best is an approximate match whose digits differ by more than a typo or two. */
    record NumbersFarApart() implements DecisionRule {
        @Override
        public String name() {
            return "numbers-far-apart";
        }

        @Override
        public Verdict judge(Decision d) {
            return d.numbersFarApart(d.best)
                    ? veto("the best place's numbers differ from the quote's by more than a typo")
                    : Verdict.PASS;
        }
    }

    /**
     * For a passage whose recorded context reached the text's edge: a place other than the best reads as
     * well up to its paragraph's edges. Being first or last tells a passage from its copies only while no
     * paragraph moves (the last paragraph moved up, a copy of it now ends the text), so read as a paragraph
     * edge it must leave the best the margin over any rival on quote and context. A rival that landmarks map
     * to other old text still counts when it reads at least as well: those landmarks may sit in the copies.
     */
    record EdgeRival() implements DecisionRule {
        @Override
        public String name() {
            return "edge-rival";
        }

        @Override
        public Verdict judge(Decision d) {
            Anchor a = d.anchor;
            if (!ContextEvidence.edgeBound(a)) {
                return Verdict.PASS;
            }
            Candidate best = d.best;
            ContextEvidence ev = d.evidence;
            double own = ev.edgeNeutralTextScore(a, best);
            for (Candidate c : d.all) {
                double lead = own - ev.edgeNeutralTextScore(a, c);
                if (!c.overlaps(best) && (c.prefix() >= CONTEXT_AGREES || c.suffix() >= CONTEXT_AGREES)
                        && !ev.lineEdgeLost(a, c) && (c.origin() == Origin.OTHER ? lead <= 0.0 : lead < MARGIN)
                        && !d.text.isRepeatedParagraphCopy(best, c, new int[1][], 0)
                        && !d.text.isRepeatedParagraphCopy(c, best, new int[1][], 0)
                        && !ev.heldAwayFromEdge(a, best, c)) {
                    return veto("the passage was told from its copies by the text's edge, and " + d.at(c)
                            + " reads as well up to its paragraph's edges (lead " + f(lead) + ")");
                }
            }
            return Verdict.PASS;
        }
    }

    /** The best leads its best rival by less than the margin. */
    record TooClose() implements DecisionRule {
        @Override
        public String name() {
            return "too-close";
        }

        @Override
        public Verdict judge(Decision d) {
            return d.best.score() - d.rival() < MARGIN
                    ? veto("the best place scores " + f(d.best.score()) + ", its best rival " + f(d.rival())
                            + ": less than " + f(MARGIN) + " apart")
                    : Verdict.PASS;
        }
    }

    /** The last rule: every veto passed, but no accepting rule holds, so the evidence is too weak to choose. */
    record TooLittleEvidence() implements DecisionRule {
        @Override
        public String name() {
            return "too-little-evidence";
        }

        @Override
        public Verdict judge(Decision d) {
            return veto("no accepting rule holds for the best place (quote " + f(d.best.quote()) + ", prefix "
                    + f(d.best.prefix()) + ", suffix " + f(d.best.suffix()) + ", score " + f(d.best.score()) + ")");
        }
    }
}
