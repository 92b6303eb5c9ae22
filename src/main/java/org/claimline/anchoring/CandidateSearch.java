package org.claimline.anchoring;

import static org.claimline.anchoring.Tuning.Quote.MAX_APPROXIMATE_LENGTH;
import static org.claimline.anchoring.Tuning.Quote.MAX_ERROR_RATE;
import static org.claimline.anchoring.Tuning.Score.OUTSIDE_POSITION;
import static org.claimline.anchoring.Tuning.Search.MAX_OCCURRENCES;
import static org.claimline.anchoring.Tuning.Search.ORIGIN_SLACK;
import static org.claimline.anchoring.Tuning.Search.SLACK;
import static org.claimline.anchoring.Tuning.Search.WINDOW_SEARCH;

import java.util.ArrayList;
import java.util.List;
import org.claimline.model.Anchor;
import org.claimline.model.TextRange;

/**
 * The candidate generators: verbatim occurrences of the normalised quote, and approximate ones (Myers
 * bit-parallel search inside regions a q-gram index proposes, and inside the narrow window where the
 * passage should be). Each candidate is scored by the evidence scorers (quote, context either side,
 * position) and given its {@link Origin} from the landmarks.
 */
final class CandidateSearch {
    private final TargetText text;
    private final ContextEvidence evidence;
    private final String raw;
    private final int oldLength;

    CandidateSearch(TargetText text, ContextEvidence evidence) {
        this.text = text;
        this.evidence = evidence;
        this.raw = text.raw;
        this.oldLength = text.oldLength;
    }

    private NormalizedText norm() {
        return text.norm();
    }

    /**
     * The verbatim occurrences {@code at} of normalised quote {@code q} as candidates (none when it recurs
     * too often to tell).
     */
    List<Candidate> verbatim(Anchor a, String q, List<Integer> at, int[] window, Landmarks marks) {
        List<Candidate> cands = new ArrayList<>();
        if (at.size() <= MAX_OCCURRENCES) {
            for (int s : at) {
                cands.add(candidate(a, s, s + q.length(), 1.0, window, marks));
            }
        }
        return cands;
    }

    /** Where, in raw offsets {lo, hi}, the passage can plausibly start now. */
    int[] window(TextRange old, Landmarks marks) {
        int n = raw.length();
        if (old == null) {
            return new int[] {0, n, 0};
        }
        int o = old.start();
        int i = Landmarks.floor(marks.oldByOld, o);
        long before = i < 0 ? 0 : (long) marks.newByOld[i] - marks.oldByOld[i];
        Long after = oldLength >= 0 ? (long) n - oldLength : null;
        if (i + 1 < marks.oldByOld.length) {
            after = (long) marks.newByOld[i + 1] - marks.oldByOld[i + 1];
        }
        long lo;
        long hi;
        if (after == null) {
            int wide = Math.max(256, n / 10);
            lo = o + before - wide;
            hi = o + before + wide;
        } else {
            lo = o + Math.min(before, after) - SLACK;
            hi = o + Math.max(before, after) + SLACK;
        }
        // tight: landmarks (or the text's ends) on both sides moved by about the same amount
        boolean tight = after != null && Math.abs(after - before) <= SLACK;
        return new int[] {(int) Math.max(0, lo), (int) Math.min(n, hi), tight ? 1 : 0};
    }

    void addApproximate(Anchor a, String q, int[] window, Landmarks marks, List<Candidate> cands) {
        int m = q.length();
        if (m < QGramIndex.Q + QGramIndex.STEP + 2 || m > MAX_APPROXIMATE_LENGTH) {
            return;
        }
        int k = (int) Math.ceil(m * MAX_ERROR_RATE);
        for (int s : text.index().regions(q, m > 1000 ? 2 : 8, 256)) {
            alignIn(a, q, s - k - 32, s + m + k + 48, s + m, window, marks, cands);
        }
        // In repetitive text (code, boilerplate) the regions with the most grams in common may all be other
        // copies, some verbatim: a narrow window where the passage should be is searched whatever its votes.
        if (window[1] - window[0] <= WINDOW_SEARCH) {
            int from = norm().normalizedIndex(window[0]);
            alignIn(a, q, from - k - 32, norm().normalizedIndex(window[1]) + m + k + 48, from + m, window, marks, cands);
        }
    }

    /**
     * Adds the best approximate match of {@code q} in normalised text[from, to), if it is a new candidate.
     * Verbatim candidates there would be that best match: the stretches between them are searched instead,
     * so a copy of the words does not hide the passage with a typo right beside it (a run of repeated lines).
     */
    void alignIn(Anchor a, String q, int from, int to, int preferredEnd, int[] window, Landmarks marks,
            List<Candidate> cands) {
        List<Candidate> verbatim = new ArrayList<>();
        for (Candidate c : cands) {
            if (c.quote() == 1.0 && c.start() < to && c.end() > Math.max(0, from)) {
                verbatim.add(c);
            }
        }
        if (verbatim.isEmpty()) {
            alignBetween(a, q, from, to, preferredEnd, window, marks, cands);
            return;
        }
        verbatim.sort((x, y) -> Integer.compare(x.start(), y.start()));
        int at = from;
        for (Candidate v : verbatim) {
            alignBetween(a, q, at, v.start(), v.start(), window, marks, cands);
            at = Math.max(at, v.end());
        }
        alignBetween(a, q, at, to, preferredEnd, window, marks, cands);
    }

    void alignBetween(Anchor a, String q, int from, int to, int preferredEnd, int[] window, Landmarks marks,
            List<Candidate> cands) {
        int m = q.length();
        if (Math.min(to, norm().text().length()) - Math.max(0, from) < m - Math.ceil(m * MAX_ERROR_RATE)) {
            return;
        }
        Alignment.Match match = Alignment.bestMatch(q, norm().text(), from, to, (int) Math.ceil(m * MAX_ERROR_RATE),
                preferredEnd);
        if (match == null || match.end() <= match.start() || text.joinsParagraphs(a, match.start(), match.end())) {
            return;
        }
        double sim = 1.0 - (double) match.errors() / Math.max(m, match.end() - match.start());
        Candidate c = candidate(a, match.start(), match.end(), sim, window, marks);
        for (Candidate o : cands) {
            if (o.overlaps(c) && o.quote() >= c.quote()) {
                return;
            }
        }
        cands.add(c);
    }

    /**
     * Scores one candidate. Position: 1 inside the window, {@value Tuning.Score#OUTSIDE_POSITION} outside: it only
     * breaks ties between otherwise equal candidates, because edits between landmarks (a deletion and
     * an insertion) can carry a passage outside the window.
     */
    Candidate candidate(Anchor a, int start, int end, double quoteSim, int[] window, Landmarks marks) {
        int rawStart = norm().originalStart(start);
        int rawEnd = norm().originalEnd(start, end);
        double pos;
        if (rawStart >= window[0] && rawStart <= window[1]) {
            pos = 1.0;
        } else {
            pos = OUTSIDE_POSITION;
        }
        double[] whole = evidence.wholeContext(a, start, end);
        double preSim = Math.max(whole[0], evidence.prefixWithinParagraph(a.quote().prefix(), rawStart));
        double sufSim = Math.max(whole[1], evidence.suffixWithinParagraph(a.quote().suffix(), rawEnd));
        Origin origin = origin(a.range(), rawStart, pos == 1.0, window[2] == 1, marks);
        return new Candidate(start, end, quoteSim, preSim, sufSim, pos, origin);
    }

    /**
     * What the landmarks say about the text at new raw offset {@code rawStart}: it is the text that
     * was at the passage's old offset ({@link Origin#SAME}), text that was elsewhere in the old text
     * or — the passage being held in place by landmarks either side — not where it can be now
     * ({@link Origin#OTHER}), or nothing.
     */
    Origin origin(TextRange old, int rawStart, boolean inWindow, boolean tight, Landmarks marks) {
        if (old == null) {
            return Origin.UNKNOWN;
        }
        int[] was = marks.oldOffsetOf(rawStart, raw);
        if (was != null) {
            return Math.abs(was[0] - old.start()) <= was[1] + ORIGIN_SLACK ? Origin.SAME : Origin.OTHER;
        }
        if (inWindow && tight) {
            return Origin.NEAR;
        }
        if (marks.keepsParagraphOf(old.start(), rawStart, raw)) {
            return Origin.PARAGRAPH;
        }
        if (inWindow) {
            return Origin.UNKNOWN;
        }
        return marks.pins(old.start(), raw) ? Origin.OTHER : Origin.UNKNOWN;
    }
}
