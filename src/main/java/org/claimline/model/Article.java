package org.claimline.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A cleaned article: metadata plus every block of the page in document order, kept or removed.
 *
 * <p>{@link #text()} is what annotations anchor to: the kept blocks whose kind is part of the body
 * ({@link Block#inText()}), joined by one blank line ({@link #BLOCK_SEPARATOR}). It is a pure function
 * of the blocks, so the same blocks always give the same text. Immutable; {@code with…} methods
 * return copies.
 */
public final class Article {

    public static final String BLOCK_SEPARATOR = "\n\n";

    private final Metadata metadata;
    private final Confidence confidence;
    private final List<Block> blocks;
    private final String text;
    private final List<TextRange> ranges;   // one per block: its range in text, or null when not in text

    /** Article metadata; any value may be null (unknown), byline may be empty. */
    public record Metadata(String title, String dek, List<String> byline, DateValue published, DateValue updated,
                           String siteName, String section, String language, String leadImageCaption) {
        public Metadata {
            byline = byline == null ? List.of() : List.copyOf(byline);
        }

        public static Metadata empty() {
            return new Metadata(null, null, List.of(), null, null, null, null, null, null);
        }

        public Metadata withTitle(String v) {
            return new Metadata(v, dek, byline, published, updated, siteName, section, language, leadImageCaption);
        }

        public Metadata withDek(String v) {
            return new Metadata(title, v, byline, published, updated, siteName, section, language, leadImageCaption);
        }

        public Metadata withByline(List<String> v) {
            return new Metadata(title, dek, v, published, updated, siteName, section, language, leadImageCaption);
        }

        public Metadata withPublished(DateValue v) {
            return new Metadata(title, dek, byline, v, updated, siteName, section, language, leadImageCaption);
        }

        public Metadata withUpdated(DateValue v) {
            return new Metadata(title, dek, byline, published, v, siteName, section, language, leadImageCaption);
        }

        public Metadata withSiteName(String v) {
            return new Metadata(title, dek, byline, published, updated, v, section, language, leadImageCaption);
        }

        public Metadata withSection(String v) {
            return new Metadata(title, dek, byline, published, updated, siteName, v, language, leadImageCaption);
        }

        public Metadata withLanguage(String v) {
            return new Metadata(title, dek, byline, published, updated, siteName, section, v, leadImageCaption);
        }

        public Metadata withLeadImageCaption(String v) {
            return new Metadata(title, dek, byline, published, updated, siteName, section, language, v);
        }

        /** Authors joined by ", ", or null when there are none. */
        public String bylineText() {
            return byline.isEmpty() ? null : String.join(", ", byline);
        }
    }

    /**
     * How far the cleaner trusts its own choice of the article, with the reasons. {@code value} is in [0, 1]; below
     * {@link #DOUBTFUL_BELOW} the clean is doubtful and the reader should offer the whole page.
     *
     * @param value           the overall confidence, in [0, 1]
     * @param keptProseShare  share of the page's prose (sentence-like lines, comments and hidden text left out)
     *                        that the kept text holds, in [0, 1]
     * @param safetyNet       whether a safety net (not the first choice) chose the article's region
     * @param runnerUp        prose of the best region left out, relative to the kept prose, in [0, 1] (1: a region
     *                        outside the article holds as much prose as the article)
     */
    public record Confidence(double value, double keptProseShare, boolean safetyNet, double runnerUp) {
        /** Below this value a clean is doubtful. */
        public static final double DOUBTFUL_BELOW = 0.5;

        /** Nothing known: full confidence (articles built by hand, or read back from a sidecar). */
        public static final Confidence UNKNOWN = new Confidence(1, 1, false, 0);

        public Confidence {
            value = clamp(value);
            keptProseShare = clamp(keptProseShare);
            runnerUp = clamp(runnerUp);
        }

        public boolean doubtful() {
            return value < DOUBTFUL_BELOW;
        }

        private static double clamp(double v) {
            return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
        }
    }

    public Article(Metadata metadata, List<Block> blocks) {
        this(metadata, blocks, Confidence.UNKNOWN);
    }

    private Article(Metadata metadata, List<Block> blocks, Confidence confidence) {
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.confidence = Objects.requireNonNull(confidence, "confidence");
        this.blocks = List.copyOf(blocks);
        StringBuilder sb = new StringBuilder();
        List<TextRange> rs = new ArrayList<>(this.blocks.size());
        for (Block b : this.blocks) {
            if (!b.inText()) {
                rs.add(null);
                continue;
            }
            if (sb.length() > 0) {
                sb.append(BLOCK_SEPARATOR);
            }
            int start = sb.length();
            sb.append(b.text());
            rs.add(new TextRange(start, sb.length()));
        }
        this.text = sb.toString();
        this.ranges = Collections.unmodifiableList(rs);
    }

    public Metadata metadata() {
        return metadata;
    }

    public String title() {
        return metadata.title();
    }

    /** Every block in document order, kept and removed. */
    public List<Block> blocks() {
        return blocks;
    }

    /** The kept blocks, in order (body and non-body kinds such as captions). */
    public List<Block> keptBlocks() {
        return blocks.stream().filter(Block::isKept).toList();
    }

    /** The blocks that make up {@link #text()}, in order. */
    public List<Block> textBlocks() {
        return blocks.stream().filter(Block::inText).toList();
    }

    /** The removed blocks, in order. */
    public List<Block> removedBlocks() {
        return blocks.stream().filter(b -> !b.isKept()).toList();
    }

    /** The anchorable body text: text blocks joined by a blank line. */
    public String text() {
        return text;
    }

    /** Range of block {@code index} (into {@link #blocks()}) within {@link #text()}, or null if not in text. */
    public TextRange rangeOf(int index) {
        return ranges.get(index);
    }

    /** Index into {@link #blocks()} of the text block containing {@code offset}, or -1. */
    public int blockIndexAt(int offset) {
        for (int i = 0; i < ranges.size(); i++) {
            TextRange r = ranges.get(i);
            if (r != null && offset >= r.start() && offset <= r.end()) {
                return i;
            }
        }
        return -1;
    }

    /** The cleaner's confidence in its choice of the article ({@link Confidence#UNKNOWN} when not cleaned). */
    public Confidence confidence() {
        return confidence;
    }

    /** Copy carrying {@code c}; the confidence is not part of {@link #equals}, as it says nothing of the content. */
    public Article withConfidence(Confidence c) {
        return new Article(metadata, blocks, c);
    }

    public Article withMetadata(Metadata m) {
        return new Article(m, blocks, confidence);
    }

    public Article withBlocks(List<Block> newBlocks) {
        return new Article(metadata, newBlocks, confidence);
    }

    /** Copy with block {@code index} restored into the kept text. */
    public Article withBlockRestored(int index) {
        List<Block> copy = new ArrayList<>(blocks);
        copy.set(index, copy.get(index).restored());
        return new Article(metadata, copy, confidence);
    }

    /** Copy with block {@code index} removed for {@code reason}. */
    public Article withBlockRemoved(int index, String reason) {
        List<Block> copy = new ArrayList<>(blocks);
        copy.set(index, copy.get(index).withRemoved(reason));
        return new Article(metadata, copy, confidence);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Article a && metadata.equals(a.metadata) && blocks.equals(a.blocks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(metadata, blocks);
    }

    @Override
    public String toString() {
        return "Article[" + metadata.title() + ", " + blocks.size() + " blocks, " + text.length() + " chars]";
    }
}
