package org.claimline.anchoring;

import static org.claimline.anchoring.Tuning.Context.CONTEXT_AGREES;
import static org.claimline.anchoring.Tuning.Quote.MIN_QUOTE_SIMILARITY;
import static org.claimline.anchoring.Tuning.Quote.NEAR_VERBATIM;

import java.util.ArrayList;
import java.util.List;
import org.claimline.anchoring.DecisionRule.Verdict;
import org.claimline.model.Anchor;
import org.claimline.model.AnchorStatus;
import org.claimline.model.TextQuote;
import org.claimline.model.TextRange;

/**
 * Places one anchor in the new text of a run: the shortcuts first (the recorded range, or as far from it
 * as its neighbours moved; the only verbatim occurrence with its whole context), then the pipeline proper:
 * candidates from {@link CandidateSearch} (verbatim first, approximate only when the verbatim verdict
 * leaves doubt), narrowed by {@link CandidateFilter} and judged by the rules of {@link DecisionPipeline}.
 * Every {@link Placement} names the step or rule that decided.
 */
final class Placer {
    /** Rule names of the steps outside the decision rules. */
    static final String RECORDED_RANGE = "recorded-range";
    static final String MOVED_WITH_NEIGHBOURS = "moved-with-neighbours";
    static final String UNIQUE_WITH_CONTEXT = "unique-with-context";
    static final String VERBATIM_TIE = "verbatim-tie";
    static final String BLANK_QUOTE = "blank-quote";
    /** Characters of new text beyond the recorded context's length read around the recorded range. */
    private static final int RECORDED_CONTEXT_EXTRA = 8;
    /** Shorter (normalised) quotes are not placed by the unique-occurrence shortcut. */
    private static final int UNIQUE_MIN_LENGTH = 12;
    /** A verbatim placement scoring this much, its whole context agreeing and settled, skips the approximate search. */
    private static final double SETTLED_SCORE = 0.9;

    private final TargetText text;
    private final String raw;
    private final ContextEvidence evidence;
    private final CandidateSearch search;
    private final CandidateFilter filter;
    private final DecisionPipeline rules;

    Placer(String newText, int oldTextLength) {
        this.text = new TargetText(newText, oldTextLength);
        this.raw = newText;
        this.evidence = new ContextEvidence(text);
        this.search = new CandidateSearch(text, evidence);
        this.filter = new CandidateFilter(text, evidence);
        this.rules = new DecisionPipeline(text, evidence, filter);
    }

    /** Step 1: the recorded range still holds the quote and its context on both sides agrees. */
    Placement atRecordedRange(Anchor old) {
        return atRecordedRange(old, 0);
    }

    /** The same {@code shift} characters from the recorded range (the distance its neighbours moved). */
    Placement atRecordedRange(Anchor old, int shift) {
        String exact = old.quote().exact();
        TextRange recorded = old.range();
        if (exact.isEmpty() || recorded == null || recorded.length() != exact.length()
                || (long) recorded.start() + shift < 0 || (long) recorded.end() + shift > raw.length()) {
            return null;
        }
        TextRange r = new TextRange(recorded.start() + shift, recorded.end() + shift);
        if (!raw.startsWith(exact, r.start())) {
            return null;
        }
        String pre = NormalizedText.normalize(old.quote().prefix());
        String suf = NormalizedText.normalize(old.quote().suffix());
        String newPre = NormalizedText.normalize(raw.substring(Math.max(0, r.start() - old.quote().prefix().length() - RECORDED_CONTEXT_EXTRA), r.start()));
        String newSuf = NormalizedText.normalize(raw.substring(r.end(), Math.min(raw.length(), r.end() + old.quote().suffix().length() + RECORDED_CONTEXT_EXTRA)));
        newPre = newPre.substring(Math.max(0, newPre.length() - pre.length()));
        newSuf = newSuf.substring(0, Math.min(newSuf.length(), suf.length()));
        if (Alignment.similarity(pre, newPre) < CONTEXT_AGREES || Alignment.similarity(suf, newSuf) < CONTEXT_AGREES) {
            return null;
        }
        // a context cut short by the text's edge only says "first" or "last": with the quote elsewhere
        // too, another paragraph may have taken that place, so the candidates are compared (see DecisionPipeline)
        if (ContextEvidence.edgeBound(old) && text.occurrences(NormalizedText.normalize(exact)).size() > 1) {
            return null;
        }
        return new Placement(new Anchor(TextQuote.of(raw, r), r, shift == 0 ? AnchorStatus.ANCHORED : AnchorStatus.MOVED,
                1.0), 1.0, 0.0, shift == 0 ? RECORDED_RANGE : MOVED_WITH_NEIGHBOURS, shift == 0
                        ? "the recorded range still holds the quote, and its context agrees on both sides"
                        : "the quote and its context are " + shift + " characters from the recorded range, as far as"
                                + " the passages either side moved");
    }

    /** A verbatim occurrence that is the only one, where position allows and context agrees, else null. */
    Placement uniqueWithContext(Anchor a, Landmarks marks) {
        String q = NormalizedText.normalize(a.quote().exact());
        if (q.length() < UNIQUE_MIN_LENGTH || ContextEvidence.edgeBound(a)) {
            return null;
        }
        List<Integer> at = text.occurrences(q);
        if (at.size() != 1) {
            return null;
        }
        Candidate c = search.candidate(a, at.get(0), at.get(0) + q.length(), 1.0, search.window(a.range(), marks),
                marks);
        if (c.origin() == Origin.OTHER || !evidence.wholeContextAgrees(a, c) || evidence.paragraphEdgeLost(a, c)
                || evidence.looseAway(a, c)
                || !settled(a, c) && contested(a, q, c, marks)
                || unconfirmed(a, c, 1, marks)) {
            return null;
        }
        return accept(a, c, 0.0, UNIQUE_WITH_CONTEXT, "the only verbatim occurrence, its whole context agreeing on"
                + " both sides");
    }

    Placement place(Anchor a, Landmarks marks) {
        String q = NormalizedText.normalize(a.quote().exact());
        if (q.isBlank()) {
            return new Placement(a.orphaned(), 0.0, 0.0, BLANK_QUOTE, "the quote is blank");
        }
        int[] window = search.window(a.range(), marks);
        List<Integer> at = text.occurrences(q);
        List<Candidate> cands = search.verbatim(a, q, at, window, marks);
        Verdict v = rules.decide(a, cands);
        Placement p = v.accepts() ? accept(a, v) : null;
        Candidate b = CandidateFilter.best(filter.mayBe(cands));
        // Skipping the approximate search is safe only when the verbatim match leaves no doubt: a
        // typo-fixed original with better context must get the chance to contest a verbatim copy, and so
        // must one with the same context when the verbatim copy owes its agreement to the text's edge alone,
        // and the passage itself with a typo where the verbatim copy is outside the window.
        if (p != null && evidence.wholeContextAgrees(a, b) && p.score() >= SETTLED_SCORE
                && !ContextEvidence.edgeBound(a) && settled(a, b) && !unconfirmed(a, b, at.size(), marks)) {
            return p;
        }
        if (p == null && verbatimTie(a, cands)) {
            // Two verbatim places, each with its context agreeing on both sides and reading equally well:
            // an approximate match would not settle it, and searching for one costs the most time.
            return new Placement(a.orphaned(), 0.0, b.score(), VERBATIM_TIE, "two verbatim places read equally well,"
                    + " each with its context agreeing on both sides");
        }
        search.addApproximate(a, q, window, marks, cands);
        v = rules.decide(a, cands);
        if (v.accepts()) {
            return accept(a, v);
        }
        Candidate top = CandidateFilter.best(cands);
        return new Placement(a.orphaned(), 0.0, top == null ? 0.0 : top.score(), v.rule(), v.reason());
    }

    /**
     * Whether a verbatim occurrence leaves no room for a passage that changed by a typo: it lies where the
     * passage should be, or its whole recorded context is intact on both sides (but for a typo). A copy of
     * the words elsewhere whose context changed a little more (lorem ipsum, a caption repeated) is not.
     */
    boolean settled(Anchor a, Candidate c) {
        return c.position() == 1.0 || evidence.wholeIntact(a, c);
    }

    /**
     * Whether a verbatim occurrence whose whole context agrees may still not be the passage: the landmarks
     * say nothing about it (neither the passage's old place, nor near it, nor where a landmark in the
     * passage's paragraph puts it), while the quote recurs verbatim (repeated text, where a
     * copy of the passage's paragraph can carry its whole context too) or a landmark in the passage's own
     * paragraph says it is elsewhere. The passage with a typo may be there: the candidates are compared.
     */
    boolean unconfirmed(Anchor a, Candidate c, int occurrences, Landmarks marks) {
        if (c.origin() != Origin.UNKNOWN || a.range() == null) {
            return false;
        }
        return occurrences > 1 || !marks.inParagraphOf(a.range().start(), raw).isEmpty();
    }

    /**
     * Whether another place reads like the passage but for a typo in the quote and agrees at least as well
     * with the whole recorded context on both sides as the only verbatim occurrence {@code c} (the passage
     * got a typo, while a copy of its words elsewhere keeps its surroundings no better) — or, with {@code c}
     * outside the window, as well on both sides up to the paragraphs' edges (the paragraph after the passage
     * changed, and the copy's sentence goes on much as that paragraph began). The verbatim
     * occurrence is then not certain: the candidates are weighed against each other, position included.
     */
    boolean contested(Anchor a, String q, Candidate c, Landmarks marks) {
        List<Candidate> cands = new ArrayList<>();
        cands.add(c);
        search.addApproximate(a, q, search.window(a.range(), marks), marks, cands);
        double[] own = evidence.wholeContext(a, c.start(), c.end());
        for (int i = 1; i < cands.size(); i++) {
            Candidate o = cands.get(i);
            if (o.overlaps(c) || o.quote() < MIN_QUOTE_SIMILARITY) {
                continue;
            }
            double[] whole = evidence.wholeContext(a, o.start(), o.end());
            if (whole[0] >= own[0] && whole[1] >= own[1]) {
                return true;
            }
            // the context up to the paragraph's edges agrees at least as well on both sides, and the
            // verbatim occurrence is not where the passage should be: only the typo tells them apart
            if (o.quote() >= NEAR_VERBATIM && c.position() < 1.0 && o.prefix() >= c.prefix()
                    && o.suffix() >= c.suffix()) {
                return true;
            }
        }
        return false;
    }

    /** Whether two non-overlapping candidates tie at the best quote-and-context score, both sides agreeing. */
    boolean verbatimTie(Anchor a, List<Candidate> cands) {
        List<Candidate> merged = filter.mergeRepeatedParagraphs(a, filter.mayBe(cands));
        Candidate top = null;
        for (Candidate c : merged) {
            if (c.prefix() >= CONTEXT_AGREES && c.suffix() >= CONTEXT_AGREES
                    && (top == null || c.textScore() > top.textScore()
                        || c.textScore() == top.textScore() && c.origin() == Origin.NEAR)) {
                top = c;
            }
        }
        for (Candidate c : merged) {
            if (top != null && !c.overlaps(top) && c.prefix() >= CONTEXT_AGREES && c.suffix() >= CONTEXT_AGREES
                    && c.textScore() >= top.textScore() && !CandidateFilter.nearOnly(top, c)) {
                return true;
            }
        }
        return false;
    }


    private Placement accept(Anchor a, Verdict v) {
        return accept(a, v.chosen(), v.runnerUp(), v.rule(), v.reason());
    }

    private Placement accept(Anchor a, Candidate c, double rival, String rule, String reason) {
        int s = text.norm().originalStart(c.start());
        TextRange r = new TextRange(s, text.norm().originalEnd(c.start(), c.end()));
        boolean verbatim = raw.regionMatches(r.start(), a.quote().exact(), 0, a.quote().exact().length())
                && r.length() == a.quote().exact().length();
        AnchorStatus status;
        double score;
        if (verbatim) {
            status = a.range() != null && a.range().start() == r.start() ? AnchorStatus.ANCHORED : AnchorStatus.MOVED;
            score = 1.0;
        } else {
            status = AnchorStatus.FUZZY;
            score = Math.min(0.999, c.score());
        }
        return new Placement(new Anchor(TextQuote.of(raw, r), r, status, score), c.score(), rival, rule, reason);
    }
}
