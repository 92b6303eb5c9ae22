package org.claimline.cleaning.text;

import org.claimline.model.BlockKind;

/** One non-blank line of a dump and everything the steps learn about it. Mutable, owned by one cleaning run. */
public final class TextLine {

    /** What the line looks like on its own, before any context. */
    public enum Shape { TEXT, IMAGE, SHARE, DATE, DATE_SECTION, DIGITS, URL, SELF_REPEAT, COPYRIGHT, SYMBOLS, FORM, MARKUP,
        /** The summary of a link card, cut short. */
        TEASER,
        /** A numbered slide of a photo gallery ("3/20 Caption") and the text printed with it. */
        GALLERY }

    /** jusText classes; after smoothing only GOOD and BAD remain. */
    public enum Quality { SHORT, NEAR_GOOD, GOOD, BAD }

    final int index;
    final String raw;
    /** Stripped, list marker removed, whitespace runs collapsed. */
    String text;
    int indent;
    boolean bullet;
    boolean blankBefore;
    int words;
    int stopwords;
    /** CJK characters count several times: one of them carries about a word. */
    int weightedChars;
    Shape shape = Shape.TEXT;
    /** Lower-cased letters and digits only: what repetition compares. */
    String key = "";
    int repeats = 1;
    /** Index of the first line with the same normalised text. */
    int firstOccurrence;
    Quality quality = Quality.SHORT;
    Quality initialQuality = Quality.SHORT;
    boolean inRegion;
    /** A row of a list or table the body introduces ({@link StructuredListStep}). */
    boolean listRow;
    /** A line of a preformatted block the body introduces ({@link CodeBlockStep}). */
    boolean code;
    BlockKind kind = BlockKind.PARAGRAPH;
    /** Null while kept. */
    String removedReason;

    TextLine(int index, String raw) {
        this.index = index;
        this.raw = raw;
        this.text = raw;
        this.firstOccurrence = index;
    }

    public String text() {
        return text;
    }

    public int words() {
        return words;
    }

    public double stopwordDensity() {
        return words == 0 ? 0 : stopwords / (double) words;
    }

    public Shape shape() {
        return shape;
    }

    public Quality quality() {
        return quality;
    }

    public boolean bullet() {
        return bullet;
    }

    public int repeats() {
        return repeats;
    }

    public BlockKind kind() {
        return kind;
    }

    public String removedReason() {
        return removedReason;
    }

    public boolean kept() {
        return removedReason == null;
    }

    void remove(String reason) {
        if (removedReason == null) {
            removedReason = reason;
        }
    }

    boolean endsSentence() {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(text.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '”' || c == '’' || c == ')' || c == '»'
                || c == '。' || c == '！' || c == '？' || c == ':' || c == ';';
    }

    @Override
    public String toString() {
        return index + " " + quality + (removedReason == null ? "" : " -" + removedReason) + " " + shape + " "
                + kind + " | " + (text.length() > 80 ? text.substring(0, 80) : text);
    }
}
