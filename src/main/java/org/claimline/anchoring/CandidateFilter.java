package org.claimline.anchoring;

import static org.claimline.anchoring.Tuning.Context.CONTEXT_AGREES;
import static org.claimline.anchoring.Tuning.Score.MARGIN;
import static org.claimline.anchoring.Tuning.Search.MAX_REPEAT_CHECKS;
import static org.claimline.anchoring.Tuning.Search.REPEAT_BAND;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.claimline.model.Anchor;

/**
 * Narrows one anchor's candidates before the decision rules weigh them: drops those the landmarks place
 * elsewhere in the old text (and their copies in a paragraph repeated next to theirs), merges the two copies
 * of a passage in a paragraph repeated right after itself into one candidate, and drops candidates whose
 * line or paragraph edges contradict the recorded context.
 */
final class CandidateFilter {
    private final TargetText text;
    private final ContextEvidence evidence;
    private final String raw;

    CandidateFilter(TargetText text, ContextEvidence evidence) {
        this.text = text;
        this.evidence = evidence;
        this.raw = text.raw;
    }

    private NormalizedText norm() {
        return text.norm();
    }

    /** The candidates the decision rules weigh, out of all that were generated. */
    List<Candidate> reduce(Anchor a, List<Candidate> all) {
        List<Candidate> cands = mergeRepeatedParagraphs(a, mayBe(all));
        cands.removeIf(c -> evidence.lineEdgeLost(a, c) || evidence.paragraphEdgeLost(a, c));
        return cands;
    }

    /**
     * Whether {@code best} sits in a narrow window where the passage should be and {@code rival} does
     * not: the distance from the old position then decides between equally good readings.
     */
    static boolean nearOnly(Candidate best, Candidate rival) {
        return best.quote() == 1.0 && best.origin() == Origin.NEAR
                && rival.origin() != Origin.NEAR && rival.origin() != Origin.SAME;
    }

    /**
     * The candidates that may be the passage: without those the landmarks place elsewhere in the old text,
     * nor their copies in a paragraph repeated right after or before theirs (a duplicated paragraph holds
     * the same old text twice, and the landmarks may sit in one copy only).
     */
    List<Candidate> mayBe(List<Candidate> cands) {
        List<Candidate> other = new ArrayList<>();
        List<Candidate> out = new ArrayList<>(cands.size());
        for (Candidate c : cands) {
            (c.origin() == Origin.OTHER ? other : out).add(c);
        }
        if (other.isEmpty() || other.size() > MAX_REPEAT_CHECKS) {
            return out;
        }
        for (Candidate o : other) {
            int s1 = norm().originalStart(o.start());
            int p1 = text.paragraphStart(s1);
            int q1 = text.paragraphEnd(norm().originalEnd(o.start(), o.end()));
            if (p1 < 0 || q1 < 0) {
                continue;
            }
            // where the passage's words would be in the paragraph after and in the one before o's
            int next = q1;
            while (next < raw.length() && (raw.charAt(next) == '\n' || NormalizedText.isSpace(raw.charAt(next)))) {
                next++;
            }
            int prev = p1;
            while (prev > 0 && (raw.charAt(prev - 1) == '\n' || NormalizedText.isSpace(raw.charAt(prev - 1)))) {
                prev--;
            }
            int before = prev > 0 && prev < p1 ? text.paragraphStart(prev - 1) : -1;
            int atNext = next + (s1 - p1);
            int atPrev = before < 0 ? -1 : before + (s1 - p1);
            out.removeIf(c -> {
                int s2 = norm().originalStart(c.start());
                return c.origin() != Origin.SAME && (s2 == atNext && text.isRepeatedParagraphCopy(o, c, new int[1][], 0)
                        || s2 == atPrev && text.isRepeatedParagraphCopy(c, o, new int[1][], 0));
            });
        }
        return out;
    }

    static Candidate best(List<Candidate> cands) {
        Candidate best = null;
        for (Candidate c : cands) {
            if (best == null || c.score() > best.score()) {
                best = c;
            }
        }
        return best;
    }

    /**
     * A paragraph repeated right after itself (a re-scrape or an editor duplicating it) holds the passage
     * twice: the first copy keeps the context before it, the second the context after it. Such pairs are
     * one passage, not two rivals: they become one candidate at the first copy with the better of the two
     * on every count. Only verbatim-equal candidates in identical, adjacent paragraphs are merged, and not
     * for a line that already had a copy of itself next to it (a list of "link" lines): two such lines next
     * to each other are then no sign of a duplication, and one line more or less in the run shifts every
     * context by a line, so the best of two neighbours' contexts would be a count that may be off by one.
     */
    List<Candidate> mergeRepeatedParagraphs(Anchor a, List<Candidate> cands) {
        Candidate top = best(cands);
        if (top == null || cands.size() < 2 || ContextEvidence.besideItsCopy(a)) {
            return cands;
        }
        List<Candidate> near = new ArrayList<>();
        for (Candidate c : cands) {
            if (c.score() >= top.score() - REPEAT_BAND) {
                near.add(c);
            }
        }
        near.sort((x, y) -> Double.compare(y.score(), x.score()));
        near = new ArrayList<>(near.subList(0, Math.min(near.size(), MAX_REPEAT_CHECKS)));
        near.sort((x, y) -> Integer.compare(x.start(), y.start()));
        // by identity: the lists run to hundreds of candidates for a common phrase
        Set<Candidate> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Candidate> merges = new ArrayList<>();
        int[][] paragraphs = new int[near.size()][];
        for (int i = 0; i < near.size(); i++) {
            for (int j = i + 1; j < near.size(); j++) {
                Candidate first = near.get(i);
                Candidate copy = near.get(j);
                if (!gone.contains(first) && !gone.contains(copy) && !dominates(first, copy) && !dominates(copy, first)
                        && text.isRepeatedParagraphCopy(first, copy, paragraphs, i)) {
                    gone.add(first);
                    gone.add(copy);
                    // the copy whose whole recorded context (across the paragraphs' edges) is the better on
                    // both sides is where the passage was when the text already repeated the paragraph
                    Candidate at = wholeDominates(a, copy, first) ? copy : first;
                    Candidate merged = new Candidate(at.start(), at.end(), Math.max(first.quote(), copy.quote()),
                            Math.max(first.prefix(), copy.prefix()), Math.max(first.suffix(), copy.suffix()),
                            Math.max(first.position(), copy.position()),
                            first.origin() == copy.origin() ? first.origin() : Origin.UNKNOWN);
                    merges.add(merged);
                    near.set(i, merged);
                    near.set(j, merged);
                    if (at == copy) {
                        paragraphs[i] = null; // the merged candidate now stands in the copy's paragraph
                    }
                }
            }
        }
        if (merges.isEmpty()) {
            return cands;
        }
        List<Candidate> out = new ArrayList<>(cands.size());
        for (Candidate c : cands) {
            if (!gone.contains(c)) {
                out.add(c);
            }
        }
        for (Candidate c : merges) {
            if (!gone.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Whether {@code x}'s context is at least as good as {@code y}'s on both sides and clearly better on
     * one, where it agrees: then the two are not one passage seen twice (the text was already repeated, say
     * two lines "Facebook" in a row, and the context says which one is meant). A context that agrees with
     * neither copy says nothing of the kind: the end of the first copy may merely resemble the recorded
     * prefix, as a sentence ending like the one before it does.
     */
    static boolean dominates(Candidate x, Candidate y) {
        return x.prefix() >= y.prefix() && x.suffix() >= y.suffix()
                && (x.prefix() > y.prefix() + MARGIN && x.prefix() >= CONTEXT_AGREES
                    || x.suffix() > y.suffix() + MARGIN && x.suffix() >= CONTEXT_AGREES);
    }

    /**
     * Whether the whole recorded context, across the paragraphs' edges, agrees with {@code x} at least as
     * well as with {@code y} on both sides and clearly better on one. Of two adjacent identical paragraphs,
     * one made by duplicating the passage's keeps the context before it, the other the context after it;
     * one copy having both says the text already repeated the paragraph when the passage was recorded (a
     * reference cited twice in a row) and which copy it was in.
     */
    boolean wholeDominates(Anchor a, Candidate x, Candidate y) {
        double[] wx = evidence.wholeContext(a, x.start(), x.end());
        double[] wy = evidence.wholeContext(a, y.start(), y.end());
        return wx[0] >= wy[0] && wx[1] >= wy[1] && (wx[0] > wy[0] + MARGIN || wx[1] > wy[1] + MARGIN);
    }
}
