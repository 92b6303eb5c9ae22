package org.claimline.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * Which blocks of a page make the article, as the analyst chose them (restored or removed blocks, the whole page,
 * or a chosen start and end), so the choice can be remembered beside the article and made again on the next open.
 * {@code fingerprint} names the page's blocks (kinds and texts, kept or not): a choice is only applied to the same
 * blocks it was made on, so a page cleaned differently since falls back to the cleaner's choice (claims re-anchor).
 *
 * @param blockCount  how many blocks the page had
 * @param fingerprint SHA-256 (hex) of the blocks' kinds and texts, see {@link #fingerprint(Article)}
 * @param kept        the kept blocks as runs of indices, in order, not overlapping
 */
public record KeptBlocks(int blockCount, String fingerprint, List<Run> kept) {

    /** Why a block left out by the analyst's choice of start and end is removed. */
    public static final String OUTSIDE_CHOSEN = "outside the start and end chosen by the reader";
    /** Why a block the cleaner kept is removed when a remembered choice leaves it out. */
    public static final String REMOVED_BY_READER = "removed by the reader";

    /** Blocks {@code from} (inclusive) to {@code to} (exclusive). */
    public record Run(int from, int to) {
        public Run {
            if (from < 0 || to <= from) {
                throw new IllegalArgumentException("a run of blocks goes from a block to a later one: " + from + ".." + to);
            }
        }
    }

    public KeptBlocks {
        Objects.requireNonNull(fingerprint, "fingerprint");
        kept = List.copyOf(kept);
        int last = 0;
        for (Run r : kept) {
            if (r.from() < last || r.to() > blockCount) {
                throw new IllegalArgumentException("kept blocks out of order or beyond the page's " + blockCount);
            }
            last = r.to();
        }
    }

    /** The kept/removed state of every block of {@code a}. */
    public static KeptBlocks of(Article a) {
        List<Run> runs = new ArrayList<>();
        List<Block> blocks = a.blocks();
        int i = 0;
        while (i < blocks.size()) {
            if (!blocks.get(i).isKept()) {
                i++;
                continue;
            }
            int from = i;
            while (i < blocks.size() && blocks.get(i).isKept()) {
                i++;
            }
            runs.add(new Run(from, i));
        }
        return new KeptBlocks(blocks.size(), fingerprint(a), runs);
    }

    /** Whether this choice was made on the same blocks as {@code a} has. */
    public boolean fits(Article a) {
        return a.blocks().size() == blockCount && fingerprint.equals(fingerprint(a));
    }

    public boolean isKept(int index) {
        for (Run r : kept) {
            if (index >= r.from() && index < r.to()) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code a} with this choice made again: blocks kept here are kept, the others removed (a block the cleaner
     * removed keeps its reason). As the analyst chose the article, its confidence is {@link Article.Confidence#UNKNOWN}
     * (no doubt left to show). {@code a} unchanged when the choice does not {@link #fits fit} it.
     */
    public Article applyTo(Article a) {
        if (!fits(a)) {
            return a;
        }
        return keepOnly(a, this::isKept, REMOVED_BY_READER).withConfidence(Article.Confidence.UNKNOWN);
    }

    /** {@code a} with the blocks {@code keep} accepts kept and the others removed ({@code reason} for newly removed). */
    public static Article keepOnly(Article a, IntPredicate keep, String reason) {
        List<Block> blocks = new ArrayList<>(a.blocks());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (keep.test(i)) {
                blocks.set(i, b.isKept() ? b : b.restored());
            } else if (b.isKept()) {
                blocks.set(i, b.withRemoved(reason));
            }
        }
        return a.withBlocks(blocks);
    }

    /** The whole page as the article: every block kept. */
    public static Article wholePage(Article a) {
        return keepOnly(a, i -> true, OUTSIDE_CHOSEN);
    }

    /** Blocks {@code first} to {@code last} (both included) kept, every other block removed. */
    public static Article between(Article a, int first, int last) {
        int from = Math.max(0, Math.min(first, last));
        int to = Math.min(a.blocks().size() - 1, Math.max(first, last));
        return keepOnly(a, i -> i >= from && i <= to, OUTSIDE_CHOSEN);
    }

    /** SHA-256 (hex) of every block's kind and text, kept or not, in order. */
    public static String fingerprint(Article a) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Block b : a.blocks()) {
                md.update(b.kind().name().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(b.text().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
