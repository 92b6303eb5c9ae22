package org.claimline.cleaning;

import java.util.ArrayList;
import java.util.List;
import org.claimline.cleaning.common.DatePatterns;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.BlockKind;

/**
 * The structural check every clean passes through, for text dumps and HTML alike: the page's lines (kept and
 * removed, in document order) are weighed as prose or not, and the region densest in prose is found (the
 * maximum-sum run, each prose line counting its length and every other line against it; comment headers and hidden
 * text are walls). When the kept text holds only a small share of that region's prose (the footer, a menu, an
 * author box or legal text was taken for the article, or the article was cut after its first part) the region
 * replaces it: its prose lines are restored and what was kept outside it is removed. The same figures give the
 * {@link Article.Confidence} of every clean.
 */
final class SafetyNet {
    static final String OUTSIDE_REGION = "outside the article's prose";
    static final String COMMENT_THREAD = "reader comments";
    /** Three comment headers... */
    static final int THREAD_HEADERS = 3;
    /** ...within this many kept blocks start a comment thread... */
    static final int THREAD_SPAN = 24;
    /** ...when the kept text before them holds this much prose. */
    static final int MIN_ARTICLE_BEFORE_THREAD = 300;
    /** The kept text is moved before a comment thread that holds this share of its prose... */
    static final double THREAD_KEPT_SHARE = 0.5;
    /** ...when the page holds at least this many characters of prose before the thread (a short post). */
    static final int MIN_POST_PROSE = 100;
    /** The kept prose is reconsidered below this share of the densest region's prose... */
    static final double RECONSIDER_SHARE = 0.25;
    /** ...when that region holds at least this many characters of prose. */
    static final int MIN_REGION_PROSE = 300;
    /** Kept prose of this many characters is an article of its own, whatever lies elsewhere. */
    static final int ENOUGH_KEPT_PROSE = 400;
    /** A line that is not prose costs this share of its length. */
    private static final double NON_PROSE_COST = 0.5;
    /** A rival region split by this many dated entry lines is a list of entries... */
    static final int MIN_ENTRIES = 3;
    /** ...each a short line. */
    private static final int MAX_ENTRY_LINE = 80;
    private static final double WALL = -1e9;
    private static final String UNLIKELY = "unlikely to be content";

    private SafetyNet() {
    }

    /** One line of one block. */
    private record Unit(int block, int line, String text, double gain, boolean prose, boolean kept) {
    }

    /** A run of units and the prose it holds. */
    private record Region(int from, int to, double prose) {
        boolean contains(int u) {
            return u >= from && u <= to;
        }
    }

    /** {@code article} with its region reconsidered where needed, and its confidence set. */
    static Article apply(Article article) {
        return reconsider(withoutCommentThread(article));
    }

    /**
     * The kept text without the reader comments that follow the article: from the first of three comment headers
     * within {@link #THREAD_SPAN} kept lines (and the short "12 Comments" lines just before it) to the end, when the
     * kept text before it holds an article's worth of prose.
     */
    static Article withoutCommentThread(Article article) {
        List<Block> blocks = article.blocks();
        List<Integer> text = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).inText()) {
                text.add(i);
            }
        }
        List<Integer> headers = new ArrayList<>();
        for (int k = 0; k < text.size(); k++) {
            Block b = blocks.get(text.get(k));
            boolean plain = b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.HEADING
                    || b.kind() == BlockKind.LIST_ITEM;
            if (plain && Prose.isThreadHeader(b.text().split("\n")[0])) {
                headers.add(k);
            }
        }
        int start = -1;
        for (int h = 0; h + THREAD_HEADERS - 1 < headers.size(); h++) {
            if (headers.get(h + THREAD_HEADERS - 1) - headers.get(h) <= THREAD_SPAN) {
                start = headers.get(h);
                break;
            }
        }
        if (start < 0) {
            return article;
        }
        double before = 0;
        for (int k = 0; k < start; k++) {
            before += proseOf(blocks.get(text.get(k)).text());
        }
        if (before < MIN_ARTICLE_BEFORE_THREAD) {
            return article;
        }
        while (start > 0 && start - 1 > 0 && isThreadLead(blocks.get(text.get(start - 1)).text())) {
            start--;
        }
        List<Block> out = new ArrayList<>(blocks);
        for (int k = start; k < text.size(); k++) {
            out.set(text.get(k), blocks.get(text.get(k)).withRemoved(COMMENT_THREAD));
        }
        return article.withBlocks(out);
    }

    /** "Comments", "156 Responses to “Shuteye”", "Leave a Reply": a few words, no sentence. */
    private static boolean isThreadLead(String text) {
        return Prose.words(text) <= 6 && !Prose.isProse(text) && !text.contains("\n");
    }

    private static double proseOf(String text) {
        double n = 0;
        for (String line : text.split("\n")) {
            n += Prose.isProse(line) ? line.length() : 0;
        }
        return n;
    }

    private static Article reconsider(Article article) {
        List<Block> blocks = article.blocks();
        List<Unit> units = units(blocks);
        Region best = densest(units, -1, -1);
        double kept = 0;
        double page = 0;
        for (Unit u : units) {
            if (u.prose()) {
                page += u.text().length();
                kept += u.kept() ? u.text().length() : 0;
            }
        }
        boolean reconsider = best != null && best.prose() >= MIN_REGION_PROSE && kept < RECONSIDER_SHARE * best.prose()
                && kept < ENOUGH_KEPT_PROSE;
        if (!reconsider) {
            Region beforeThread = beforeCommentThread(units, kept);
            if (beforeThread == null) {
                beforeThread = beforeCommentHeader(units, kept);
            }
            if (beforeThread != null) {
                best = beforeThread;
                reconsider = true;
            }
        }
        if (!reconsider) {
            return article.withConfidence(confidence(units, kept, page, false));
        }
        Article moved = article.withBlocks(rebuild(blocks, units, best));
        List<Unit> after = units(moved.blocks());
        double keptAfter = after.stream().filter(u -> u.prose() && u.kept()).mapToDouble(u -> u.text().length()).sum();
        return moved.withConfidence(confidence(after, keptAfter, page, true));
    }

    /**
     * When most of the kept prose lies in a reader-comment thread of the page (three thread headers within
     * {@link #THREAD_SPAN} lines) and the page holds prose before the thread, the article is that prose: a short
     * post followed by long comments. Null otherwise.
     */
    private static Region beforeCommentThread(List<Unit> units, double kept) {
        if (kept <= 0) {
            return null;
        }
        List<Integer> headers = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (Prose.isThreadHeader(units.get(i).text())) {
                headers.add(i);
            }
        }
        int start = -1;
        for (int h = 0; h + THREAD_HEADERS - 1 < headers.size() && start < 0; h++) {
            if (headers.get(h + THREAD_HEADERS - 1) - headers.get(h) <= THREAD_SPAN) {
                // a thread: every header has a comment's prose after it (a post's own date lines have none)
                boolean bodies = true;
                for (int k = h; k < h + THREAD_HEADERS - 1 && bodies; k++) {
                    bodies = anyProse(units, headers.get(k) + 1, headers.get(k + 1));
                }
                start = bodies ? headers.get(h) : -1;
            }
        }
        if (start <= 0) {
            return null;
        }
        double keptInThread = 0;
        for (int i = start; i < units.size(); i++) {
            Unit u = units.get(i);
            keptInThread += u.prose() && u.kept() ? u.text().length() : 0;
        }
        if (keptInThread < THREAD_KEPT_SHARE * kept) {
            return null;
        }
        Region before = densest(units, start, units.size() - 1);
        return before != null && before.prose() >= MIN_POST_PROSE ? before : null;
    }

    /**
     * When the kept text is short and lies wholly below the heading of the page's comment section ("1 Comment",
     * "Leave a Reply") or its removed comments, while the page holds a post's prose above that heading, the kept text
     * is a reader's comment or a footer line and the post is the article: the densest region above the heading. Null
     * otherwise.
     */
    private static Region beforeCommentHeader(List<Unit> units, double kept) {
        if (kept <= 0 || kept >= ENOUGH_KEPT_PROSE) {
            return null;
        }
        int header = -1;
        int firstKept = -1;
        for (int i = 0; i < units.size() && firstKept < 0; i++) {
            if (units.get(i).kept()) {
                firstKept = i;
            } else if (header < 0 && units.get(i).gain() == WALL && (Prose.isCommentSectionHeading(units.get(i).text())
                    || !Prose.isCommentHeader(units.get(i).text()))) {
                // the section's heading, or text removed as comments; not an entry's header or a byline with a time
                header = i;
            }
        }
        if (header <= 0 || firstKept < header) {
            return null;
        }
        Region before = densest(units, header, units.size() - 1);
        return before != null && before.prose() >= MIN_POST_PROSE ? before : null;
    }

    private static boolean anyProse(List<Unit> units, int from, int to) {
        for (int i = from; i < to; i++) {
            if (units.get(i).prose()) {
                return true;
            }
        }
        return false;
    }

    private static Article.Confidence confidence(List<Unit> units, double kept, double page, boolean safetyNet) {
        double share = page == 0 ? (kept > 0 ? 1 : 0) : kept / page;
        // the best region of prose lying wholly outside the kept text: how close it comes to the article
        int first = -1;
        int last = -1;
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).kept()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        // the page's comment section (after a comment header or removed comments below the article) is no rival
        int commentsFrom = units.size();
        for (int i = last + 1; i < units.size() && last >= 0; i++) {
            if (units.get(i).gain() == WALL) {
                commentsFrom = i;
                break;
            }
        }
        Region other = densest(units.subList(0, commentsFrom), first, last);
        double runnerUp = other == null || kept == 0 ? (kept == 0 ? 1 : 0) : largestEntry(units, other) / kept;
        double value = 1.0;
        if (kept == 0) {
            value = 0.1;
        } else {
            value *= Math.min(1, 0.4 + share);
            value *= runnerUp > 0.5 ? 1 - (Math.min(1, runnerUp) - 0.5) : 1;
            value *= safetyNet ? 0.7 : 1;
            value *= kept < MIN_REGION_PROSE && page > 2 * MIN_REGION_PROSE ? 0.7 : 1;
        }
        return new Article.Confidence(value, share, safetyNet, runnerUp);
    }

    /**
     * The prose of {@code region}, or when dated entry lines split it ({@link #MIN_ENTRIES} or more: reader comments
     * or a list of posts under their dates), of its largest entry: a list of entries is no rival to the article.
     */
    private static double largestEntry(List<Unit> units, Region region) {
        int entries = 0;
        double largest = 0;
        double current = 0;
        for (int i = region.from(); i <= region.to(); i++) {
            Unit u = units.get(i);
            if (u.prose()) {
                current += u.text().length();
            } else if (isEntryLine(u.text())) {
                entries++;
                largest = Math.max(largest, current);
                current = 0;
            }
        }
        return entries >= MIN_ENTRIES ? Math.max(largest, current) : region.prose();
    }

    /** A short line that dates an entry or heads a comment ("November 12, 2012", "Jane says:"). */
    private static boolean isEntryLine(String t) {
        return t.length() <= MAX_ENTRY_LINE && (Prose.isThreadHeader(t) || DatePatterns.find(t) != null);
    }

    private static List<Unit> units(List<Block> blocks) {
        List<Unit> units = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            String reason = block.removedReason();
            boolean hidden = "hidden".equals(reason);
            boolean comments = reason != null && reason.contains("comment");
            // a header, footer or sidebar by the page's own class names: its sentences do not make it the article
            boolean marked = reason != null && reason.startsWith(UNLIKELY);
            boolean kept = block.inText();
            if (!kept && block.isKept()) {
                continue;   // captions and other kept blocks outside the body text stay as they are
            }
            String[] lines = block.text().split("\n");
            for (int l = 0; l < lines.length; l++) {
                String t = lines[l].strip();
                if (t.isEmpty()) {
                    continue;
                }
                boolean prose = !hidden && !comments && Prose.isProse(t);
                double gain = hidden ? 0 : comments || Prose.isCommentHeader(t) ? WALL
                        : prose && !marked ? t.length() : Prose.isLegal(t) ? -t.length()
                        : Prose.isShortSentence(t) ? 0 : -NON_PROSE_COST * t.length();
                units.add(new Unit(b, l, t, gain, prose, kept));
            }
        }
        return units;
    }

    /** The maximum-sum run of units outside [{@code skipFrom}, {@code skipTo}], or null when no run gains. */
    private static Region densest(List<Unit> units, int skipFrom, int skipTo) {
        double bestSum = 0;
        int bestFrom = -1;
        int bestTo = -1;
        double sum = 0;
        int from = 0;
        for (int i = 0; i < units.size(); i++) {
            if (i >= skipFrom && i <= skipTo) {
                sum = 0;
                from = i + 1;
                continue;
            }
            if (sum <= 0) {
                sum = 0;
                from = i;
            }
            sum += units.get(i).gain();
            if (sum > bestSum) {
                bestSum = sum;
                bestFrom = from;
                bestTo = i;
            }
        }
        if (bestFrom < 0) {
            return null;
        }
        double prose = 0;
        for (int i = bestFrom; i <= bestTo; i++) {
            prose += units.get(i).prose() ? units.get(i).text().length() : 0;
        }
        return new Region(bestFrom, bestTo, prose);
    }

    /**
     * The blocks with the region as the article: inside it, removed prose lines and short sentences come back
     * (a removed container's lines become blocks of their own, so its menu lines stay out); outside it, kept text
     * is removed.
     */
    private static List<Block> rebuild(List<Block> blocks, List<Unit> units, Region region) {
        List<List<Unit>> byBlock = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            byBlock.add(new ArrayList<>());
        }
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            byBlock.get(u.block()).add(region.contains(i) ? u : null);
        }
        List<Block> out = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            List<Unit> us = byBlock.get(b);
            if (us.isEmpty() || "hidden".equals(block.removedReason())) {
                out.add(block);
                continue;
            }
            boolean anyInside = us.stream().anyMatch(u -> u != null);
            if (block.isKept()) {
                out.add(anyInside ? block : block.withRemoved(OUTSIDE_REGION));
                continue;
            }
            if (!anyInside) {
                out.add(block);
                continue;
            }
            splitRemoved(block, us, out);
        }
        return out;
    }

    /** A removed block partly in the region: one block per line, the region's prose and sentences kept. */
    private static void splitRemoved(Block block, List<Unit> us, List<Block> out) {
        String[] lines = block.text().split("\n");
        BlockKind kind = block.kind();
        int u = 0;
        StringBuilder removed = new StringBuilder();
        for (String raw : lines) {
            String t = raw.strip();
            if (t.isEmpty()) {
                continue;
            }
            Unit unit = us.get(u++);
            boolean restore = unit != null && (unit.prose() || Prose.isShortSentence(t));
            if (restore) {
                flushRemoved(removed, kind, block.removedReason(), out);
                out.add(Block.kept(kind == BlockKind.CAPTION ? BlockKind.PARAGRAPH : kind, t));
            } else {
                removed.append(removed.length() > 0 ? "\n" : "").append(t);
            }
        }
        flushRemoved(removed, kind, block.removedReason(), out);
    }

    private static void flushRemoved(StringBuilder removed, BlockKind kind, String reason, List<Block> out) {
        if (removed.length() > 0) {
            out.add(Block.removed(kind, removed.toString(), reason));
            removed.setLength(0);
        }
    }
}
