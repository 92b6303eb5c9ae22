package org.claimline.anchoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Old → new offsets of passages placed with certainty. A passage between two landmarks most likely
 * shifted by an amount between theirs.
 */
final class Landmarks {
    final int[] oldByOld;
    final int[] newByOld;
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
