package org.claimline.anchoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.claimline.model.Anchor;
import org.claimline.model.AnchorStatus;
import org.claimline.model.Claim;
import org.claimline.model.TextQuote;
import org.claimline.model.TextRange;

/**
 * Places claims in a (possibly changed) article text. Pure and stateless.
 *
 * <p>Order: (1) the recorded range still holds the quote → anchored; (2) exact occurrences of the quote
 * in the normalised text (quote styles, dashes, spaces folded), told apart by prefix/suffix and by
 * position; (3) approximate occurrences (Myers bit-parallel search inside regions proposed by a q-gram
 * index). Every candidate gets one score — {@value #W_QUOTE} × quote similarity + {@value #W_CONTEXT}
 * × prefix and suffix similarity each + {@value #W_POSITION} × position agreement — and the best is
 * taken only if it clears the floor and beats the best non-overlapping rival by the margin. Two
 * indistinguishable candidates never get a coin toss: the claim becomes an orphan, because attaching a
 * claim to the wrong passage is worse than asking the user.
 *
 * <p>Position: the old offset is projected through "landmarks" — claims placed with certainty in the same
 * run — and the document ends; the shifts of the landmarks either side bound where the passage can now be.
 */
public final class Anchorer {
    static final double W_QUOTE = 0.5;
    static final double W_CONTEXT = 0.2;
    static final double W_POSITION = 0.1;
    /** Minimum combined score of an accepted candidate. */
    static final double FLOOR = 0.78;
    /** Minimum lead over the best candidate that does not overlap the chosen one. */
    static final double MARGIN = 0.05;
    /** Quote similarity below this is another passage, whatever its context. */
    static final double MIN_QUOTE_SIMILARITY = 0.75;
    /** Edits allowed in an approximate match, as a share of the quote's length. */
    static final double MAX_ERROR_RATE = 0.25;
    /**
     * A verbatim quote this long is specific enough to follow even when its surroundings changed (a moved
     * paragraph), provided one side of its context or its position still agrees.
     */
    static final int DISTINCTIVE_LENGTH = 40;
    private static final int SLACK = 32;
    private static final int MAX_OCCURRENCES = 500;

    /** Where {@code old} (recorded against some earlier text) belongs in {@code newText}. */
    public Anchor locate(Anchor old, String newText) {
        return place(old, newText, -1).anchor();
    }

    /** Like {@link #locate} with the old text's length (UTF-16 units, -1 if unknown) to scale positions. */
    public Placement place(Anchor old, String newText, int oldTextLength) {
        Target t = new Target(newText, oldTextLength);
        Placement p = atRecordedRange(old, newText);
        return p != null ? p : t.place(old, t.window(old.range(), new long[0]));
    }

    /** Every claim re-placed in {@code newText}; orphans stay in the list, never dropped. */
    public List<Claim> reanchor(List<Claim> claims, String newText) {
        return reanchor(claims, newText, -1);
    }

    /** Like {@link #reanchor(List, String)} knowing the old text's length (-1 if unknown). */
    public List<Claim> reanchor(List<Claim> claims, String newText, int oldTextLength) {
        List<Anchor> anchors = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            anchors.add(c.anchor());
        }
        List<Placement> placed = placeAll(anchors, newText, oldTextLength);
        List<Claim> out = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            out.add(claims.get(i).withAnchor(placed.get(i).anchor()));
        }
        return out;
    }

    /**
     * Places all anchors of one document at once: those that are certain (recorded range intact, or a
     * unique verbatim occurrence with matching context) first, then the rest using the first as landmarks.
     */
    public List<Placement> placeAll(List<Anchor> anchors, String newText, int oldTextLength) {
        Placement[] out = new Placement[anchors.size()];
        Target t = new Target(newText, oldTextLength);
        List<long[]> marks = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            Anchor a = anchors.get(i);
            Placement p = atRecordedRange(a, newText);
            if (p == null && a.range() != null) {
                p = t.uniqueWithContext(a);
            }
            if (p != null) {
                out[i] = p;
                if (a.range() != null) {
                    marks.add(new long[] {a.range().start(), p.anchor().range().start()});
                }
            }
        }
        marks.sort((x, y) -> Long.compare(x[0], y[0]));
        long[] landmarks = new long[marks.size()];
        for (int i = 0; i < landmarks.length; i++) {
            landmarks[i] = marks.get(i)[0] << 32 | (marks.get(i)[1] & 0xFFFFFFFFL);
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                Anchor a = anchors.get(i);
                out[i] = t.place(a, t.window(a.range(), landmarks));
            }
        }
        return Arrays.asList(out);
    }

    private static Placement atRecordedRange(Anchor old, String newText) {
        String exact = old.quote().exact();
        TextRange r = old.range();
        if (!exact.isEmpty() && r != null && r.length() == exact.length() && r.end() <= newText.length()
                && newText.startsWith(exact, r.start())) {
            return new Placement(new Anchor(TextQuote.of(newText, r), r, AnchorStatus.ANCHORED, 1.0), 1.0, 0.0);
        }
        return null;
    }

    /** One scored place where the quote could be, in normalised offsets. */
    private record Candidate(int start, int end, double quote, double prefix, double suffix, double position) {
        double score() {
            return W_QUOTE * quote + W_CONTEXT * (prefix + suffix) + W_POSITION * position;
        }

        boolean overlaps(Candidate o) {
            return start < o.end && o.start < end;
        }
    }

    /** The new text, prepared once per run: normalised form and (lazily) its q-gram index. */
    private static final class Target {
        private final String raw;
        private final int oldLength;
        private NormalizedText norm;
        private QGramIndex index;

        Target(String raw, int oldLength) {
            this.raw = raw;
            this.oldLength = oldLength;
        }

        NormalizedText norm() {
            if (norm == null) {
                norm = NormalizedText.of(raw);
            }
            return norm;
        }

        QGramIndex index() {
            if (index == null) {
                index = new QGramIndex(norm().text());
            }
            return index;
        }

        /** Where, in raw offsets {lo, hi}, the passage can plausibly start now. */
        int[] window(TextRange old, long[] landmarks) {
            int n = raw.length();
            if (old == null) {
                return new int[] {0, n};
            }
            int o = old.start();
            long before = 0;
            Long after = oldLength >= 0 ? (long) n - oldLength : null;
            for (long mark : landmarks) {
                long shift = (mark & 0xFFFFFFFFL) - (mark >>> 32);
                if ((mark >>> 32) <= o) {
                    before = shift;
                } else {
                    after = shift;
                    break;
                }
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
            return new int[] {(int) Math.max(0, lo), (int) Math.min(n, hi)};
        }

        /** A verbatim occurrence that is the only one and whose context agrees on both sides, else null. */
        Placement uniqueWithContext(Anchor a) {
            String q = NormalizedText.normalize(a.quote().exact());
            if (q.isBlank()) {
                return null;
            }
            List<Integer> at = occurrences(q);
            if (at.size() != 1) {
                return null;
            }
            Candidate c = candidate(a, at.get(0), at.get(0) + q.length(), 1.0, new int[] {0, raw.length()});
            if (c.prefix() < 0.75 || c.suffix() < 0.75 || q.length() < 12) {
                return null;
            }
            return accept(a, c, 0.0);
        }

        Placement place(Anchor a, int[] window) {
            String q = NormalizedText.normalize(a.quote().exact());
            if (q.isBlank()) {
                return new Placement(a.orphaned(), 0.0, 0.0);
            }
            List<Candidate> cands = new ArrayList<>();
            List<Integer> at = occurrences(q);
            if (at.size() <= MAX_OCCURRENCES) {
                for (int s : at) {
                    cands.add(candidate(a, s, s + q.length(), 1.0, window));
                }
            }
            Placement p = decide(a, q.length(), cands);
            if (p != null && p.score() >= 0.9) {
                return p;
            }
            addApproximate(a, q, window, cands);
            p = decide(a, q.length(), cands);
            if (p != null) {
                return p;
            }
            return new Placement(a.orphaned(), 0.0, best(cands) == null ? 0.0 : best(cands).score());
        }

        private List<Integer> occurrences(String q) {
            String text = norm().text();
            if (q.length() >= QGramIndex.Q) {
                return index().occurrences(q);
            }
            List<Integer> out = new ArrayList<>();
            for (int i = text.indexOf(q); i >= 0 && out.size() <= MAX_OCCURRENCES; i = text.indexOf(q, i + 1)) {
                out.add(i);
            }
            return out;
        }

        private void addApproximate(Anchor a, String q, int[] window, List<Candidate> cands) {
            int m = q.length();
            if (m < QGramIndex.Q * 2) {
                return;
            }
            int k = (int) Math.ceil(m * MAX_ERROR_RATE);
            String text = norm().text();
            for (int s : index().regions(q, m > 1000 ? 2 : 8, 256)) {
                Alignment.Match match = Alignment.bestMatch(q, text, s - k - 16, s + m + k + 16, k, s + m);
                if (match == null || match.end() <= match.start()) {
                    continue;
                }
                double sim = 1.0 - (double) match.errors() / Math.max(m, match.end() - match.start());
                Candidate c = candidate(a, match.start(), match.end(), sim, window);
                boolean known = false;
                for (Candidate o : cands) {
                    known |= o.overlaps(c) && o.quote() >= c.quote();
                }
                if (!known) {
                    cands.add(c);
                }
            }
        }

        private Candidate candidate(Anchor a, int start, int end, double quoteSim, int[] window) {
            String text = norm().text();
            String pre = NormalizedText.normalize(a.quote().prefix());
            String suf = NormalizedText.normalize(a.quote().suffix());
            String newPre = text.substring(Math.max(0, start - pre.length()), start);
            String newSuf = text.substring(end, Math.min(text.length(), end + suf.length()));
            int rawStart = norm().originalStart(start);
            double pos;
            if (rawStart >= window[0] && rawStart <= window[1]) {
                pos = 1.0;
            } else {
                int d = rawStart < window[0] ? window[0] - rawStart : rawStart - window[1];
                pos = 0.5 * Math.max(0.0, 1.0 - d / (raw.length() * 0.1 + 1000));
            }
            return new Candidate(start, end, quoteSim, Alignment.similarity(pre, newPre),
                    Alignment.similarity(suf, newSuf), pos);
        }

        private static Candidate best(List<Candidate> cands) {
            Candidate best = null;
            for (Candidate c : cands) {
                if (best == null || c.score() > best.score()) {
                    best = c;
                }
            }
            return best;
        }

        /** The accepted placement among {@code cands}, or null if none is good and clear enough. */
        private Placement decide(Anchor a, int quoteLength, List<Candidate> cands) {
            Candidate best = best(cands);
            if (best == null || best.quote() < MIN_QUOTE_SIMILARITY) {
                return null;
            }
            double rival = 0.0;
            for (Candidate c : cands) {
                if (!c.overlaps(best)) {
                    rival = Math.max(rival, c.score());
                }
            }
            if (best.score() - rival < MARGIN) {
                return null;
            }
            boolean distinctive = best.quote() == 1.0 && quoteLength >= DISTINCTIVE_LENGTH
                    && (best.prefix() >= 0.5 || best.suffix() >= 0.5 || best.position() == 1.0);
            if (best.score() < FLOOR && !distinctive) {
                return null;
            }
            return accept(a, best, rival);
        }

        private Placement accept(Anchor a, Candidate c, double rival) {
            int s = norm().originalStart(c.start());
            TextRange r = new TextRange(s, norm().originalEnd(c.start(), c.end()));
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
            return new Placement(new Anchor(TextQuote.of(raw, r), r, status, score), c.score(), rival);
        }
    }
}
