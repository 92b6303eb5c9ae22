package org.claimline.anchoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Landmarks that kept their distance also map a candidate back to the old text: a candidate that was
 * other old text is dropped, one that was the passage's old place is taken. A landmark on one side only says
 * where the passage is if it stayed in the landmark's paragraph: enough to doubt a verbatim copy elsewhere,
 * never to take a place (the landmark may sit in a copy of the paragraph). Two placements of different
 * passages on the same text cannot both stand: the uncertain ones become orphans.
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
    /** Quote similarity of a passage changed only by a typo or two (at most a tenth of it edited). */
    static final double NEAR_VERBATIM = 0.9;
    /** Edits allowed in an approximate match, as a share of the quote's length. */
    static final double MAX_ERROR_RATE = 0.25;
    /**
     * A verbatim quote this long is specific enough to follow even when its surroundings changed (a moved
     * paragraph), provided one side of its context or its position still agrees.
     */
    static final int DISTINCTIVE_LENGTH = 40;
    /** The same for a quote that is a whole line both where it was recorded and where it is found. */
    static final int DISTINCTIVE_LINE_LENGTH = 20;
    /**
     * A paragraph of its own this long (CJK counting double) may be placed by itself too: a heading or a
     * caption; a bullet or a dash says too little.
     */
    static final int DISTINCTIVE_PARAGRAPH_WEIGHT = 3;
    /** A quote at least this long may be placed out of its window with its context agreeing on one side. */
    static final int ONE_SIDED_LENGTH = 32;
    /** Context score of "both at a paragraph edge", the rest of the context having changed. */
    static final double EDGE_ONLY = 0.6;
    /** The same inside the window, where position agrees too. */
    static final int ONE_SIDED_LENGTH_IN_WINDOW = 12;
    /** One side of the context this similar is intact but for a typo (about 1 edit in 32 characters). */
    static final double INTACT_SIDE = 0.95;
    /** Edits that make "a typo or two" in a short stretch of context. */
    static final int TYPOS = 2;
    /** A whole context side this similar is the recorded one but for a few typos or re-wrapped lines. */
    static final double TYPO_INTACT = 0.85;
    /** A rival with this much of the whole recorded context on a side shares the passage's surroundings. */
    static final double FOREIGN_CONTEXT = 0.5;
    /** Lead over the best rival needed when the context agrees on one side only. */
    static final double ONE_SIDED_MARGIN = 0.15;
    private static final int SLACK = 32;
    /** Characters of new text beyond a context's length that an alignment of the context may use. */
    private static final int CONTEXT_EXTRA = 4;
    /** Contexts less similar than this are not re-aligned: one edit counted twice would not save them. */
    private static final double MIN_REALIGN = 0.5;
    /** Two overlapping placements whose distance changed by more than this cannot both be right. */
    private static final int COLLISION_SLACK = 8;
    /** At most this many more passes over the orphans, each with the previous placements as landmarks. */
    private static final int LANDMARK_PASSES = 3;
    /** Step 2 searches every STRIDE-th passage first; those between are first looked for where their neighbours moved. */
    private static final int STRIDE = 8;
    /** How far (beyond the drift between its landmarks) a candidate may map from the old offset and be it. */
    private static final int ORIGIN_SLACK = 4;
    /** Context similarity that counts as "the same surroundings" (a typo or two in 32 characters). */
    static final double CONTEXT_AGREES = 0.75;
    /** How far a rival's context may beat the chosen candidate's on one side before we refuse to choose. */
    static final double CONFLICT = 0.2;
    /** Position score of a candidate outside the window. */
    static final double OUTSIDE_POSITION = 0.4;
    private static final int MAX_OCCURRENCES = 500;
    /** Candidates this close to the best are checked for being one passage in a repeated paragraph. */
    private static final double REPEAT_BAND = 0.3;
    /** At most this many of the best candidates are compared pairwise for being one repeated passage. */
    private static final int MAX_REPEAT_CHECKS = 8;
    /** Paragraphs longer than this are not compared as repeated paragraphs. */
    private static final int MAX_PARAGRAPH = 20_000;
    /** Characters of the quote's end (start) looked for in its prefix (suffix) to tell a run of repeats. */
    private static final int REPEAT_PROBE = 16;
    /** A window where the passage should be at most this wide (UTF-16 units) is searched for it directly. */
    private static final int WINDOW_SEARCH = 1024;
    /** Longer quotes (whole sections) are only matched verbatim: their alignment would cost seconds. */
    private static final int MAX_APPROXIMATE_LENGTH = 3000;

    /** Where {@code old} (recorded against some earlier text) belongs in {@code newText}. */
    public Anchor locate(Anchor old, String newText) {
        return place(old, newText, -1).anchor();
    }

    /** Like {@link #locate} with the old text's length (UTF-16 units, -1 if unknown) to scale positions. */
    public Placement place(Anchor old, String newText, int oldTextLength) {
        Target t = new Target(newText, oldTextLength);
        Placement p = t.atRecordedRange(old);
        return p != null ? p : t.place(old, Landmarks.NONE);
    }

    /**
     * Every claim re-placed in {@code newText}; orphans stay in the list, never dropped. A claim found where it
     * was recorded, with the quote and context it was recorded with, keeps its anchor as it was, status
     * included: a claim an earlier re-anchoring moved or matched approximately stays marked so until it is
     * re-attached, however often the same text is opened.
     */
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
            Anchor was = claims.get(i).anchor();
            Anchor now = placed.get(i).anchor();
            boolean unchanged = now.range() != null && now.range().equals(was.range()) && now.quote().equals(was.quote());
            out.add(unchanged ? claims.get(i) : claims.get(i).withAnchor(now));
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
            out[i] = t.atRecordedRange(anchors.get(i));
            if (out[i] != null) {
                marks.add(new long[] {anchors.get(i).range().start(), out[i].anchor().range().start()});
            }
        }
        Landmarks recorded = new Landmarks(marks);
        // Step 2: a unique verbatim occurrence with its context. A block of text that moved as a whole costs no
        // search for most of its passages, though: every STRIDE-th one is searched first, and a passage between
        // two found ones that moved by the same distance is checked that distance from its recorded range (step 1
        // shifted along with its neighbours) before it is searched for.
        java.util.TreeMap<Integer, Integer> moved = new java.util.TreeMap<>();
        for (long[] m : marks) {
            moved.put((int) m[0], (int) (m[1] - m[0]));
        }
        Integer[] order = inRecordedOrder(anchors);
        for (int pass = 0; pass < 2; pass++) {
            int k = 0;
            for (int i : order) {
                Anchor a = anchors.get(i);
                if (out[i] != null || a.range() == null || pass == 0 && k++ % STRIDE != 0) {
                    continue;
                }
                int o = a.range().start();
                var before = moved.floorEntry(o);
                var after = moved.higherEntry(o);
                if (pass == 1 && before != null && after != null && before.getValue() != 0
                        && before.getValue().equals(after.getValue())) {
                    out[i] = t.atRecordedRange(a, before.getValue());
                }
                if (out[i] == null) {
                    out[i] = t.uniqueWithContext(a, recorded);
                }
                if (out[i] != null) {
                    moved.put(o, out[i].anchor().range().start() - o);
                    marks.add(new long[] {o, out[i].anchor().range().start()});
                }
            }
        }
        boolean[] certain = new boolean[out.length];
        for (int i = 0; i < out.length; i++) {
            certain[i] = out[i] != null;
        }
        Landmarks all = new Landmarks(marks);
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                out[i] = t.place(anchors.get(i), all);
            }
        }
        // Placements made with the first landmarks are landmarks too, so the orphans get another try with
        // more of them: the landmarks either side of a passage may now say where its text is or was.
        for (int pass = 0; pass < LANDMARK_PASSES; pass++) {
            List<long[]> more = new ArrayList<>(marks);
            for (int i = 0; i < out.length; i++) {
                if (!certain[i] && !out[i].anchor().isOrphan() && anchors.get(i).range() != null) {
                    more.add(new long[] {anchors.get(i).range().start(), out[i].anchor().range().start()});
                }
            }
            Landmarks richer = new Landmarks(more);
            boolean placedMore = false;
            for (int i = 0; i < out.length; i++) {
                if (out[i].anchor().isOrphan()) {
                    out[i] = t.place(anchors.get(i), richer);
                    placedMore |= !out[i].anchor().isOrphan();
                }
            }
            if (!placedMore) {
                break;
            }
        }
        orphanCollisions(anchors, out, certain);
        return Arrays.asList(out);
    }

    /** The anchors' indices by recorded start (those without a range first), ties in list order. */
    private static Integer[] inRecordedOrder(List<Anchor> anchors) {
        Integer[] order = new Integer[anchors.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Integer.compare(start(anchors.get(x)), start(anchors.get(y))));
        return order;
    }

    private static int start(Anchor a) {
        return a.range() == null ? -1 : a.range().start();
    }

    /**
     * Two claims recorded on different passages cannot both be on the same text now: where placements
     * overlap but their distance differs from the recorded one, at least one of them is wrong, and every one
     * that was not placed with certainty becomes an orphan.
     */
    private static void orphanCollisions(List<Anchor> anchors, Placement[] out, boolean[] certain) {
        List<Integer> placed = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            if (!out[i].anchor().isOrphan() && anchors.get(i).range() != null) {
                placed.add(i);
            }
        }
        placed.sort((x, y) -> Integer.compare(out[x].anchor().range().start(), out[y].anchor().range().start()));
        boolean[] drop = new boolean[out.length];
        for (int k = 0; k < placed.size(); k++) {
            int i = placed.get(k);
            TextRange ni = out[i].anchor().range();
            for (int l = k + 1; l < placed.size() && out[placed.get(l)].anchor().range().start() < ni.end(); l++) {
                int j = placed.get(l);
                long moved = (long) out[j].anchor().range().start() - ni.start();
                long was = (long) anchors.get(j).range().start() - anchors.get(i).range().start();
                if (Math.abs(moved - was) > COLLISION_SLACK) {
                    drop[i] |= !certain[i];
                    drop[j] |= !certain[j];
                }
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (drop[i]) {
                out[i] = new Placement(anchors.get(i).orphaned(), 0.0, out[i].score());
            }
        }
    }

    /**
     * Old → new offsets of passages placed with certainty. A passage between two landmarks most likely
     * shifted by an amount between theirs.
     */
    private static final class Landmarks {
        private final int[] oldByOld;
        private final int[] newByOld;
        private final int[] newByNew;
        private final int[] oldByNew;
        /** {@link #inParagraphOf} by old offset: asked for every candidate of a passage. */
        private final Map<Integer, List<int[]>> inParagraph = new HashMap<>();
        /** {@link #breaksAfter} per landmark, for the text {@link #breaksOf}; -1 until counted. */
        private String breaksOf;
        private int[] breaksByOld;
        private int[] breaksByNew;

        Landmarks(List<long[]> marks) {
            List<long[]> byOld = new ArrayList<>(marks);
            byOld.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
            List<long[]> byNew = new ArrayList<>(marks);
            byNew.sort((x, y) -> x[1] != y[1] ? Long.compare(x[1], y[1]) : Long.compare(x[0], y[0]));
            int n = marks.size();
            oldByOld = new int[n];
            newByOld = new int[n];
            newByNew = new int[n];
            oldByNew = new int[n];
            for (int i = 0; i < n; i++) {
                oldByOld[i] = (int) byOld.get(i)[0];
                newByOld[i] = (int) byOld.get(i)[1];
                newByNew[i] = (int) byNew.get(i)[1];
                oldByNew[i] = (int) byNew.get(i)[0];
            }
        }

        static final Landmarks NONE = new Landmarks(List.of());

        /**
         * The old offset that new offset {@code at} had, when the landmarks either side of it (in the new
         * text) kept their distance and at most one paragraph break lies between them: the text between is
         * old text that only had small edits (typos, spaces), so it can be mapped back — a paragraph
         * deleted, inserted or moved between them would need two breaks or change the distance.
         * {@code null} when no such pair brackets {@code at}. Returns {implied old offset, uncertainty}.
         */
        int[] oldOffsetOf(int at, String raw) {
            int i = floor(newByNew, at);
            if (i < 0) {
                return null;
            }
            if (newByNew[i] == at) {
                return new int[] {oldByNew[i], 0};
            }
            int j = i + 1;
            if (j >= newByNew.length) {
                return null;
            }
            int oldSpan = oldByNew[j] - oldByNew[i];
            int newSpan = newByNew[j] - newByNew[i];
            int drift = Math.abs(newSpan - oldSpan);
            if (oldSpan <= 0 || drift > contiguityTolerance(newSpan) || breaksAfter(raw, i, false) > 1) {
                return null;
            }
            return new int[] {oldByNew[i] + (at - newByNew[i]), drift};
        }

        /**
         * Where the passage recorded at old offset {@code o} is now if it stayed in the paragraph of a nearest
         * landmark (before or after it in the old text): that landmark's new offset plus the old distance, when
         * no paragraph break lies between the two in the new text. Paragraphs move, go and come whole, so the
         * text at the same distance from a landmark inside its paragraph is the text that was there; a landmark
         * in another old paragraph could only mislead if that paragraph held a near copy of the passage at
         * exactly that distance. Pairs {new offset, tolerance for small edits}; empty when no landmark says so.
         */
        List<int[]> inParagraphOf(int o, String raw) {
            if (oldByOld.length == 0) {
                return List.of();
            }
            return inParagraph.computeIfAbsent(o, k -> predictInParagraph(o, raw));
        }

        private List<int[]> predictInParagraph(int o, String raw) {
            int i = floor(oldByOld, o);
            List<int[]> out = new ArrayList<>(2);
            for (int k = Math.max(0, i); k <= i + 1 && k < oldByOld.length; k++) {
                long at = (long) newByOld[k] + (o - oldByOld[k]);
                if (at >= 0 && at <= raw.length() && paragraphBreaks(raw,
                        (int) Math.min(at, newByOld[k]), (int) Math.max(at, newByOld[k])) == 0) {
                    out.add(new int[] {(int) at, contiguityTolerance(Math.abs(o - oldByOld[k]))});
                }
            }
            return out;
        }

        /** Whether new offset {@code at} is where {@link #inParagraphOf} puts the passage recorded at {@code o}. */
        boolean keepsParagraphOf(int o, int at, String raw) {
            for (int[] p : inParagraphOf(o, raw)) {
                if (Math.abs(at - p[0]) <= p[1]) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the passage recorded at old offset {@code o} is held in place: the landmarks either side
         * of it in the old text still follow each other at the same distance in the new text, so nothing
         * between them was removed or moved away.
         */
        boolean pins(int o, String raw) {
            int i = floor(oldByOld, o);
            if (i < 0 || i + 1 >= oldByOld.length || oldByOld[i] == o) {
                return false;
            }
            int oldSpan = oldByOld[i + 1] - oldByOld[i];
            int newSpan = newByOld[i + 1] - newByOld[i];
            return newSpan > 0 && Math.abs(newSpan - oldSpan) <= contiguityTolerance(oldSpan)
                    && breaksAfter(raw, i, true) <= 1;
        }

        /**
         * {@link #paragraphBreaks} between landmark {@code i} and the next, in old order ({@code byOld}) or in
         * new order: asked for every candidate of every passage, so counted once per pair of landmarks.
         */
        private int breaksAfter(String raw, int i, boolean byOld) {
            if (breaksOf != raw) {
                breaksOf = raw;
                breaksByOld = new int[oldByOld.length];
                breaksByNew = new int[oldByOld.length];
                Arrays.fill(breaksByOld, -1);
                Arrays.fill(breaksByNew, -1);
            }
            int[] known = byOld ? breaksByOld : breaksByNew;
            if (known[i] < 0) {
                known[i] = byOld ? paragraphBreaks(raw, newByOld[i], newByOld[i + 1])
                        : paragraphBreaks(raw, newByNew[i], newByNew[i + 1]);
            }
            return known[i];
        }

        /** Paragraph breaks (line breaks with only spaces up to the next one) in raw[from, to), counting up to 2. */
        static int paragraphBreaks(String raw, int from, int to) {
            int breaks = 0;
            boolean blank = false;
            for (int k = from; k < to && breaks < 2; k++) {
                char c = raw.charAt(k);
                if (c == '\n') {
                    if (blank) {
                        breaks++;
                        while (k + 1 < to && (raw.charAt(k + 1) == '\n' || NormalizedText.isSpace(raw.charAt(k + 1)))) {
                            k++;
                        }
                        blank = false;
                    } else {
                        blank = true;
                    }
                } else if (blank && !NormalizedText.isSpace(c)) {
                    blank = false;
                }
            }
            return breaks;
        }

        /** Length change that small edits (typos, doubled spaces) may cause over {@code span} characters. */
        static int contiguityTolerance(int span) {
            return 3 + span / 50;
        }

        /** Index of the last entry of {@code sorted} that is ≤ {@code x}, or -1. */
        static int floor(int[] sorted, int x) {
            int i = Arrays.binarySearch(sorted, x);
            if (i < 0) {
                return -i - 2;
            }
            while (i + 1 < sorted.length && sorted[i + 1] == x) {
                i++;
            }
            return i;
        }
    }

    /** One scored place where the quote could be, in normalised offsets. */
    private record Candidate(int start, int end, double quote, double prefix, double suffix, double position,
            Origin origin) {
        double score() {
            return textScore() + W_POSITION * position;
        }

        /** The score without the position: what the quote and its context say. */
        double textScore() {
            return W_QUOTE * quote + W_CONTEXT * (prefix + suffix);
        }

        boolean overlaps(Candidate o) {
            return start < o.end && o.start < end;
        }
    }

    /** Where a candidate's text was in the old text, as far as the landmarks tell. */
    private enum Origin {
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

    /** The new text, prepared once per run: normalised form and (lazily) its q-gram index. */
    private static final class Target {
        private final String raw;
        private final int oldLength;
        private NormalizedText norm;
        private QGramIndex index;
        private QGramIndex shortIndex;
        /** {@link #wholeContext} of the anchor being placed, by candidate: the decision rules ask again and again. */
        private final Map<Long, double[]> contexts = new HashMap<>();
        private Anchor contextsOf;
        /** {@link #contextsOf}'s recorded prefix and suffix, normalised. */
        private String contextPre;
        private String contextSuf;

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

        /** Built only when a short quote (a word, a name) is looked up: scanning a megabyte for each costs more. */
        QGramIndex shortIndex() {
            if (shortIndex == null) {
                shortIndex = QGramIndex.forShortQuotes(norm().text());
            }
            return shortIndex;
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
            String newPre = NormalizedText.normalize(raw.substring(Math.max(0, r.start() - old.quote().prefix().length() - 8), r.start()));
            String newSuf = NormalizedText.normalize(raw.substring(r.end(), Math.min(raw.length(), r.end() + old.quote().suffix().length() + 8)));
            newPre = newPre.substring(Math.max(0, newPre.length() - pre.length()));
            newSuf = newSuf.substring(0, Math.min(newSuf.length(), suf.length()));
            if (Alignment.similarity(pre, newPre) < CONTEXT_AGREES || Alignment.similarity(suf, newSuf) < CONTEXT_AGREES) {
                return null;
            }
            // a context cut short by the text's edge only says "first" or "last": with the quote elsewhere
            // too, another paragraph may have taken that place, so the candidates are compared (see decide)
            if (edgeBound(old) && occurrences(NormalizedText.normalize(exact)).size() > 1) {
                return null;
            }
            return new Placement(new Anchor(TextQuote.of(raw, r), r, shift == 0 ? AnchorStatus.ANCHORED : AnchorStatus.MOVED,
                    1.0), 1.0, 0.0);
        }

        /** A verbatim occurrence that is the only one, where position allows and context agrees, else null. */
        Placement uniqueWithContext(Anchor a, Landmarks marks) {
            String q = NormalizedText.normalize(a.quote().exact());
            if (q.length() < 12 || edgeBound(a)) {
                return null;
            }
            List<Integer> at = occurrences(q);
            if (at.size() != 1) {
                return null;
            }
            Candidate c = candidate(a, at.get(0), at.get(0) + q.length(), 1.0, window(a.range(), marks), marks);
            if (c.origin() == Origin.OTHER || !wholeContextAgrees(a, c) || paragraphEdgeLost(a, c) || looseAway(a, c)
                    || !settled(a, c) && contested(a, q, c, marks)
                    || unconfirmed(a, c, 1, marks)) {
                return null;
            }
            return accept(a, c, 0.0);
        }

        Placement place(Anchor a, Landmarks marks) {
            String q = NormalizedText.normalize(a.quote().exact());
            if (q.isBlank()) {
                return new Placement(a.orphaned(), 0.0, 0.0);
            }
            int[] window = window(a.range(), marks);
            List<Candidate> cands = new ArrayList<>();
            List<Integer> at = occurrences(q);
            if (at.size() <= MAX_OCCURRENCES) {
                for (int s : at) {
                    cands.add(candidate(a, s, s + q.length(), 1.0, window, marks));
                }
            }
            Placement p = decide(a, cands);
            Candidate b = best(mayBe(cands));
            // Skipping the approximate search is safe only when the verbatim match leaves no doubt: a
            // typo-fixed original with better context must get the chance to contest a verbatim copy, and so
            // must one with the same context when the verbatim copy owes its agreement to the text's edge alone,
            // and the passage itself with a typo where the verbatim copy is outside the window.
            if (p != null && wholeContextAgrees(a, b) && p.score() >= 0.9 && !edgeBound(a) && settled(a, b)
                    && !unconfirmed(a, b, at.size(), marks)) {
                return p;
            }
            if (p == null && verbatimTie(a, cands)) {
                // Two verbatim places, each with its context agreeing on both sides and reading equally well:
                // an approximate match would not settle it, and searching for one costs the most time.
                return new Placement(a.orphaned(), 0.0, b.score());
            }
            addApproximate(a, q, window, marks, cands);
            p = decide(a, cands);
            if (p != null) {
                return p;
            }
            return new Placement(a.orphaned(), 0.0, best(cands) == null ? 0.0 : best(cands).score());
        }

        /**
         * Whether a verbatim occurrence leaves no room for a passage that changed by a typo: it lies where the
         * passage should be, or its whole recorded context is intact on both sides (but for a typo). A copy of
         * the words elsewhere whose context changed a little more (lorem ipsum, a caption repeated) is not.
         */
        private boolean settled(Anchor a, Candidate c) {
            return c.position() == 1.0 || wholeIntact(a, c);
        }

        /**
         * Whether a verbatim occurrence whose whole context agrees may still not be the passage: the landmarks
         * say nothing about it (neither the passage's old place, nor near it, nor where a landmark in the
         * passage's paragraph puts it), while the quote recurs verbatim (repeated text, where a
         * copy of the passage's paragraph can carry its whole context too) or a landmark in the passage's own
         * paragraph says it is elsewhere. The passage with a typo may be there: the candidates are compared.
         */
        private boolean unconfirmed(Anchor a, Candidate c, int occurrences, Landmarks marks) {
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
        private boolean contested(Anchor a, String q, Candidate c, Landmarks marks) {
            List<Candidate> cands = new ArrayList<>();
            cands.add(c);
            addApproximate(a, q, window(a.range(), marks), marks, cands);
            double[] own = wholeContext(a, c.start(), c.end());
            for (int i = 1; i < cands.size(); i++) {
                Candidate o = cands.get(i);
                if (o.overlaps(c) || o.quote() < MIN_QUOTE_SIMILARITY) {
                    continue;
                }
                double[] whole = wholeContext(a, o.start(), o.end());
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
        private boolean verbatimTie(Anchor a, List<Candidate> cands) {
            List<Candidate> merged = mergeRepeatedParagraphs(a, mayBe(cands));
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
                        && c.textScore() >= top.textScore() && !nearOnly(top, c)) {
                    return true;
                }
            }
            return false;
        }

        private List<Integer> occurrences(String q) {
            String text = norm().text();
            if (q.length() >= QGramIndex.Q + QGramIndex.STEP - 1) {
                return index().occurrences(q);
            }
            if (q.length() >= QGramIndex.SHORT_Q) {
                return shortIndex().occurrences(q, MAX_OCCURRENCES + 1);
            }
            List<Integer> out = new ArrayList<>();
            for (int i = text.indexOf(q); i >= 0 && out.size() <= MAX_OCCURRENCES; i = text.indexOf(q, i + 1)) {
                out.add(i);
            }
            return out;
        }

        private void addApproximate(Anchor a, String q, int[] window, Landmarks marks, List<Candidate> cands) {
            int m = q.length();
            if (m < QGramIndex.Q + QGramIndex.STEP + 2 || m > MAX_APPROXIMATE_LENGTH) {
                return;
            }
            int k = (int) Math.ceil(m * MAX_ERROR_RATE);
            for (int s : index().regions(q, m > 1000 ? 2 : 8, 256)) {
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
        private void alignIn(Anchor a, String q, int from, int to, int preferredEnd, int[] window, Landmarks marks,
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

        private void alignBetween(Anchor a, String q, int from, int to, int preferredEnd, int[] window, Landmarks marks,
                List<Candidate> cands) {
            int m = q.length();
            if (Math.min(to, norm().text().length()) - Math.max(0, from) < m - Math.ceil(m * MAX_ERROR_RATE)) {
                return;
            }
            Alignment.Match match = Alignment.bestMatch(q, norm().text(), from, to, (int) Math.ceil(m * MAX_ERROR_RATE),
                    preferredEnd);
            if (match == null || match.end() <= match.start() || joinsParagraphs(a, match.start(), match.end())) {
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
         * Whether normalised text[start, end) spans a paragraph break (folded into a space by normalisation)
         * while the recorded quote lies within one line: the end of one paragraph and the start of the next,
         * not the passage. Edits move, insert and delete whole paragraphs without joining them, and a
         * reformatting that breaks a line turns a space into one line break, not into a blank line.
         */
        private boolean joinsParagraphs(Anchor a, int start, int end) {
            return a.quote().exact().indexOf('\n') < 0
                    && Landmarks.paragraphBreaks(raw, norm().originalStart(start), norm().originalEnd(start, end)) > 0;
        }

        /**
         * Scores one candidate. Position: 1 inside the window, {@value #OUTSIDE_POSITION} outside: it only
         * breaks ties between otherwise equal candidates, because edits between landmarks (a deletion and
         * an insertion) can carry a passage outside the window.
         */
        private Candidate candidate(Anchor a, int start, int end, double quoteSim, int[] window, Landmarks marks) {
            int rawStart = norm().originalStart(start);
            int rawEnd = norm().originalEnd(start, end);
            double pos;
            if (rawStart >= window[0] && rawStart <= window[1]) {
                pos = 1.0;
            } else {
                pos = OUTSIDE_POSITION;
            }
            double[] whole = wholeContext(a, start, end);
            double preSim = Math.max(whole[0], prefixWithinParagraph(a.quote().prefix(), rawStart));
            double sufSim = Math.max(whole[1], suffixWithinParagraph(a.quote().suffix(), rawEnd));
            Origin origin = origin(a.range(), rawStart, pos == 1.0, window[2] == 1, marks);
            return new Candidate(start, end, quoteSim, preSim, sufSim, pos, origin);
        }

        /**
         * What the landmarks say about the text at new raw offset {@code rawStart}: it is the text that
         * was at the passage's old offset ({@link Origin#SAME}), text that was elsewhere in the old text
         * or — the passage being held in place by landmarks either side — not where it can be now
         * ({@link Origin#OTHER}), or nothing.
         */
        private Origin origin(TextRange old, int rawStart, boolean inWindow, boolean tight, Landmarks marks) {
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

        /**
         * Similarity of the recorded prefix and suffix to the whole context (not only the part inside the
         * paragraph) of normalised text[start, end).
         */
        private double[] wholeContext(Anchor a, int start, int end) {
            if (a != contextsOf) {
                contextsOf = a;
                contextPre = NormalizedText.normalize(a.quote().prefix());
                contextSuf = NormalizedText.normalize(a.quote().suffix());
                contexts.clear();
            }
            double[] known = contexts.computeIfAbsent(((long) start << 32) | end, k -> compareWholeContext(a, start, end));
            return known.clone();
        }

        private double[] compareWholeContext(Anchor a, int start, int end) {
            String text = norm().text();
            String pre = contextPre;
            String suf = contextSuf;
            // A context shorter than usual ended at the edge of the old text: compare it with as much of the
            // new text as a full one would hold, so "." at the very end does not match ".\n\nMore text".
            boolean preEdge = cutShort(a.quote().prefix(), a.quote().suffix());
            boolean sufEdge = cutShort(a.quote().suffix(), a.quote().prefix());
            int preLength = preEdge ? Math.max(pre.length(), TextQuote.CONTEXT_LENGTH) : pre.length();
            int sufLength = sufEdge ? Math.max(suf.length(), TextQuote.CONTEXT_LENGTH) : suf.length();
            String newPre = text.substring(Math.max(0, start - preLength), start);
            String newSuf = text.substring(end, Math.min(text.length(), end + sufLength));
            double preSim = Alignment.similarity(pre, newPre);
            double sufSim = Alignment.similarity(suf, newSuf);
            // an edit inside a full-length context costs one edit, not two (see Alignment.contextSimilarity)
            if (preSim >= MIN_REALIGN && preSim < 1.0 && !preEdge) {
                preSim = Math.max(preSim, Alignment.contextSimilarity(pre,
                        text.substring(Math.max(0, start - preLength - CONTEXT_EXTRA), start), true));
            }
            if (sufSim >= MIN_REALIGN && sufSim < 1.0 && !sufEdge) {
                sufSim = Math.max(sufSim, Alignment.contextSimilarity(suf,
                        text.substring(end, Math.min(text.length(), end + sufLength + CONTEXT_EXTRA)), false));
            }
            return new double[] {preSim, sufSim};
        }

        /**
         * Whether the recorded prefix holds the quote's own end, or the suffix its own start (as much as
         * {@value #REPEAT_PROBE} characters of it): the passage is one of a run of repeated lines.
         */
        private static boolean contextRepeatsQuote(Anchor a) {
            String q = NormalizedText.normalize(a.quote().exact()).strip();
            int k = Math.min(q.length(), REPEAT_PROBE);
            return k > 0 && (NormalizedText.normalize(a.quote().prefix()).contains(q.substring(q.length() - k))
                    || NormalizedText.normalize(a.quote().suffix()).contains(q.substring(0, k)));
        }

        /**
         * Whether the passage was a whole line with the same line right before or after it in the recorded
         * context (only blank lines between).
         */
        private static boolean besideItsCopy(Anchor a) {
            if (!recordedAtLineEdge(a, true) || !recordedAtLineEdge(a, false)) {
                return false;
            }
            String q = NormalizedText.normalize(a.quote().exact()).strip();
            String before = a.quote().prefix().stripTrailing();
            String after = a.quote().suffix().stripLeading();
            String lineBefore = before.substring(before.lastIndexOf('\n') + 1);
            int nl = after.indexOf('\n');
            String lineAfter = nl < 0 ? after : after.substring(0, nl);
            return !q.isEmpty() && (q.equals(NormalizedText.normalize(lineBefore).strip())
                    && before.lastIndexOf('\n') >= 0 || q.equals(NormalizedText.normalize(lineAfter).strip()) && nl >= 0);
        }

        /** Whether the whole recorded context is intact but for a typo on both sides of {@code c}. */
        private boolean wholeIntact(Anchor a, Candidate c) {
            double[] whole = wholeContext(a, c.start(), c.end());
            return whole[0] >= INTACT_SIDE && whole[1] >= INTACT_SIDE;
        }

        /**
         * Whether the whole recorded context, beyond the passage's paragraph too, agrees on both sides with
         * {@code c}'s. Agreement up to a paragraph edge only (a neighbouring paragraph changed) is evidence
         * enough to choose among candidates, not to skip looking for them: a sibling paragraph repeating the
         * passage's sentence (a caption under two photos) agrees as far as its edge just as well.
         */
        private boolean wholeContextAgrees(Anchor a, Candidate c) {
            if (c.prefix() < CONTEXT_AGREES || c.suffix() < CONTEXT_AGREES) {
                return false;
            }
            double[] whole = wholeContext(a, c.start(), c.end());
            return whole[0] >= CONTEXT_AGREES && whole[1] >= CONTEXT_AGREES;
        }

        /**
         * Whether the recorded context reached the text's edge on a side: the passage was then told from its
         * copies partly by being first or last, which a moved paragraph changes. Such an anchor is not placed
         * by the shortcuts (unique occurrence with context; recorded range, when the quote recurs) but by
         * comparing its candidates.
         */
        private static boolean edgeBound(Anchor a) {
            return cutShort(a.quote().prefix(), a.quote().suffix()) || cutShort(a.quote().suffix(), a.quote().prefix());
        }

        /** Whether a recorded prefix or suffix is shorter than a full context: it reached the text's edge. */
        private static boolean atTextEdge(String context) {
            return context.codePointCount(0, context.length()) < TextQuote.CONTEXT_LENGTH;
        }

        /**
         * Whether a context is cut short by the text's edge: shorter than a full context and either saying so
         * with at least one character, or empty while the other side is not (a passage at the very start or
         * end). Both sides empty is a selector without context (optional in the W3C model, as other tools
         * write them): it is compared as it is, which makes it agree.
         */
        private static boolean cutShort(String context, String otherSide) {
            return atTextEdge(context) && (!context.isEmpty() || !otherSide.isEmpty());
        }

        /**
         * The prefix compared only up to the line break it contains (or the start of the text), provided the
         * new text breaks at the same place: when a neighbouring paragraph is deleted, moved or inserted,
         * that part of the context legitimately changes while the passage's own paragraph does not.
         * 0 when there is no such break. Text start and line break are the same evidence here, both ways:
         * the new text's start is a paragraph edge (the passage's paragraph moved to the top), and a prefix
         * recorded at the old text's start is a paragraph's start (the first paragraph moved down, or
         * another was inserted above it) — the whole-context comparison still rewards staying at the top.
         */
        private double prefixWithinParagraph(String oldPrefix, int rawStart) {
            int nl = oldPrefix.lastIndexOf('\n');
            if (nl < 0 && !atTextEdge(oldPrefix)) {
                return 0.0;
            }
            String own = oldPrefix.substring(nl + 1);
            int newBreak = lastBreak(rawStart, own.length() + SLACK);
            // a lone line break where the recorded line went on is a re-wrap, not the line's edge
            while (newBreak >= 0 && !isBlankLine(newBreak, -1)
                    && NormalizedText.normalize(raw.substring(newBreak, rawStart)).strip().length() < own.strip().length() - 1) {
                newBreak = lastBreak(newBreak, own.length() + SLACK - (rawStart - newBreak));
            }
            if (newBreak < 0 && rawStart > own.length() + SLACK) {
                return 0.0;
            }
            return withinParagraph(own,
                    NormalizedText.normalize(raw.substring(newBreak + 1, rawStart)));
        }

        /**
         * Similarity of the context's part inside the passage's paragraph. An empty part (the passage
         * starts or ends its paragraph) only says both sit at a paragraph edge: weak evidence, below
         * {@link #CONTEXT_AGREES}, because boilerplate lines and headings share it.
         */
        private static double withinParagraph(String oldPart, String newPart) {
            String o = NormalizedText.normalize(oldPart).strip();
            String n = NormalizedText.normalize(newPart).strip();
            if (o.isEmpty()) {
                return n.isEmpty() ? EDGE_ONLY : 0.0;
            }
            return Alignment.similarity(o, n);
        }

        /** The last line break in raw[at - within, at), or -1: bounded, so a text without breaks stays cheap. */
        private int lastBreak(int at, int within) {
            for (int i = at - 1; i >= Math.max(0, at - within); i--) {
                if (raw.charAt(i) == '\n') {
                    return i;
                }
            }
            return -1;
        }

        /** The first line break in raw[at, at + within], or -1. */
        private int nextBreak(int at, int within) {
            for (int i = at; i < Math.min(raw.length(), at + within + 1); i++) {
                if (raw.charAt(i) == '\n') {
                    return i;
                }
            }
            return -1;
        }

        /** The suffix counterpart of {@link #prefixWithinParagraph}. */
        private double suffixWithinParagraph(String oldSuffix, int rawEnd) {
            int nl = oldSuffix.indexOf('\n');
            if (nl < 0 && !atTextEdge(oldSuffix)) {
                return 0.0;
            }
            String own = nl < 0 ? oldSuffix : oldSuffix.substring(0, nl);
            int newBreak = nextBreak(rawEnd, own.length() + SLACK);
            while (newBreak >= 0 && !isBlankLine(newBreak, 1)
                    && NormalizedText.normalize(raw.substring(rawEnd, newBreak)).strip().length() < own.strip().length() - 1) {
                newBreak = nextBreak(newBreak + 1, own.length() + SLACK - (newBreak + 1 - rawEnd));
            }
            if (newBreak < 0 && raw.length() - rawEnd > own.length() + SLACK) {
                return 0.0;
            }
            int stop = newBreak < 0 ? raw.length() : newBreak;
            return withinParagraph(own,
                    NormalizedText.normalize(raw.substring(rawEnd, stop)));
        }

        /**
         * Whether {@code best} sits in a narrow window where the passage should be and {@code rival} does
         * not: the distance from the old position then decides between equally good readings.
         */
        private static boolean nearOnly(Candidate best, Candidate rival) {
            return best.quote() == 1.0 && best.origin() == Origin.NEAR
                    && rival.origin() != Origin.NEAR && rival.origin() != Origin.SAME;
        }

        /**
         * The candidates that may be the passage: without those the landmarks place elsewhere in the old text,
         * nor their copies in a paragraph repeated right after or before theirs (a duplicated paragraph holds
         * the same old text twice, and the landmarks may sit in one copy only).
         */
        private List<Candidate> mayBe(List<Candidate> cands) {
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
                int p1 = paragraphStart(s1);
                int q1 = paragraphEnd(norm().originalEnd(o.start(), o.end()));
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
                int before = prev > 0 && prev < p1 ? paragraphStart(prev - 1) : -1;
                int atNext = next + (s1 - p1);
                int atPrev = before < 0 ? -1 : before + (s1 - p1);
                out.removeIf(c -> {
                    int s2 = norm().originalStart(c.start());
                    return c.origin() != Origin.SAME && (s2 == atNext && isRepeatedParagraphCopy(o, c, new int[1][], 0)
                            || s2 == atPrev && isRepeatedParagraphCopy(c, o, new int[1][], 0));
                });
            }
            return out;
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

        /**
         * A paragraph repeated right after itself (a re-scrape or an editor duplicating it) holds the passage
         * twice: the first copy keeps the context before it, the second the context after it. Such pairs are
         * one passage, not two rivals: they become one candidate at the first copy with the better of the two
         * on every count. Only verbatim-equal candidates in identical, adjacent paragraphs are merged, and not
         * for a line that already had a copy of itself next to it (a list of "link" lines): two such lines next
         * to each other are then no sign of a duplication, and one line more or less in the run shifts every
         * context by a line, so the best of two neighbours' contexts would be a count that may be off by one.
         */
        private List<Candidate> mergeRepeatedParagraphs(Anchor a, List<Candidate> cands) {
            Candidate top = best(cands);
            if (top == null || cands.size() < 2 || besideItsCopy(a)) {
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
                            && isRepeatedParagraphCopy(first, copy, paragraphs, i)) {
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
        private static boolean dominates(Candidate x, Candidate y) {
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
        private boolean wholeDominates(Anchor a, Candidate x, Candidate y) {
            double[] wx = wholeContext(a, x.start(), x.end());
            double[] wy = wholeContext(a, y.start(), y.end());
            return wx[0] >= wy[0] && wx[1] >= wy[1] && (wx[0] > wy[0] + MARGIN || wx[1] > wy[1] + MARGIN);
        }

        /**
         * Whether {@code copy} is {@code first} in a paragraph that is identical to {@code first}'s and
         * follows it directly (only blank lines between them). {@code paragraphs[i]} caches the bounds of
         * {@code first}'s paragraph.
         */
        private boolean isRepeatedParagraphCopy(Candidate first, Candidate copy, int[][] paragraphs, int i) {
            NormalizedText n = norm();
            int s1 = n.originalStart(first.start());
            int e1 = n.originalEnd(first.start(), first.end());
            int s2 = n.originalStart(copy.start());
            int e2 = n.originalEnd(copy.start(), copy.end());
            if (s2 <= s1 || e2 - s2 != e1 - s1 || !raw.regionMatches(s1, raw, s2, e1 - s1)) {
                return false;
            }
            if (paragraphs[i] == null) {
                paragraphs[i] = new int[] {paragraphStart(s1), paragraphEnd(e1)};
            }
            int p1 = paragraphs[i][0];
            int q1 = paragraphs[i][1];
            int length = q1 - p1;
            int p2 = s2 - (s1 - p1);
            // the copy's paragraph starts after a short blank gap and holds the same text
            if (p1 < 0 || q1 < 0 || p2 <= q1 || p2 - q1 > SLACK || raw.charAt(p2 - 1) != '\n'
                    || !blank(raw.substring(q1, p2)) || p2 + length > raw.length()) {
                return false;
            }
            return raw.regionMatches(p1, raw, p2, length) && paragraphEnd(p2 + length) == p2 + length;
        }

        /**
         * Start of the paragraph (blank-line separated block) holding raw offset {@code at}; -1 if it is
         * longer than {@link #MAX_PARAGRAPH}, so a text without blank lines stays cheap.
         */
        private int paragraphStart(int at) {
            for (int i = at - 1; i > 0 && i >= at - MAX_PARAGRAPH; i--) {
                if (raw.charAt(i) == '\n' && isBlankLine(i, -1)) {
                    return i + 1;
                }
            }
            return at <= MAX_PARAGRAPH ? 0 : -1;
        }

        /** End of the paragraph holding the text just before raw offset {@code at}; -1 if too far. */
        private int paragraphEnd(int at) {
            for (int i = at; i < raw.length() && i <= at + MAX_PARAGRAPH; i++) {
                if (raw.charAt(i) == '\n' && isBlankLine(i, 1)) {
                    return i;
                }
            }
            return raw.length() - at <= MAX_PARAGRAPH ? raw.length() : -1;
        }

        /**
         * Whether the line break at {@code nl} borders a blank line: only spaces up to the previous
         * ({@code step} -1) or next ({@code step} 1) line break.
         */
        private boolean isBlankLine(int nl, int step) {
            for (int i = nl + step; i >= 0 && i < raw.length(); i += step) {
                char c = raw.charAt(i);
                if (c == '\n') {
                    return true;
                }
                if (!NormalizedText.isSpace(c)) {
                    return false;
                }
            }
            return false;
        }

        /** The accepted placement among {@code cands}, or null if none is good and clear enough. */
        private Placement decide(Anchor a, List<Candidate> all) {
            List<Candidate> cands = mergeRepeatedParagraphs(a, mayBe(all));
            cands.removeIf(c -> lineEdgeLost(a, c) || paragraphEdgeLost(a, c));
            Candidate same = null;
            for (Candidate c : cands) {
                if (c.origin() == Origin.SAME && c.quote() >= MIN_QUOTE_SIMILARITY && !numbersDiffer(a, c, all)
                        && (same == null || c.score() > same.score())) {
                    same = c;
                }
            }
            if (same != null && !edgeBound(a)) {
                // the landmarks either side map this place back to the passage's old offset: it is the passage
                // (unless the text's edge set it apart from its copies: the landmarks may sit in a copy too)
                return accept(a, same, 0.0);
            }
            Candidate best = best(cands);
            if (best == null || best.quote() < MIN_QUOTE_SIMILARITY || displacedByTypo(best, cands)
                    || numbersDiffer(a, best, all) || numbersFarApart(a, best)) {
                return null;
            }
            if (edgeBound(a) && edgeRival(a, best, all)) {
                return null;
            }
            double rival = 0.0;
            boolean rivalAgrees = false;
            boolean textRecurs = false;
            for (Candidate c : cands) {
                if (c.overlaps(best)) {
                    continue;
                }
                // the same words again within the context's reach (a list of "link", "Foo"): one paragraph more
                // or less there shifts every context by a period, so the contexts cannot tell them apart
                int span = best.end() - best.start();
                if (span < ONE_SIDED_LENGTH_IN_WINDOW && c.quote() >= best.quote()
                        && Math.abs(c.start() - best.start()) <= TextQuote.CONTEXT_LENGTH + span
                        && (c.prefix() >= CONTEXT_AGREES || c.suffix() >= CONTEXT_AGREES)
                        && !wholeContextTellsApart(a, best, c)) {
                    return null;
                }
                // the quote reads verbatim elsewhere while only the context prefers this changed copy
                // (or whatever its context, when the recorded context repeats the quote itself: in a run of
                // repeated lines every member's context reads like its neighbour's, so context cannot outvote it)
                if (best.quote() < 1.0 && c.quote() == 1.0
                        && (c.prefix() >= CONTEXT_AGREES || c.suffix() >= CONTEXT_AGREES || contextRepeatsQuote(a))) {
                    return null;
                }
                rival = Math.max(rival, c.score());
                rivalAgrees |= c.prefix() >= CONTEXT_AGREES || c.suffix() >= CONTEXT_AGREES;
                textRecurs |= c.quote() >= MIN_QUOTE_SIMILARITY;
                // Evidence pointing two ways (say, one side's context here and the other side's there, as
                // around a duplicated paragraph) is not resolved by adding it up.
                if (c.quote() >= best.quote() - 0.05 && (c.prefix() > best.prefix() + CONFLICT
                        || c.suffix() > best.suffix() + CONFLICT)) {
                    return null;
                }
                // Another place that reads at least as well as the passage with its context on both sides:
                // only the position prefers the best, and it may be wrong (a moved paragraph leaves the window).
                if (c.prefix() >= CONTEXT_AGREES && c.suffix() >= CONTEXT_AGREES && c.textScore() >= best.textScore()
                        && !nearOnly(best, c) && !onlyOneHasTheWholeSelector(a, best, c, all)) {
                    return null;
                }
                if (typoApart(a, best, c)) {
                    return null;
                }
            }
            if (best.score() - rival < MARGIN) {
                return null;
            }
            int length = best.end() - best.start();
            int sides = (best.prefix() >= CONTEXT_AGREES ? 1 : 0) + (best.suffix() >= CONTEXT_AGREES ? 1 : 0);
            // Short phrases recur: with the surroundings agreeing on one side only, the candidate must
            // also be where the passage should be, or long, and far ahead of anything else. A short one inside
            // a line must have that side intact but for a typo or two: a sibling sentence (the same name, the
            // same verse in another translation) shares a phrase and some words around it, and it is what a
            // deleted passage leaves behind. (Beyond a whole line's edges the context is other lines, which a
            // line inserted next to it shifts.)
            boolean supported = sides == 2 && !looseAway(a, best)
                    || (sides == 1 && best.score() - rival >= ONE_SIDED_MARGIN
                    && weight(best) >= (best.position() == 1.0 ? ONE_SIDED_LENGTH_IN_WINDOW : ONE_SIDED_LENGTH)
                    && !(weight(best) < ONE_SIDED_LENGTH && (agreesOnPunctuationOnly(a, best)
                        || !sideIntact(a, best, best.prefix() >= best.suffix())
                            && !(atLineEdge(a, best, true) && atLineEdge(a, best, false)))));
            // A short verbatim phrase (a heading, a caption, a name) whose neighbouring paragraph changed: one
            // side of its whole context is intact but for a typo, the other changed only beyond a line break,
            // and no other occurrence has any context in common with it. Its place may have moved.
            boolean singled = sides == 1 && !rivalAgrees && best.quote() == 1.0
                    && wholeContext(a, best.start(), best.end())[best.prefix() < best.suffix() ? 1 : 0] >= INTACT_SIDE
                    && weakSideAtLineEdge(a, best);
            // a long quote identifies its passage by itself only if nothing else in the text reads like it
            boolean distinctive = best.quote() == 1.0 && length >= DISTINCTIVE_LENGTH && !textRecurs
                    && (best.prefix() >= 0.5 || best.suffix() >= 0.5 || best.position() == 1.0);
            // a whole line (a heading, a caption, a one-sentence paragraph) of some length, found verbatim
            // once and nothing else like it: its neighbours changed because its paragraph moved
            boolean line = best.quote() == 1.0 && length >= DISTINCTIVE_LINE_LENGTH && !textRecurs
                    && atLineEdge(a, best, true) && atLineEdge(a, best, false);
            // shorter still, a paragraph of its own both then and now next to running text (a heading whose
            // section moved): a paragraph moves whole, while the same words inside another paragraph are
            // another passage. Among short lines only (a menu, a list of links) the same item recurs.
            boolean paragraph = best.quote() == 1.0 && weight(best) >= DISTINCTIVE_PARAGRAPH_WEIGHT && !textRecurs
                    && recordedAsParagraph(a) && besideRunningText(a) && foundAsParagraph(best);
            if (!((supported || singled) && best.score() >= FLOOR) && !distinctive && !line && !paragraph
                    && !(sides >= 1 && best.score() >= FLOOR && heldBySide(a, best, cands))) {
                return null;
            }
            return accept(a, best, rival);
        }

        /**
         * Whether the one side of the context that agrees with {@code c} does so only through a stub of
         * punctuation before its paragraph's edge (the "." ending the sentence) while the other side is another
         * passage's words, not the passage's with a typo: any phrase that ends a sentence and a paragraph shares
         * the stub, so it says nothing about which of them a short phrase is. The whole context on that side
         * agreeing is evidence enough; so is a long quote, which recurs by chance far less.
         */
        private boolean agreesOnPunctuationOnly(Anchor a, Candidate c) {
            boolean prefixSide = c.prefix() >= CONTEXT_AGREES;
            // the other side changed beyond a typo or two: another passage's words, not the passage re-scraped
            if ((prefixSide ? c.suffix() : c.prefix()) >= FOREIGN_CONTEXT) {
                return false;
            }
            if (wholeContext(a, c.start(), c.end())[prefixSide ? 0 : 1] >= CONTEXT_AGREES) {
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

        /**
         * Whether an approximate candidate reads other numbers than the quote: a sibling sentence (an item, a
         * year, an amount) rather than the passage with a typo. It stays a rival — a digit typo in the passage
         * itself reads the same way, and dropping it would leave a worse copy unopposed — but is not taken
         * while another place reads the quote's numbers (alone, it may be the passage with a digit typo).
         */
        private boolean numbersDiffer(Anchor a, Candidate c, List<Candidate> cands) {
            if (c.quote() == 1.0) {
                return false;
            }
            List<String> want = digitRuns(NormalizedText.normalize(a.quote().exact()));
            if (want.equals(digits(c))) {
                return false;
            }
            for (Candidate o : cands) {
                if (!o.overlaps(c) && o.quote() >= MIN_QUOTE_SIMILARITY && want.equals(digits(o))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether an approximate candidate's digits differ from the quote's by more than a typo or two: another
         * item of a list of dated or numbered entries (a reference, a table row), not the passage re-typed.
         */
        private boolean numbersFarApart(Anchor a, Candidate c) {
            if (c.quote() == 1.0) {
                return false;
            }
            String want = String.join(" ", digitRuns(NormalizedText.normalize(a.quote().exact())));
            String got = String.join(" ", digits(c));
            return Alignment.distance(want, got) > TYPOS;
        }

        private List<String> digits(Candidate c) {
            return digitRuns(norm().text().substring(c.start(), c.end()));
        }

        private static List<String> digitRuns(String s) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < s.length(); ) {
                if (!Character.isDigit(s.charAt(i))) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < s.length() && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            }
            return out;
        }

        /**
         * Whether {@code best} lies away from where a landmark in the passage's paragraph puts it, while the text
         * there reads like the passage but for a typo or two, and better than {@code best} does (when
         * {@code best} is verbatim: at all). The passage may have got the typo, and {@code best} be a copy of it,
         * or a sibling sentence, in repeated text (a copy of its paragraph can carry its whole context too). A
         * landmark alone does not settle it — it may itself sit in a copy — so neither is taken.
         */
        private static boolean displacedByTypo(Candidate best, List<Candidate> cands) {
            if (best.origin() != Origin.UNKNOWN) {
                return false;
            }
            for (Candidate c : cands) {
                if (c.origin() == Origin.PARAGRAPH && !c.overlaps(best) && c.quote() >= NEAR_VERBATIM
                        && (best.quote() == 1.0 ? c.quote() < 1.0 : c.quote() > best.quote())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether {@code best} has the whole recorded selector verbatim — quote and context on both sides, across
         * paragraph edges too — while {@code rival} agrees on a side only up to its paragraph's edge: the selector
         * itself names {@code best}. (Two places with the whole selector stay a tie; so does a place whose
         * context has a typo, which a copy of a paragraph that moved away can carry as well as the passage, and
         * one whose paragraph is repeated next to it.)
         */
        private boolean onlyOneHasTheWholeSelector(Anchor a, Candidate best, Candidate rival, List<Candidate> all) {
            double[] own = wholeContext(a, best.start(), best.end());
            if (best.quote() < 1.0 || own[0] < 1.0 || own[1] < 1.0) {
                return false;
            }
            for (Candidate c : all) {
                // next to a copy of its own paragraph, the context across the paragraph's edge is that copy's
                // start or end, which the passage's own neighbour may merely have shared (repeated boilerplate)
                if (!c.overlaps(best) && (isRepeatedParagraphCopy(best, c, new int[1][], 0)
                        || isRepeatedParagraphCopy(c, best, new int[1][], 0))) {
                    return false;
                }
            }
            double[] other = wholeContext(a, rival.start(), rival.end());
            return other[0] < CONTEXT_AGREES || other[1] < CONTEXT_AGREES;
        }

        /**
         * Whether only a typo's worth of the quote tells verbatim {@code best} from {@code rival}: the rival's
         * context, within its paragraph and as a whole, agrees at least as well on both sides, and the whole
         * recorded context does not confirm {@code best} on both sides (a copy of the passage's paragraph, or a
         * paragraph moved). Typo fixes are among the edits a re-scrape makes, so the passage may be the one
         * that changed.
         */
        private boolean typoApart(Anchor a, Candidate best, Candidate rival) {
            if (best.quote() < 1.0 || rival.quote() < NEAR_VERBATIM || rival.prefix() < best.prefix()
                    || rival.suffix() < best.suffix() || nearOnly(best, rival)) {
                return false;
            }
            double[] own = wholeContext(a, best.start(), best.end());
            if (own[0] >= CONTEXT_AGREES && own[1] >= CONTEXT_AGREES) {
                return false;
            }
            double[] other = wholeContext(a, rival.start(), rival.end());
            return other[0] >= own[0] && other[1] >= own[1];
        }

        /**
         * Whether a verbatim occurrence inside the window is held there by one side of its whole recorded
         * context, intact but for the small edits a re-scrape makes (a typo or two, re-wrapped lines), while
         * no other place has any of the whole recorded context around it on either side: the other side
         * changed because a neighbouring paragraph or the end of its own sentence did.
         */
        private boolean heldBySide(Anchor a, Candidate best, List<Candidate> cands) {
            if (best.quote() < 1.0 || best.position() < 1.0) {
                return false;
            }
            double[] whole = wholeContext(a, best.start(), best.end());
            if (Math.max(whole[0], whole[1]) < TYPO_INTACT) {
                return false;
            }
            // a side that is wholly the neighbouring line, while the passage's own line went on at the other
            // side and changed there: only the neighbour agrees, as it does with the next line's start when the
            // passage's line was deleted
            boolean holdsBefore = whole[0] >= whole[1];
            if (recordedAtLineEdge(a, holdsBefore) && !recordedAtLineEdge(a, !holdsBefore)) {
                return false;
            }
            for (Candidate c : cands) {
                if (c.overlaps(best)) {
                    continue;
                }
                double[] other = wholeContext(a, c.start(), c.end());
                if (Math.max(other[0], other[1]) >= FOREIGN_CONTEXT) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether a place other than {@code best} reads as well up to its paragraph's edges, for a passage
         * whose recorded context reached the text's edge. Being first or last tells a passage from its copies
         * only while no paragraph moves (the last paragraph moved up, a copy of it now ends the text), so read
         * as a paragraph edge it must leave the best the margin over any rival on quote and context. A rival
         * that landmarks map to other old text still counts when it reads at least as well: those landmarks
         * may sit in the copies.
         */
        private boolean edgeRival(Anchor a, Candidate best, List<Candidate> all) {
            double own = edgeNeutralTextScore(a, best);
            for (Candidate c : all) {
                double lead = own - edgeNeutralTextScore(a, c);
                if (!c.overlaps(best) && (c.prefix() >= CONTEXT_AGREES || c.suffix() >= CONTEXT_AGREES)
                        && !lineEdgeLost(a, c) && (c.origin() == Origin.OTHER ? lead <= 0.0 : lead < MARGIN)
                        && !isRepeatedParagraphCopy(best, c, new int[1][], 0)
                        && !isRepeatedParagraphCopy(c, best, new int[1][], 0)
                        && !heldAwayFromEdge(a, best, c)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The length of {@code c}'s text in Latin-letter equivalents: an ideograph, kana or hangul syllable
         * says about as much as a short word, so a phrase in Chinese, Japanese or Korean recurs by chance as
         * rarely as a Latin one twice its length.
         */
        private int weight(Candidate c) {
            String text = norm().text();
            int w = 0;
            for (int i = c.start(); i < c.end(); i++) {
                w += isWide(text.charAt(i)) ? 2 : 1;
            }
            return w;
        }

        private static boolean isWide(char ch) {
            return ch >= '\u3040' && ch <= '\u30FF' || ch >= '\u3400' && ch <= '\u4DBF'
                    || ch >= '\u4E00' && ch <= '\u9FFF' || ch >= '\uAC00' && ch <= '\uD7AF';
        }

        /**
         * Whether the whole recorded context agrees with {@code best} on both sides and with {@code rival} on
         * neither: the rival agrees only within its own line (the same words in a line of their own), not
         * as a neighbour in a list whose contexts a shift by one period leaves reading alike.
         */
        private boolean wholeContextTellsApart(Anchor a, Candidate best, Candidate rival) {
            double[] own = wholeContext(a, best.start(), best.end());
            if (own[0] < CONTEXT_AGREES || own[1] < CONTEXT_AGREES) {
                return false;
            }
            double[] other = wholeContext(a, rival.start(), rival.end());
            return other[0] < CONTEXT_AGREES && other[1] < CONTEXT_AGREES;
        }

        /**
         * Whether the side of the recorded context away from the text's edge, whole, is intact at {@code best}
         * while {@code rival} has none of it: the rival agrees only up to its paragraph's edge (a line of its
         * own repeating the passage's), so it is no copy that could have taken the passage's first or last place.
         */
        private boolean heldAwayFromEdge(Anchor a, Candidate best, Candidate rival) {
            boolean preEdge = cutShort(a.quote().prefix(), a.quote().suffix());
            boolean sufEdge = cutShort(a.quote().suffix(), a.quote().prefix());
            if (preEdge == sufEdge) {
                return false;
            }
            int side = preEdge ? 1 : 0;
            return wholeContext(a, best.start(), best.end())[side] >= INTACT_SIDE
                    && wholeContext(a, rival.start(), rival.end())[side] < FOREIGN_CONTEXT;
        }

        /**
         * {@link Candidate#textScore} of {@code c} with a side recorded at the text's edge scored only as a
         * paragraph edge (its part inside the paragraph), so that staying first or last earns nothing.
         */
        private double edgeNeutralTextScore(Anchor a, Candidate c) {
            String pre = a.quote().prefix();
            String suf = a.quote().suffix();
            double p = cutShort(pre, suf) ? prefixWithinParagraph(pre, norm().originalStart(c.start())) : c.prefix();
            double s = cutShort(suf, pre) ? suffixWithinParagraph(suf, norm().originalEnd(c.start(), c.end())) : c.suffix();
            return W_QUOTE * c.quote() + W_CONTEXT * (p + s);
        }

        /**
         * Whether the passage sits at the edge of its line (or of the text) on its weaker side, both where it
         * was recorded and at {@code c}: the context on that side changed only beyond a line break.
         */
        private boolean weakSideAtLineEdge(Anchor a, Candidate c) {
            return atLineEdge(a, c, c.prefix() < c.suffix());
        }

        /**
         * Whether {@code c} is a short phrase away from where the passage should be, with neither side of its
         * context intact but for a typo or two: a sibling sentence sharing the phrase and some words around it
         * (what a deleted passage leaves behind) reads so, the passage moved with its paragraph does not.
         */
        private boolean looseAway(Anchor a, Candidate c) {
            return weight(c) < ONE_SIDED_LENGTH && c.position() < 1.0 && !sideIntact(a, c, true)
                    && !sideIntact(a, c, false);
        }

        /**
         * Whether the recorded context on one side of {@code c} is there intact but for a typo or two: as a
         * whole or within the paragraph but for a few edits, or its part within the passage's line (however
         * short) but for at most {@value #TYPOS}.
         */
        private boolean sideIntact(Anchor a, Candidate c, boolean before) {
            if ((before ? c.prefix() : c.suffix()) >= TYPO_INTACT) {
                return true;
            }
            String context = before ? a.quote().prefix() : a.quote().suffix();
            int nl = before ? context.lastIndexOf('\n') : context.indexOf('\n');
            if (nl < 0) {
                return false;
            }
            int own = before ? context.length() - nl - 1 : nl;
            double within = before ? prefixWithinParagraph(context, norm().originalStart(c.start()))
                    : suffixWithinParagraph(context, norm().originalEnd(c.start(), c.end()));
            return (1.0 - within) * Math.max(own, 1) <= TYPOS;
        }

        /**
         * Whether the passage sits at the start ({@code before}) or end of its line (or of the text), both
         * where it was recorded and at {@code c}.
         */
        private boolean atLineEdge(Anchor a, Candidate c, boolean before) {
            return recordedAtLineEdge(a, before) && foundAtLineEdge(c, before);
        }

        /**
         * Whether the passage was recorded at a line edge on one side but {@code c} sits inside a line there:
         * a passage keeps the lines it starts and ends (edits move, delete or insert whole paragraphs), so
         * this is another passage with the same words.
         */
        private boolean lineEdgeLost(Anchor a, Candidate c) {
            return recordedAtLineEdge(a, true) && !foundAtLineEdge(c, true)
                    || recordedAtLineEdge(a, false) && !foundAtLineEdge(c, false);
        }

        /**
         * Whether the recorded context shows the edge of the passage's paragraph (a blank line) on a side, but
         * {@code c} has no line break about as far from it there (or, see {@link #paragraphEdgeGained}, the
         * other way round): the words are in another paragraph (a heading
         * repeated in a sentence, a sentence quoted again). Edits move, insert and delete whole paragraphs; the
         * distance from a passage to its paragraph's edge changes only by the typos and spaces between them.
         */
        private boolean paragraphEdgeLost(Anchor a, Candidate c) {
            int s = norm().originalStart(c.start());
            int e = norm().originalEnd(c.start(), c.end());
            return paragraphEdgeLost(a.quote().prefix(), true, s) || paragraphEdgeLost(a.quote().suffix(), false, e)
                    || paragraphEdgeGained(a.quote().prefix(), true, s) || paragraphEdgeGained(a.quote().suffix(), false, e);
        }

        /**
         * The converse of {@link #paragraphEdgeLost}: the recorded context runs a whole context's length
         * without a line break on a side (the passage's paragraph went on there), but {@code c} has a blank
         * line well within that length: the words are in another paragraph, say a pull quote repeating the
         * sentence of a deleted paragraph. A re-wrap adds single line breaks only; a context that is mostly
         * spaces (indented text) says nothing about paragraphs.
         */
        private boolean paragraphEdgeGained(String context, boolean before, int at) {
            if (context.indexOf('\n') >= 0 || atTextEdge(context) || context.strip().length() < context.length() / 2) {
                return false;
            }
            int reach = context.length() - TYPOS - context.length() / 10;
            int from = before ? Math.max(0, at - reach) : at;
            int to = before ? at : Math.min(raw.length(), at + reach);
            int lastBreak = -1;
            for (int i = from; i < to; i++) {
                char ch = raw.charAt(i);
                if (ch == '\n') {
                    if (lastBreak >= 0) {
                        return true;
                    }
                    lastBreak = i;
                } else if (!NormalizedText.isSpace(ch)) {
                    lastBreak = -1;
                }
            }
            return false;
        }

        private boolean paragraphEdgeLost(String context, boolean before, int at) {
            int gap = before ? context.lastIndexOf("\n\n") : context.indexOf("\n\n");
            if (gap < 0) {
                return false;
            }
            int d = before ? context.length() - gap - 2 : gap;
            int tolerance = TYPOS + d / 10;
            int from = before ? at - d - tolerance - 1 : at + d - tolerance;
            int to = before ? at - d + tolerance : at + d + tolerance + 1;
            for (int i = Math.max(0, from); i < Math.min(raw.length(), to); i++) {
                if (raw.charAt(i) == '\n') {
                    return false;
                }
            }
            return before ? at - d - tolerance > 0 : at + d + tolerance < raw.length();
        }

        /** Whether {@code s} holds only spaces, no-break and other wide spaces included. */
        private static boolean blank(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (!NormalizedText.isSpace(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the recorded context has only spaces between the quote and a line break or the text edge. */
        private static boolean recordedAtLineEdge(Anchor a, boolean before) {
            String context = before ? a.quote().prefix() : a.quote().suffix();
            int nl = before ? context.lastIndexOf('\n') : context.indexOf('\n');
            if (nl < 0 && !cutShort(context, before ? a.quote().suffix() : a.quote().prefix())) {
                return false;
            }
            return blank(before ? context.substring(nl + 1) : nl < 0 ? context : context.substring(0, nl));
        }

        /** Whether only spaces lie between {@code c} and a line break or the text edge on one side. */
        private boolean foundAtLineEdge(Candidate c, boolean before) {
            if (before) {
                int s = norm().originalStart(c.start());
                int b = lastBreak(s, SLACK);
                return (b >= 0 || s <= SLACK) && blank(raw.substring(b + 1, s));
            }
            int e = norm().originalEnd(c.start(), c.end());
            int b = nextBreak(e, SLACK);
            return (b >= 0 || raw.length() - e <= SLACK) && blank(raw.substring(e, b < 0 ? raw.length() : b));
        }

        /** Whether the recorded context shows a blank line (or the text's edge) right before and after the quote. */
        private static boolean recordedAsParagraph(Anchor a) {
            return blankLineEdge(a.quote().prefix(), true, a.quote().suffix())
                    && blankLineEdge(a.quote().suffix(), false, a.quote().prefix());
        }

        /**
         * Whether the recorded context, past the blank line on one side, runs on without a line break to its
         * end: the neighbouring paragraph there is running text, not another short line.
         */
        private static boolean besideRunningText(Anchor a) {
            String pre = a.quote().prefix().stripTrailing();
            String suf = a.quote().suffix().stripLeading();
            return !pre.isBlank() && pre.indexOf('\n') < 0 && !atTextEdge(a.quote().prefix())
                    || !suf.isBlank() && suf.indexOf('\n') < 0 && !atTextEdge(a.quote().suffix());
        }

        private static boolean blankLineEdge(String context, boolean before, String otherSide) {
            String rest = before ? context.stripTrailing() : context.stripLeading();
            String gap = before ? context.substring(rest.length()) : context.substring(0, context.length() - rest.length());
            long breaks = gap.chars().filter(ch -> ch == '\n').count();
            return breaks >= 2 || rest.isEmpty() && cutShort(context, otherSide);
        }

        /** Whether normalised text[c] has a blank line (or the text's edge) right before and after it in the raw text. */
        private boolean foundAsParagraph(Candidate c) {
            int s = norm().originalStart(c.start());
            int e = norm().originalEnd(c.start(), c.end());
            int breaks = 0;
            int i = s - 1;
            for (; i >= 0 && NormalizedText.isSpace(raw.charAt(i)); i--) {
                breaks += raw.charAt(i) == '\n' ? 1 : 0;
            }
            if (i >= 0 && breaks < 2) {
                return false;
            }
            breaks = 0;
            int j = e;
            for (; j < raw.length() && NormalizedText.isSpace(raw.charAt(j)); j++) {
                breaks += raw.charAt(j) == '\n' ? 1 : 0;
            }
            return j >= raw.length() || breaks >= 2;
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
