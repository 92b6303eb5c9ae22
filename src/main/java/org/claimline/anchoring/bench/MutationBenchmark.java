package org.claimline.anchoring.bench;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimline.anchoring.Alignment;
import org.claimline.anchoring.Anchorer;
import org.claimline.anchoring.Placement;
import org.claimline.model.Anchor;
import org.claimline.model.AnchorStatus;
import org.claimline.model.TextQuote;
import org.claimline.model.TextRange;

/**
 * The re-anchoring benchmark of issue 4: annotate articles, edit them the way re-scrapes and cleaner
 * updates do, re-anchor, and compare with where each annotated passage really went. The passages are
 * carried through every edit by the benchmark itself (offsets inside their paragraph, the paragraph
 * object through moves, deletions and duplication), so the ground truth never depends on the anchorer.
 *
 * <p>Definitions, per annotation:
 * <ul>
 * <li><b>correct</b>: the passage still exists and the anchor's range starts and ends within
 *     {@value #TOLERANCE} UTF-16 units of the passage's tracked range (the tolerance only matters when a
 *     typo fix touched the first or last characters of the quote), or of the same passage in the copy of
 *     its paragraph when that paragraph was duplicated, or on a <em>twin</em>: the same text with the same
 *     32 characters of prefix and suffix, which no W3C quote selector can tell apart (counted as
 *     {@code twin}); or the passage was deleted and the anchor is an orphan.</li>
 * <li><b>moved</b>: correct and placed at an offset other than the recorded one (status moved or fuzzy).</li>
 * <li><b>orphaned</b>: the passage still exists but the anchor is an orphan (lost, not wrong).</li>
 * <li><b>wrong</b>: placed anywhere else, or placed although the passage was deleted.</li>
 * </ul>
 * correct + orphaned + wrong = total. Annotations whose quote already occurred elsewhere in the old text
 * with a context at least 75 % similar on both sides (repeated paragraphs, boilerplate) could not be told
 * apart even when they were made: they are counted as {@code ambiguous} and not scored. Classes by how much the quote itself changed: verbatim (not at
 * all), small (1 to 10 % of its characters edited), large (more), deleted.
 */
public final class MutationBenchmark {
    public static final int TOLERANCE = 2;
    /** Re-anchorings of the timing document before the seven that are timed. */
    public static final int WARM_UP_RUNS = 15;
    static final double AMBIGUOUS_CONTEXT = 0.75;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')]*\\s+");

    private final long seed;
    private final boolean lookAlikes;
    private final Anchorer anchorer = new Anchorer();

    public MutationBenchmark(long seed) {
        this(seed, false);
    }

    /**
     * With {@code lookAlikes}, each article also gets a paragraph resembling one of its own (about every
     * fourth word swapped), a harsher test than the edits issue 4 lists.
     */
    public MutationBenchmark(long seed, boolean lookAlikes) {
        this.seed = seed;
        this.lookAlikes = lookAlikes;
    }

    /** Counts over all articles. */
    public static final class Result {
        public int total;
        public int correct;
        public int moved;
        public int orphaned;
        public int wrong;
        /**
         * Annotations whose selector (quote with 32 characters either side) already matched several places
         * in the old text: no selector-based method can keep them apart, so they are not scored.
         */
        public int ambiguous;
        /** Correct placements on an indistinguishable twin rather than the tracked passage itself. */
        public int twin;
        /**
         * Wrong placements (counted in {@link #wrong} all the same) where the recorded selector, quote and
         * context read as a whole, is at least as close to the text at the placement as to the text where the
         * passage now is: the passage changed or lost its context while a copy kept it, so nothing the anchor
         * recorded could prefer the passage. Diagnosis only.
         */
        public int wrongSelectorCloser;
        /** Wrong placements of passages that were deleted (counted in {@link #wrong} all the same). */
        public int wrongDeleted;
        public final int[] classTotal = new int[4];
        public final int[] classCorrect = new int[4];
        public final List<String> wrongExamples = new ArrayList<>();
        /** Verbatim passages that were orphaned, with their selector and surroundings (for diagnosis). */
        public final List<String> missedVerbatim = new ArrayList<>();
        private final MessageDigest placements = sha256();
        private final MessageDigest scores = sha256();

        /**
         * SHA-256 (first 16 hex digits) over every placement in order: its range and status. Two anchorers
         * with equal digests placed every annotation of the run identically.
         */
        public String placementDigest() {
            return hex(clone(placements).digest());
        }

        /** As {@link #placementDigest()}, over each placement's score and runner-up score instead. */
        public String scoreDigest() {
            return hex(clone(scores).digest());
        }

        void record(Placement p) {
            Anchor a = p.anchor();
            ByteBuffer b = ByteBuffer.allocate(12);
            b.putInt(a.isOrphan() ? -1 : a.range().start()).putInt(a.isOrphan() ? -1 : a.range().end())
                    .putInt(a.status().ordinal());
            placements.update(b.array());
            ByteBuffer s = ByteBuffer.allocate(24);
            s.putDouble(a.score()).putDouble(p.score()).putDouble(p.runnerUp());
            scores.update(s.array());
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private static MessageDigest clone(MessageDigest d) {
            try {
                return (MessageDigest) d.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String hex(byte[] bytes) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                sb.append(String.format("%02x", bytes[i]));
            }
            return sb.toString();
        }

        public static final int VERBATIM = 0;
        public static final int SMALL = 1;
        public static final int LARGE = 2;
        public static final int DELETED = 3;

        public double rate(int cls) {
            return classTotal[cls] == 0 ? 1.0 : (double) classCorrect[cls] / classTotal[cls];
        }
    }

    private static final class Para {
        final StringBuilder text;
        /** The text before any edit. */
        final String original;
        /** The copy made when this paragraph was duplicated. */
        Para copy;
        final List<Ann> anns = new ArrayList<>();

        Para(String text) {
            this.text = new StringBuilder(text);
            this.original = text;
        }
    }

    private static final class Ann {
        Para para;
        int start;
        int end;
        int changed;
        TextRange oldRange;
        String oldQuote;
        /** The recorded selector's quote with its prefix, and with its suffix. */
        String withPrefix;
        String withSuffix;
    }

    /** Runs the benchmark over {@code articles} (paragraphs separated by blank lines). */
    public Result run(List<String> articles) {
        Result res = new Result();
        Random rnd = new Random(seed);
        for (int i = 0; i < articles.size(); i++) {
            String article = articles.get(i);
            String other = articles.get((i + 1) % articles.size());
            runOne(article, other, new Random(rnd.nextLong()), res);
        }
        return res;
    }

    private void runOne(String article, String other, Random rnd, Result res) {
        List<Para> paras = paragraphs(article);
        if (paras.size() < 3 || article.length() < 600) {
            return;
        }
        int want = Math.min(50, article.length() / 120);
        List<Ann> anns = annotate(paras, want, rnd);
        if (anns.isEmpty()) {
            return;
        }
        String oldText = join(paras, null);
        List<Anchor> oldAnchors = new ArrayList<>();
        for (Ann a : anns) {
            Anchor anchor = Anchor.exact(oldText, a.oldRange);
            oldAnchors.add(anchor);
            a.withPrefix = anchor.quote().prefix() + anchor.quote().exact();
            a.withSuffix = anchor.quote().exact() + anchor.quote().suffix();
        }
        mutate(paras, anns, other, rnd);
        Map<Para, Integer> offsets = new HashMap<>();
        String newText = join(paras, offsets);
        List<Placement> placed = anchorer.placeAll(oldAnchors, newText, oldText.length());
        placed.forEach(res::record);
        for (int k = 0; k < anns.size(); k++) {
            if (ambiguousSelector(oldText, oldAnchors.get(k).quote(), anns.get(k).oldRange)) {
                res.ambiguous++;
            } else {
                score(anns.get(k), oldAnchors.get(k), placed.get(k), offsets, newText, res);
            }
        }
    }

    private static void score(Ann a, Anchor old, Placement placement, Map<Para, Integer> offsets, String newText,
            Result res) {
        Anchor got = placement.anchor();
        res.total++;
        Integer base = offsets.get(a.para);
        int cls;
        TextRange truth = null;
        if (base == null) {
            cls = Result.DELETED;
        } else {
            truth = new TextRange(base + a.start, base + a.end);
            String now = newText.substring(truth.start(), truth.end());
            if (a.changed == 0 && now.equals(a.oldQuote)) {
                cls = Result.VERBATIM;
            } else {
                cls = a.changed * 10 <= a.oldQuote.length() ? Result.SMALL : Result.LARGE;
            }
        }
        res.classTotal[cls]++;
        boolean ok;
        if (got.isOrphan()) {
            ok = truth == null;
            if (!ok) {
                res.orphaned++;
                if (cls == Result.VERBATIM && res.missedVerbatim.size() < 200) {
                    res.missedVerbatim.add("selector " + show(old.quote()) + " old " + old.range() + "; now "
                            + show(TextQuote.of(newText, truth)) + " at " + truth + "; best rejected "
                            + String.format("%.3f", placement.runnerUp()));
                }
            }
        } else {
            TextRange r = got.range();
            ok = truth != null && near(r, truth);
            if (!ok && truth != null && isTwin(a, r, truth, offsets, newText)) {
                ok = true;
                res.twin++;
            }
            if (!ok) {
                res.wrong++;
                if (truth == null) {
                    res.wrongDeleted++;
                } else if (selectorCloserAt(old.quote(), newText, r, truth)) {
                    res.wrongSelectorCloser++;
                }
                if (res.wrongExamples.size() < 100) {
                    res.wrongExamples.add("quote \"" + a.oldQuote + "\" placed at " + r + " \""
                            + newText.substring(r.start(), r.end()) + "\" " + got.status().id() + " "
                            + String.format("%.3f", got.score()) + "; truth "
                            + (truth == null ? "deleted" : truth + " \"" + newText.substring(truth.start(), truth.end()) + "\"")
                            + "; selector " + show(old.quote()) + " old " + old.range() + "; at placement "
                            + show(TextQuote.of(newText, r)) + "; runner-up " + String.format("%.3f", placement.runnerUp()));
                }
            } else if (got.status() != AnchorStatus.ANCHORED) {
                res.moved++;
            }
        }
        if (ok) {
            res.correct++;
            res.classCorrect[cls]++;
        }
    }

    /**
     * Whether the quote occurs more than once in {@code text} with contexts that agree on both sides as
     * closely as a re-anchoring match requires ({@value #AMBIGUOUS_CONTEXT} similarity).
     */
    private static boolean ambiguousSelector(String text, TextQuote q, TextRange own) {
        for (int i = text.indexOf(q.exact()); i >= 0; i = text.indexOf(q.exact(), i + 1)) {
            if (i == own.start()) {
                continue;
            }
            TextQuote other = TextQuote.of(text, new TextRange(i, i + q.exact().length()));
            if (Alignment.similarity(q.prefix(), other.prefix()) >= AMBIGUOUS_CONTEXT
                    && Alignment.similarity(q.suffix(), other.suffix()) >= AMBIGUOUS_CONTEXT) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the recorded selector (prefix, quote and suffix as one text) is at least as similar to the text
     * around {@code placed} as to the text around {@code truth}.
     */
    static boolean selectorCloserAt(TextQuote recorded, String text, TextRange placed, TextRange truth) {
        String want = recorded.prefix() + recorded.exact() + recorded.suffix();
        TextQuote there = TextQuote.of(text, placed);
        TextQuote here = TextQuote.of(text, truth);
        return Alignment.similarity(want, there.prefix() + there.exact() + there.suffix())
                >= Alignment.similarity(want, here.prefix() + here.exact() + here.suffix());
    }

    /** prefix[exact]suffix on one line, line breaks shown as ⏎. */
    private static String show(TextQuote q) {
        return ("«" + q.prefix() + "[" + q.exact() + "]" + q.suffix() + "»").replace("\n", "⏎");
    }

    private static boolean near(TextRange r, TextRange truth) {
        return Math.abs(r.start() - truth.start()) <= TOLERANCE && Math.abs(r.end() - truth.end()) <= TOLERANCE;
    }

    /**
     * Whether {@code r} is the passage's place in the copy of its duplicated paragraph, or text that no
     * quote selector can tell from the passage: the same words with the same 32 characters either side.
     */
    private static boolean isTwin(Ann a, TextRange r, TextRange truth, Map<Para, Integer> offsets, String newText) {
        if (a.para.copy != null && offsets.containsKey(a.para.copy)) {
            int base = offsets.get(a.para.copy);
            if (near(r, new TextRange(base + a.start, base + a.end))) {
                return true;
            }
        }
        return TextQuote.of(newText, r).equals(TextQuote.of(newText, truth));
    }

    static List<Para> paragraphs(String article) {
        List<Para> out = new ArrayList<>();
        for (String p : article.replace("\r\n", "\n").split("\n\\s*\n")) {
            String t = p.strip();
            if (!t.isEmpty()) {
                out.add(new Para(t));
            }
        }
        return out;
    }

    private static String join(List<Para> paras, Map<Para, Integer> offsets) {
        StringBuilder sb = new StringBuilder();
        for (Para p : paras) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            if (offsets != null) {
                offsets.put(p, sb.length());
            }
            sb.append(p.text);
        }
        return sb.toString();
    }

    // ---- annotations

    private static List<Ann> annotate(List<Para> paras, int want, Random rnd) {
        List<int[]> words = new ArrayList<>();
        for (int pi = 0; pi < paras.size(); pi++) {
            Matcher m = WORD.matcher(paras.get(pi).text);
            while (m.find()) {
                words.add(new int[] {pi, m.start(), m.end()});
            }
        }
        if (words.size() < 20) {
            return List.of();
        }
        Map<String, List<int[]>> repeated = repeatedPhrases(paras, words);
        List<String> repeatedKeys = new ArrayList<>(repeated.keySet());
        repeatedKeys.sort(null);
        int[] offsets = paragraphOffsets(paras);
        List<Ann> out = new ArrayList<>();
        for (int tries = 0; out.size() < want && tries < want * 4; tries++) {
            int kind = rnd.nextInt(20);
            int pi;
            int s;
            int e;
            if (kind < 8) {
                pi = rnd.nextInt(paras.size());
                int[] se = sentence(paras.get(pi).text, rnd);
                s = se[0];
                e = se[1];
            } else if (kind < 15 || repeatedKeys.isEmpty()) {
                int w = rnd.nextInt(words.size());
                int len = 2 + rnd.nextInt(6);
                int last = w;
                while (last + 1 < words.size() && last + 1 < w + len && words.get(last + 1)[0] == words.get(w)[0]) {
                    last++;
                }
                pi = words.get(w)[0];
                s = words.get(w)[1];
                e = words.get(last)[2];
            } else {
                List<int[]> occ = repeated.get(repeatedKeys.get(rnd.nextInt(repeatedKeys.size())));
                int[] o = occ.get(rnd.nextInt(occ.size()));
                pi = o[0];
                s = o[1];
                e = o[2];
            }
            if (e - s < 3) {
                continue;
            }
            Ann a = new Ann();
            a.para = paras.get(pi);
            a.start = s;
            a.end = e;
            a.oldQuote = a.para.text.substring(s, e);
            a.oldRange = new TextRange(offsets[pi] + s, offsets[pi] + e);
            a.para.anns.add(a);
            out.add(a);
        }
        return out;
    }

    private static int[] paragraphOffsets(List<Para> paras) {
        int[] out = new int[paras.size()];
        int at = 0;
        for (int i = 0; i < paras.size(); i++) {
            out[i] = at;
            at += paras.get(i).text.length() + 2;
        }
        return out;
    }

    /** Word 2- to 4-grams that occur at least twice in the article, with their places. */
    private static Map<String, List<int[]>> repeatedPhrases(List<Para> paras, List<int[]> words) {
        Map<String, List<int[]>> all = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            for (int n = 2; n <= 4 && i + n - 1 < words.size(); n++) {
                int[] first = words.get(i);
                int[] last = words.get(i + n - 1);
                if (last[0] != first[0]) {
                    break;
                }
                String key = paras.get(first[0]).text.substring(first[1], last[2]);
                if (key.length() >= 8) {
                    all.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] {first[0], first[1], last[2]});
                }
            }
        }
        all.values().removeIf(l -> l.size() < 2);
        return all;
    }

    private static int[] sentence(CharSequence p, Random rnd) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        Matcher m = SENTENCE_END.matcher(p);
        while (m.find()) {
            if (m.end() < p.length()) {
                starts.add(m.end());
            }
        }
        int k = rnd.nextInt(starts.size());
        int s = starts.get(k);
        int e = k + 1 < starts.size() ? starts.get(k + 1) : p.length();
        while (e > s && Character.isWhitespace(p.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }

    // ---- edits

    /** Replaces para.text[s, e) and carries every annotation of the paragraph through the change. */
    private static void edit(Para p, int s, int e, String rep) {
        int delta = rep.length() - (e - s);
        for (Ann a : p.anns) {
            if (e <= a.start && !(s == e && s == a.end)) {
                a.start += delta;
                a.end += delta;
            } else if (s < a.end || (s == e && s < a.end)) {
                if (s < a.start) {
                    a.start = s;
                }
                a.end = e >= a.end ? s + rep.length() : a.end + delta;
                a.changed += Math.max(e - s, rep.length());
            }
        }
        p.text.replace(s, e, rep);
    }

    private void mutate(List<Para> paras, List<Ann> anns, String other, Random rnd) {
        Set<String> own = new HashSet<>();
        for (Para p : paras) {
            own.add(p.text.toString());
        }
        quoteStyle(paras, rnd);
        whitespace(paras, rnd);
        typos(paras, rnd, Math.max(3, paras.size() / 2), false);
        List<Ann> inside = new ArrayList<>();
        for (Ann a : anns) {
            if (a.end - a.start >= 20 && rnd.nextInt(6) == 0) {
                inside.add(a);
            }
        }
        for (Ann a : inside) {
            typoAt(a.para, a.start + 2 + rnd.nextInt(a.end - a.start - 4), rnd);
        }
        // paragraph-level edits
        int deletions = paras.size() > 8 ? 2 : 1;
        for (int d = 0; d < deletions; d++) {
            paras.remove(deletion(paras, rnd.nextInt(paras.size())));
        }
        Para moved = paras.remove(rnd.nextInt(paras.size()));
        paras.add(rnd.nextInt(paras.size() + 1), moved);
        List<Para> foreign = paragraphs(other);
        if (!foreign.isEmpty()) {
            int at = rnd.nextInt(paras.size() + 1);
            List<String> texts = new ArrayList<>();
            for (Para p : foreign) {
                texts.add(p.text.toString());
            }
            String inserted = foreignParagraph(texts, rnd.nextInt(foreign.size()), own);
            if (inserted != null) {
                paras.add(at, new Para(inserted));
            }
        }
        if (lookAlikes) {
            paras.add(rnd.nextInt(paras.size() + 1), lookAlike(paras.get(rnd.nextInt(paras.size())), rnd));
        }
        int dup = rnd.nextInt(paras.size());
        paras.get(dup).copy = new Para(paras.get(dup).text.toString());
        paras.add(dup + 1, paras.get(dup).copy);
    }

    /**
     * The index of the paragraph to delete: the drawn one, {@code k}, or the first from there on whose
     * annotated passages are really gone once it is. A paragraph that shares text with another (the same
     * lorem ipsum sentence, a photo caption repeated under two pictures) can leave a passage in the text,
     * quote and one whole side of its recorded context, verbatim: that passage is not deleted, and a
     * placement on it must not be scored wrong. Falls back to {@code k} when every paragraph is like that.
     */
    private static int deletion(List<Para> paras, int k) {
        List<String> originals = new ArrayList<>();
        List<List<String[]>> passages = new ArrayList<>();
        for (Para p : paras) {
            originals.add(p.original);
            List<String[]> sides = new ArrayList<>();
            for (Ann a : p.anns) {
                sides.add(new String[] {a.withPrefix, a.withSuffix});
            }
            passages.add(sides);
        }
        return deletable(originals, passages, k);
    }

    /**
     * {@link #deletion} over the paragraphs' texts before the edits and, per paragraph, its passages as
     * {quote with prefix, quote with suffix}.
     */
    static int deletable(List<String> paragraphs, List<List<String[]>> passages, int k) {
        for (int i = 0; i < paragraphs.size(); i++) {
            int at = (k + i) % paragraphs.size();
            List<String> rest = new ArrayList<>(paragraphs);
            rest.remove(at);
            String others = String.join("\n\n", rest);
            boolean carried = false;
            for (String[] sides : passages.get(at)) {
                carried |= others.contains(sides[0]) || others.contains(sides[1]);
            }
            if (!carried) {
                return at;
            }
        }
        return k;
    }

    /**
     * The first paragraph of the other article from index {@code k} on that shares no run of
     * {@value #SHARED_RUN} words with this one ({@code own}, its paragraphs), or null. Test pages share
     * boilerplate (lorem ipsum, "Links") and news sites the same wire story: such a paragraph carries the
     * article's own text, not foreign text, and a placement on it would be scored wrong although it is the
     * passage's text in the passage's context. Eight words is the shortest run that holds a quote of two
     * words (the shortest the benchmark makes) with a whole side of its 32-character context (about six
     * words), and two independent texts hardly ever share one. A paragraph of fewer words counts as shared
     * when the article has it whole.
     */
    static String foreignParagraph(List<String> foreign, int k, Set<String> own) {
        Set<String> runs = new HashSet<>();
        for (String p : own) {
            runs.addAll(wordRuns(p));
        }
        for (int i = 0; i < foreign.size(); i++) {
            String t = foreign.get((k + i) % foreign.size());
            if (!own.contains(t) && Collections.disjoint(wordRuns(t), runs)) {
                return t;
            }
        }
        return null;
    }

    static final int SHARED_RUN = 8;

    /** Every run of {@value #SHARED_RUN} consecutive words of {@code text}, words separated by one space. */
    private static Set<String> wordRuns(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + SHARED_RUN <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + SHARED_RUN)));
        }
        return out;
    }

    private static void quoteStyle(List<Para> paras, Random rnd) {
        boolean toCurly = rnd.nextBoolean();
        if (rnd.nextInt(10) < 3) {
            return;
        }
        for (Para p : paras) {
            for (int i = 0; i < p.text.length(); i++) {
                char c = p.text.charAt(i);
                char prev = i == 0 ? ' ' : p.text.charAt(i - 1);
                boolean open = Character.isWhitespace(prev) || prev == '(';
                String rep = null;
                if (toCurly && c == '"') {
                    rep = open ? "\u201C" : "\u201D";
                } else if (toCurly && c == '\'') {
                    rep = open ? "\u2018" : "\u2019";
                } else if (!toCurly && (c == '\u201C' || c == '\u201D')) {
                    rep = "\"";
                } else if (!toCurly && (c == '\u2018' || c == '\u2019')) {
                    rep = "'";
                } else if (c == '\u2014' || c == '\u2013') {
                    rep = toCurly ? "\u2013" : "-";
                    if (c == '\u2013' && toCurly) {
                        rep = "\u2014";
                    }
                }
                if (rep != null) {
                    edit(p, i, i + 1, rep);
                }
            }
        }
    }

    private static void whitespace(List<Para> paras, Random rnd) {
        for (Para p : paras) {
            if (rnd.nextInt(3) != 0) {
                continue;
            }
            for (int i = p.text.length() - 1; i > 0; i--) {
                if (p.text.charAt(i) == ' ' && rnd.nextInt(10) == 0) {
                    int r = rnd.nextInt(3);
                    edit(p, i, i + 1, r == 0 ? "  " : r == 1 ? "\u00A0" : "\n");
                }
            }
        }
    }

    /** Typo fixes at random letters outside (or, with {@code anywhere}, also inside) annotations. */
    private static void typos(List<Para> paras, Random rnd, int count, boolean anywhere) {
        for (int n = 0, tries = 0; n < count && tries < count * 20; tries++) {
            Para p = paras.get(rnd.nextInt(paras.size()));
            if (p.text.length() < 3) {
                continue;
            }
            int at = 1 + rnd.nextInt(p.text.length() - 2);
            boolean covered = false;
            for (Ann a : p.anns) {
                covered |= at >= a.start - 1 && at <= a.end;
            }
            if ((covered && !anywhere) || !Character.isLetter(p.text.charAt(at))) {
                continue;
            }
            typoAt(p, at, rnd);
            n++;
        }
    }

    private static void typoAt(Para p, int at, Random rnd) {
        char c = p.text.charAt(at);
        switch (rnd.nextInt(4)) {
            case 0 -> edit(p, at, at + 1, String.valueOf(c == 'e' ? 'a' : 'e'));
            case 1 -> edit(p, at, at + 1, "");
            case 2 -> edit(p, at, at, String.valueOf(c));
            default -> edit(p, at, at + 2, "" + p.text.charAt(at + 1) + c);
        }
    }

    /** A paragraph that resembles {@code src}: about every fourth word replaced by one from elsewhere in it. */
    private static Para lookAlike(Para src, Random rnd) {
        String[] ws = src.text.toString().split(" ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ws.length; i++) {
            sb.append(i == 0 ? "" : " ").append(rnd.nextInt(4) == 0 ? ws[rnd.nextInt(ws.length)] : ws[i]);
        }
        return new Para(sb.toString());
    }

    // ---- timing

    /**
     * Median milliseconds to re-anchor {@code annotations} claims over a text of at least {@code chars}
     * characters built from {@code articles}, after a paragraph was inserted near the start (so almost
     * every claim has moved) and a few typos were fixed; warmed up first. Returns {wall ms, CPU ms of the
     * measuring thread}: on a shared, loaded machine the wall time includes waiting for a core.
     */
    public double[] timeMillis(List<String> articles, int chars, int annotations) {
        StringBuilder sb = new StringBuilder();
        for (int round = 0; sb.length() < chars; round++) {
            for (String a : articles) {
                for (Para p : paragraphs(a)) {
                    sb.append(sb.length() == 0 ? "" : "\n\n").append(p.text);
                }
                if (sb.length() >= chars) {
                    break;
                }
            }
            if (round > 1000) {
                throw new IllegalArgumentException("no text to build the timing document from");
            }
        }
        List<Para> paras = paragraphs(sb.toString());
        Random rnd = new Random(seed);
        List<Ann> anns = annotate(paras, annotations, rnd);
        String oldText = join(paras, null);
        List<Anchor> old = new ArrayList<>();
        for (Ann a : anns) {
            old.add(Anchor.exact(oldText, a.oldRange));
        }
        paras.add(1, new Para(paras.get(paras.size() / 2).text.toString()));
        typos(paras, rnd, 20, false);
        String newText = join(paras, null);
        // warm-up: the JIT and the heap settle over the first dozen runs on a text this size (measured: runs
        // 1-5 take up to twice as long as runs 10 onwards)
        double first = 0;
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            long t0 = System.nanoTime();
            anchorer.placeAll(old, newText, oldText.length());
            if (i == 0) {
                first = (System.nanoTime() - t0) / 1e6;
            }
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[7];
        double[] cpu = new double[7];
        for (int i = 0; i < ms.length; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            anchorer.placeAll(old, newText, oldText.length());
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        java.util.Arrays.sort(ms);
        java.util.Arrays.sort(cpu);
        return new double[] {ms[ms.length / 2], cpu[cpu.length / 2], newText.length(), old.size(), first};
    }

    // ---- generated text

    private static final String[] VOCAB = ("the a of to and in that for is on with as by at from it this be are was "
            + "government minister policy economy trade election voters party court law ministry council report "
            + "budget tax taxes growth inflation bank market markets prices workers unions industry energy climate "
            + "security defence border treaty talks summit alliance neighbours region history memory apology "
            + "compensation dispute relations leaders president parliament opposition coalition reform plan "
            + "promise crisis debate public opinion survey critics supporters analysts officials diplomats "
            + "said argued warned claimed insisted suggested announced rejected approved delayed promised "
            + "cannot will would should could must may might never always often rarely still already "
            + "new old strong weak clear unclear costly cheap fair unfair national local foreign domestic "
            + "Seoul Tokyo Washington Beijing Brussels Berlin Paris London Korea Japan China Europe").split(" ");

    /** {@code count} seeded articles of 8 to 20 paragraphs from a small vocabulary (many repeated phrases). */
    public static List<String> generatedArticles(long seed, int count) {
        Random rnd = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            StringBuilder sb = new StringBuilder();
            int paras = 8 + rnd.nextInt(13);
            for (int p = 0; p < paras; p++) {
                if (p > 0) {
                    sb.append("\n\n");
                }
                int sentences = 2 + rnd.nextInt(5);
                for (int s = 0; s < sentences; s++) {
                    int words = 8 + rnd.nextInt(14);
                    for (int w = 0; w < words; w++) {
                        String word = VOCAB[rnd.nextInt(VOCAB.length)];
                        if (w == 0) {
                            sb.append(s == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                        } else {
                            sb.append(' ').append(rnd.nextInt(25) == 0 ? "\u201C" + word + "\u201D" : word);
                        }
                        if (w > 2 && w < words - 2 && rnd.nextInt(12) == 0) {
                            sb.append(rnd.nextBoolean() ? "," : " \u2014");
                        }
                    }
                    sb.append(rnd.nextInt(8) == 0 ? "?" : ".");
                }
            }
            out.add(sb.toString());
        }
        return out;
    }
}
