package org.claimline.anchoring;

import static org.claimline.anchoring.Decision.f;
import static org.claimline.anchoring.Tuning.Context.CONTEXT_AGREES;
import static org.claimline.anchoring.Tuning.Context.FOREIGN_CONTEXT;
import static org.claimline.anchoring.Tuning.Context.INTACT_SIDE;
import static org.claimline.anchoring.Tuning.Context.TYPO_INTACT;
import static org.claimline.anchoring.Tuning.Quote.MIN_QUOTE_SIMILARITY;
import static org.claimline.anchoring.Tuning.Quote.ONE_SIDED_LENGTH;
import static org.claimline.anchoring.Tuning.Quote.ONE_SIDED_LENGTH_IN_WINDOW;
import static org.claimline.anchoring.Tuning.Score.FLOOR;

import org.claimline.model.Anchor;

/**
 * The decision rules that accept a candidate. {@link LandmarksMapBack} runs first of all rules; the others
 * run after every veto rule has passed, and the first that holds places the passage on the best candidate.
 */
final class AcceptRules {
    private AcceptRules() {
    }

    /**
     * The landmarks either side map a candidate back to the passage's old offset: it is the passage (unless
     * the text's edge set it apart from its copies: the landmarks may sit in a copy too).
     */
    record LandmarksMapBack() implements DecisionRule {
        @Override
        public String name() {
            return "landmarks-map-back";
        }

        @Override
        public Verdict judge(Decision d) {
            Candidate same = null;
            for (Candidate c : d.cands) {
                if (c.origin() == Origin.SAME && c.quote() >= MIN_QUOTE_SIMILARITY && !d.numbersDiffer(c)
                        && (same == null || c.score() > same.score())) {
                    same = c;
                }
            }
            if (same != null && !ContextEvidence.edgeBound(d.anchor)) {
                return accept(same, 0.0, "the passages placed either side map this place back to its old offset"
                        + " (quote " + f(same.quote()) + ")");
            }
            return Verdict.PASS;
        }
    }

    /** The context agrees on both sides, and the candidate is not a short phrase loose away from its place. */
    record BothSidesAgree() implements DecisionRule {
        @Override
        public String name() {
            return "both-sides-agree";
        }

        @Override
        public Verdict judge(Decision d) {
            Candidate best = d.best;
            if (d.sides() == 2 && !d.evidence.looseAway(d.anchor, best) && best.score() >= FLOOR) {
                return accept(best, d.rival(), "quote " + f(best.quote()) + ", context agrees on both sides (prefix "
                        + f(best.prefix()) + ", suffix " + f(best.suffix()) + "), score " + f(best.score())
                        + ", best rival " + f(d.rival()));
            }
            return Verdict.PASS;
        }
    }

    /**
     * Short phrases recur: with the surroundings agreeing on one side only, the candidate must also be where
     * the passage should be, or long, and far ahead of anything else. A short one inside a line must have
     * that side intact but for a typo or two: a sibling sentence (the same name, the same verse in another
     * translation) shares a phrase and some words around it, and it is what a deleted passage leaves behind.
     * (Beyond a whole line's edges the context is other lines, which a line inserted next to it shifts.)
     */
    record OneSideAgrees() implements DecisionRule {
        /** Lead over the best rival needed when the context agrees on one side only. */
        static final double ONE_SIDED_MARGIN = 0.15;

        @Override
        public String name() {
            return "one-side-agrees";
        }

        @Override
        public Verdict judge(Decision d) {
            Anchor a = d.anchor;
            Candidate best = d.best;
            ContextEvidence ev = d.evidence;
            int weight = d.text.weight(best);
            boolean holds = d.sides() == 1 && best.score() - d.rival() >= ONE_SIDED_MARGIN
                    && weight >= (best.position() == 1.0 ? ONE_SIDED_LENGTH_IN_WINDOW : ONE_SIDED_LENGTH)
                    && !(weight < ONE_SIDED_LENGTH && (agreesOnPunctuationOnly(d)
                        || !ev.sideIntact(a, best, best.prefix() >= best.suffix())
                            && !(ev.atLineEdge(a, best, true) && ev.atLineEdge(a, best, false))));
            if (holds && best.score() >= FLOOR) {
                return accept(best, d.rival(), "context agrees on the " + (best.prefix() >= best.suffix() ? "prefix"
                        : "suffix") + " side only, the quote is " + weight + " characters long and leads its best rival"
                        + " by " + f(best.score() - d.rival()));
            }
            return Verdict.PASS;
        }

        /**
         * Whether the one side of the context that agrees with the best does so only through a stub of
         * punctuation before its paragraph's edge (the "." ending the sentence) while the other side is another
         * passage's words, not the passage's with a typo: any phrase that ends a sentence and a paragraph shares
         * the stub, so it says nothing about which of them a short phrase is. The whole context on that side
         * agreeing is evidence enough; so is a long quote, which recurs by chance far less.
         */
        static boolean agreesOnPunctuationOnly(Decision d) {
            Anchor a = d.anchor;
            Candidate c = d.best;
            boolean prefixSide = c.prefix() >= CONTEXT_AGREES;
            // the other side changed beyond a typo or two: another passage's words, not the passage re-scraped
            if ((prefixSide ? c.suffix() : c.prefix()) >= FOREIGN_CONTEXT) {
                return false;
            }
            if (d.evidence.wholeContext(a, c.start(), c.end())[prefixSide ? 0 : 1] >= CONTEXT_AGREES) {
                return false;
            }
            String context = prefixSide ? a.quote().prefix() : a.quote().suffix();
            int nl = prefixSide ? context.lastIndexOf('\n') : context.indexOf('\n');
            if (nl < 0) {
                return false;
            }
            String own = prefixSide ? context.substring(nl + 1) : context.substring(0, nl);
            return !own.isBlank() && own.codePoints().noneMatch(Character::isLetterOrDigit);
        }
    }

    /**
     * A short verbatim phrase (a heading, a caption, a name) whose neighbouring paragraph changed: one side of
     * its whole context is intact but for a typo, the other changed only beyond a line break, and no other
     * occurrence has any context in common with it. Its place may have moved.
     */
    record SingledOut() implements DecisionRule {
        @Override
        public String name() {
            return "singled-out";
        }

        @Override
        public Verdict judge(Decision d) {
            Anchor a = d.anchor;
            Candidate best = d.best;
            boolean holds = d.sides() == 1 && !d.rivalAgrees() && best.quote() == 1.0
                    && d.evidence.wholeContext(a, best.start(), best.end())[best.prefix() < best.suffix() ? 1 : 0]
                        >= INTACT_SIDE
                    && d.evidence.weakSideAtLineEdge(a, best);
            if (holds && best.score() >= FLOOR) {
                return accept(best, d.rival(), "verbatim, one side of the whole context intact, the other changed"
                        + " only beyond a line break, and no other place shares any context");
            }
            return Verdict.PASS;
        }
    }

    /** A long quote identifies its passage by itself, if nothing else in the text reads like it. */
    record DistinctiveQuote() implements DecisionRule {
        /**
         * A verbatim quote this long is specific enough to follow even when its surroundings changed (a moved
         * paragraph), provided one side of its context or its position still agrees.
         */
        static final int DISTINCTIVE_LENGTH = 40;
        /** Context similarity that counts as "still agrees" for a distinctive quote. */
        static final double SOME_CONTEXT = 0.5;

        @Override
        public String name() {
            return "distinctive-quote";
        }

        @Override
        public Verdict judge(Decision d) {
            Candidate best = d.best;
            if (best.quote() == 1.0 && d.length() >= DISTINCTIVE_LENGTH && !d.textRecurs()
                    && (best.prefix() >= SOME_CONTEXT || best.suffix() >= SOME_CONTEXT || best.position() == 1.0)) {
                return accept(best, d.rival(), "verbatim, " + d.length() + " characters long, and nothing else"
                        + " in the text reads like it");
            }
            return Verdict.PASS;
        }
    }

    /**
     * A whole line (a heading, a caption, a one-sentence paragraph) of some length, found verbatim once and
     * nothing else like it: its neighbours changed because its paragraph moved.
     */
    record WholeLine() implements DecisionRule {
        /** The length from which a quote that is a whole line both then and now may be placed by itself. */
        static final int DISTINCTIVE_LINE_LENGTH = 20;

        @Override
        public String name() {
            return "whole-line";
        }

        @Override
        public Verdict judge(Decision d) {
            Candidate best = d.best;
            if (best.quote() == 1.0 && d.length() >= DISTINCTIVE_LINE_LENGTH && !d.textRecurs()
                    && d.evidence.atLineEdge(d.anchor, best, true) && d.evidence.atLineEdge(d.anchor, best, false)) {
                return accept(best, d.rival(), "a whole line, verbatim, both where it was recorded and here, and"
                        + " nothing else in the text reads like it");
            }
            return Verdict.PASS;
        }
    }

    /**
     * Shorter still, a paragraph of its own both then and now next to running text (a heading whose section
     * moved): a paragraph moves whole, while the same words inside another paragraph are another passage.
     * Among short lines only (a menu, a list of links) the same item recurs.
     */
    record OwnParagraph() implements DecisionRule {
        /** A paragraph of its own this long (CJK counting double) may be placed by itself: not a bullet or a dash. */
        static final int DISTINCTIVE_PARAGRAPH_WEIGHT = 3;

        @Override
        public String name() {
            return "own-paragraph";
        }

        @Override
        public Verdict judge(Decision d) {
            Anchor a = d.anchor;
            Candidate best = d.best;
            if (best.quote() == 1.0 && d.text.weight(best) >= DISTINCTIVE_PARAGRAPH_WEIGHT && !d.textRecurs()
                    && ContextEvidence.recordedAsParagraph(a) && ContextEvidence.besideRunningText(a)
                    && d.text.foundAsParagraph(best)) {
                return accept(best, d.rival(), "a paragraph of its own next to running text, both then and now,"
                        + " and nothing else in the text reads like it");
            }
            return Verdict.PASS;
        }
    }

    /**
     * A verbatim occurrence inside the window is held there by one side of its whole recorded context, intact
     * but for the small edits a re-scrape makes (a typo or two, re-wrapped lines), while no other place has any
     * of the whole recorded context around it on either side: the other side changed because a neighbouring
     * paragraph or the end of its own sentence did.
     */
    record HeldBySide() implements DecisionRule {
        @Override
        public String name() {
            return "held-by-side";
        }

        @Override
        public Verdict judge(Decision d) {
            Candidate best = d.best;
            if (d.sides() >= 1 && best.score() >= FLOOR && heldBySide(d)) {
                return accept(best, d.rival(), "verbatim where the passage should be, one side of the whole context"
                        + " intact, and no other place shares any of it");
            }
            return Verdict.PASS;
        }

        private static boolean heldBySide(Decision d) {
            Anchor a = d.anchor;
            Candidate best = d.best;
            if (best.quote() < 1.0 || best.position() < 1.0) {
                return false;
            }
            double[] whole = d.evidence.wholeContext(a, best.start(), best.end());
            if (Math.max(whole[0], whole[1]) < TYPO_INTACT) {
                return false;
            }
            // a side that is wholly the neighbouring line, while the passage's own line went on at the other
            // side and changed there: only the neighbour agrees, as it does with the next line's start when the
            // passage's line was deleted
            boolean holdsBefore = whole[0] >= whole[1];
            if (ContextEvidence.recordedAtLineEdge(a, holdsBefore) && !ContextEvidence.recordedAtLineEdge(a, !holdsBefore)) {
                return false;
            }
            for (Candidate c : d.cands) {
                if (c.overlaps(best)) {
                    continue;
                }
                double[] other = d.evidence.wholeContext(a, c.start(), c.end());
                if (Math.max(other[0], other[1]) >= FOREIGN_CONTEXT) {
                    return false;
                }
            }
            return true;
        }
    }
}
