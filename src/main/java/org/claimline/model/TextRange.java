package org.claimline.model;

/** A half-open range [start, end) of UTF-16 indices into the article text. */
public record TextRange(int start, int end) implements Comparable<TextRange> {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean overlaps(TextRange o) {
        return start < o.end && o.start < end;
    }

    public TextRange shift(int delta) {
        return new TextRange(start + delta, end + delta);
    }

    @Override
    public int compareTo(TextRange o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
