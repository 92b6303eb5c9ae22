package org.claimline.anchoring;

import static org.claimline.anchoring.Tuning.Context.CONTEXT_AGREES;
import static org.claimline.anchoring.Tuning.Context.TYPOS;
import static org.claimline.anchoring.Tuning.Quote.MIN_QUOTE_SIMILARITY;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimline.model.Anchor;

/**
 * What the decision rules look at for one anchor: all candidates generated ({@code all}), those left after
 * {@link CandidateFilter} ({@code cands}), the best of these by score and what its rivals (candidates not
 * overlapping it) add up to, and the evidence scorers for the text.
 */
final class Decision {
    final Anchor anchor;
    final List<Candidate> all;
    final List<Candidate> cands;
    final ContextEvidence evidence;
    final TargetText text;
    /** The best candidate by score, null if there is none. */
    final Candidate best;
    private boolean rivalsCounted;
    private double rival;
    private boolean rivalAgrees;
    private boolean textRecurs;

    Decision(Anchor anchor, List<Candidate> all, List<Candidate> cands, ContextEvidence evidence, TargetText text) {
        this.anchor = anchor;
        this.all = all;
        this.cands = cands;
        this.evidence = evidence;
        this.text = text;
        this.best = CandidateFilter.best(cands);
    }

    /** The candidates that do not overlap the best. */
    List<Candidate> rivals() {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cands) {
            if (!c.overlaps(best)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The best rival's score (0 if none). */
    double rival() {
        countRivals();
        return rival;
    }

    /** Whether a rival's context agrees on at least one side. */
    boolean rivalAgrees() {
        countRivals();
        return rivalAgrees;
    }

    /** Whether a rival reads like the quote (at least {@link Tuning.Quote#MIN_QUOTE_SIMILARITY}). */
    boolean textRecurs() {
        countRivals();
        return textRecurs;
    }

    private void countRivals() {
        if (rivalsCounted) {
            return;
        }
        rivalsCounted = true;
        for (Candidate c : cands) {
            if (c.overlaps(best)) {
                continue;
            }
            rival = Math.max(rival, c.score());
            rivalAgrees |= c.prefix() >= CONTEXT_AGREES || c.suffix() >= CONTEXT_AGREES;
            textRecurs |= c.quote() >= MIN_QUOTE_SIMILARITY;
        }
    }

    /** Sides of the best's context (0, 1 or 2) that agree with the recorded one. */
    int sides() {
        return (best.prefix() >= CONTEXT_AGREES ? 1 : 0) + (best.suffix() >= CONTEXT_AGREES ? 1 : 0);
    }

    /** The best's text length in normalised UTF-16 units. */
    int length() {
        return best.end() - best.start();
    }

    /**
     * Whether an approximate candidate reads other numbers than the quote: a sibling sentence (an item, a
     * year, an amount) rather than the passage with a typo. It stays a rival (a digit typo in the passage
     * itself reads the same way, and dropping it would leave a worse copy unopposed) but is not taken
     * while another place reads the quote's numbers (alone, it may be the passage with a digit typo).
     */
    boolean numbersDiffer(Candidate c) {
        if (c.quote() == 1.0) {
            return false;
        }
        List<String> want = TargetText.digitRuns(NormalizedText.normalize(anchor.quote().exact()));
        if (want.equals(text.digits(c))) {
            return false;
        }
        for (Candidate o : all) {
            if (!o.overlaps(c) && o.quote() >= MIN_QUOTE_SIMILARITY && want.equals(text.digits(o))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an approximate candidate's digits differ from the quote's by more than a typo or two: another
     * item of a list of dated or numbered entries (a reference, a table row), not the passage re-typed.
     */
    boolean numbersFarApart(Candidate c) {
        if (c.quote() == 1.0) {
            return false;
        }
        String want = String.join(" ", TargetText.digitRuns(NormalizedText.normalize(anchor.quote().exact())));
        String got = String.join(" ", text.digits(c));
        return Alignment.distance(want, got) > TYPOS;
    }

    /** A score or similarity for a reason: two decimals. */
    static String f(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }

    /** Where a candidate is, for a reason: its offset in the new text. */
    String at(Candidate c) {
        return "at " + text.norm().originalStart(c.start());
    }
}
