package org.claimline.cleaning.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.claimline.cleaning.common.Whitespace;

/**
 * Reads a page laid out in side-by-side columns column by column. A text browser prints a layout table (a menu
 * column, the article, a sidebar) row by row, so each printed line holds a piece of every column: an article line,
 * wide spaces, then a sidebar link. A run of at least {@link #MIN_LINES} lines sharing a gutter (display columns
 * blank in all of them, at least {@link #GUTTER} wide, with text on both sides in at least {@link #SIDE_LINES} of
 * them) is split there: the lines left of the gutter, then the lines right of it, each side split again where it
 * has a gutter of its own. Lines keep their display columns (East Asian wide characters take two), so a wrapped
 * paragraph of the article column comes out as consecutive lines again.
 */
final class ColumnLayout {

    static final int GUTTER = 3;
    static final int MIN_LINES = 6;
    static final int SIDE_LINES = 2;
    /** Pages with more lines are read as printed: the search is quadratic in the lines of a failed block. */
    static final int MAX_LINES = 5000;
    /** A wider line ends any block: a layout table is printed at a screen's width. */
    static final int MAX_COLUMNS = 2000;
    /** How deep columns are split inside columns. */
    static final int MAX_DEPTH = 4;

    private ColumnLayout() {
    }

    /** The text read column by column where it is laid out in columns, else {@code text} itself. */
    static String reflow(String text) {
        if (!mayHaveColumns(text)) {
            return text;
        }
        String[] raw = text.split("\r\n|\r|\n", -1);
        if (raw.length > MAX_LINES) {
            return text;
        }
        List<Row> rows = new ArrayList<>(raw.length);
        for (String r : raw) {
            rows.add(new Row(r));
        }
        List<Row> out = new ArrayList<>(rows.size());
        if (!layout(rows, 0, out)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 64);
        for (int i = 0; i < out.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(out.get(i).text());
        }
        return sb.toString();
    }

    /** Whether {@link #SIDE_LINES} lines have {@link #GUTTER} spaces between two non-spaces: else there is no column. */
    static boolean mayHaveColumns(String text) {
        int spaces = 0;
        boolean textBefore = false;
        int found = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                spaces = 0;
                textBefore = false;
            } else if (c == ' ') {
                spaces++;
            } else {
                if (textBefore && spaces >= GUTTER && ++found >= SIDE_LINES) {
                    return true;
                }
                spaces = 0;
                textBefore = true;
            }
        }
        return false;
    }

    /** Appends {@code rows} to {@code out} in reading order; whether any block was split. */
    private static boolean layout(List<Row> rows, int depth, List<Row> out) {
        boolean split = false;
        int n = rows.size();
        int i = 0;
        while (i < n) {
            if (depth >= MAX_DEPTH || rows.get(i).isBlank()) {
                out.add(rows.get(i));
                i++;
                continue;
            }
            int[] block = block(rows, i);
            if (block[0] < 0) {
                // rows that share a gutter but are no layout (a table) are read as printed, all of them: the rows
                // inside them would not make a layout either
                for (int k = i; k <= Math.max(i, block[4]); k++) {
                    out.add(rows.get(k));
                }
                i = Math.max(i, block[4]) + 1;
                continue;
            }
            int start = block[0];
            int end = block[1];
            for (int k = i; k < start; k++) {
                out.add(rows.get(k));
            }
            List<Row> left = new ArrayList<>(end - start + 1);
            List<Row> right = new ArrayList<>(end - start + 1);
            for (int k = start; k <= end; k++) {
                left.add(rows.get(k).cut(0, block[2]));
                right.add(rows.get(k).cut(block[3], Integer.MAX_VALUE));
            }
            // a blank line on both sides of each column: a column's lines are read together, not with the next's
            out.add(Row.BLANK);
            layout(left, depth + 1, out);
            out.add(Row.BLANK);
            layout(right, depth + 1, out);
            out.add(Row.BLANK);
            split = true;
            i = end + 1;
        }
        return split;
    }

    /**
     * The layout block in the longest run of rows from {@code from} that shares a gutter, as {first row, last row,
     * gutter start, gutter end, last row read}; the first four are -1 when there is none. The run grows while its
     * rows leave some columns of {@link #GUTTER} width blank between their text; the first such gutter with text on
     * both sides splits it, and its rows that stand beside each other (see {@link #beside}) are a block when they
     * read as a page's columns, not as a table.
     */
    private static int[] block(List<Row> rows, int from) {
        return block(rows, from, true);
    }

    private static int[] block(List<Row> rows, int from, boolean retry) {
        BitSet union = new BitSet();
        int textRows = 0;
        int last = -1;
        int n = rows.size();
        for (int j = from; j < n; j++) {
            Row r = rows.get(j);
            if (r.width() > MAX_COLUMNS) {
                break;
            }
            if (r.isBlank()) {
                continue;
            }
            BitSet grown = (BitSet) union.clone();
            grown.or(r.occupied());
            if (!hasGap(grown)) {
                break;
            }
            union = grown;
            textRows++;
            last = j;
        }
        int[] none = {-1, -1, -1, -1, textRows >= MIN_LINES ? last : from};
        if (textRows < MIN_LINES) {
            return none;
        }
        int[] gutter = gutter(rows, from, last, union);
        int[] b = gutter == null ? null : beside(rows, from, new int[] {last, gutter[0], gutter[1]});
        if (b != null && sideBySide(rows, b)) {
            return new int[] {b[0], b[1], b[2], b[3], b[1]};
        }
        if (retry) {
            // a line across the top (a masthead with its links) can join the columns' rows through a gap of its own
            // and cover their gutter: the run is tried once more from the next row that has a gap itself
            int next = from + 1;
            while (next <= last && (rows.get(next).isBlank() || rows.get(next).width() > MAX_COLUMNS
                    || !hasGap(rows.get(next).occupied()))) {
                next++;
            }
            if (next <= last) {
                int[] again = block(rows, next, false);
                if (again[0] >= 0) {
                    return again;
                }
            }
        }
        return none;
    }

    /**
     * The rows of {@code from..found[0]} that stand beside each other, as {first row, last row, gutter start, gutter
     * end}: from the first to the last row with text on both sides of the gutter, widened over the rows of the
     * columns above and below them (see {@link #widen}). A table ends with a blank line before the next heading; an
     * article column runs on past the sidebar beside it.
     */
    private static int[] beside(List<Row> rows, int from, int[] found) {
        int first = -1;
        int last = -1;
        for (int k = from; k <= found[0]; k++) {
            Row r = rows.get(k);
            if (!r.isBlank() && r.first() < found[1] && r.last() >= found[2]) {
                if (first < 0) {
                    first = k;
                }
                last = k;
            }
        }
        if (first < 0) {
            return null;
        }
        first = widen(rows, first, from, -1, found[2]);
        last = widen(rows, last, found[0], 1, found[2]);
        return new int[] {first, last, found[1], found[2]};
    }

    /**
     * Moves from row {@code at} towards {@code limit} over the rows that still belong to the columns: those printed
     * right next to the previous one, and after blank lines those that stand wholly right of the gutter (ending at
     * {@code gutterEnd}); text back at the left margin after a blank line is the page going on below.
     */
    private static int widen(List<Row> rows, int at, int limit, int dir, int gutterEnd) {
        int k = at;
        boolean blank = false;
        for (int j = at + dir; dir > 0 ? j <= limit : j >= limit; j += dir) {
            Row r = rows.get(j);
            if (r.isBlank()) {
                blank = true;
                continue;
            }
            if (blank && r.first() < gutterEnd) {
                break;
            }
            k = j;
            blank = false;
        }
        return k;
    }

    /** At most this share of a side's rows hold both sides in a layout; a table's rows nearly all do. */
    static final double SHARED_ROWS = 0.7;
    /**
     * A long block ({@link #LONG_ROWS} rows with text or more) is a layout up to this share: an article printed
     * beside a sidebar as long as itself holds both sides on nearly every row; a table with a row or two that hold
     * one side only (a cell wrapped onto a row of its own) is most often a short one.
     */
    static final double SHARED_ROWS_LOOSE = 0.9;
    static final int LONG_ROWS = 15;
    /** A side whose rows run this wide for at least {@link #PROSE_SHARE} of them holds text, not cells of labels. */
    static final int PROSE_COLUMNS = 40;
    static final double PROSE_SHARE = 0.3;

    /**
     * Whether the block's columns are independent, as a page's columns are, rather than the cells of a table: a
     * table prints a cell of every column on most of its rows, while an article column runs on past a sidebar that
     * ends (or begins) elsewhere. At least {@link #SIDE_LINES} rows hold both sides, so the two really stand side by
     * side rather than one below the other.
     */
    private static boolean sideBySide(List<Row> rows, int[] block) {
        int left = 0;
        int right = 0;
        int both = 0;
        int wideLeft = 0;
        int wideRight = 0;
        for (int k = block[0]; k <= block[1]; k++) {
            Row r = rows.get(k);
            if (r.isBlank()) {
                continue;
            }
            boolean l = r.first() < block[2];
            boolean rt = r.last() >= block[3];
            left += l ? 1 : 0;
            right += rt ? 1 : 0;
            both += l && rt ? 1 : 0;
            if (l && Math.min(r.last() + 1, block[2]) - r.first() >= PROSE_COLUMNS) {
                wideLeft++;
            }
            if (rt && r.last() + 1 - Math.max(r.first(), block[3]) >= PROSE_COLUMNS) {
                wideRight++;
            }
        }
        boolean prose = wideLeft >= PROSE_SHARE * left || wideRight >= PROSE_SHARE * right;
        if (left + right - both < MIN_LINES || both < SIDE_LINES || !prose) {
            return false;
        }
        int most = Math.max(left, right);
        if (both <= SHARED_ROWS * most) {
            return true;
        }
        return both <= SHARED_ROWS_LOOSE * most && left + right - both >= LONG_ROWS;
    }

    /** Whether {@code union} leaves {@link #GUTTER} columns blank somewhere between its text. */
    private static boolean hasGap(BitSet union) {
        int lo = union.nextSetBit(0);
        if (lo < 0) {
            return true;
        }
        int hi = union.length();
        for (int at = union.nextClearBit(lo); at < hi; at = union.nextClearBit(at)) {
            int next = union.nextSetBit(at);
            if (next - at >= GUTTER) {
                return true;
            }
            at = next;
        }
        return false;
    }

    /** The first gutter of rows {@code from..to}: free columns between their text with enough rows either side. */
    private static int[] gutter(List<Row> rows, int from, int to, BitSet union) {
        int lo = union.nextSetBit(0);
        if (lo < 0) {
            return null;
        }
        int at = union.nextClearBit(lo);
        int hi = union.length();
        while (at < hi) {
            int next = union.nextSetBit(at);
            if (next - at >= GUTTER && sides(rows, from, to, at, next)) {
                return new int[] {at, next};
            }
            at = union.nextClearBit(next);
        }
        return null;
    }

    private static boolean sides(List<Row> rows, int from, int to, int start, int end) {
        int left = 0;
        int right = 0;
        for (int k = from; k <= to && (left < SIDE_LINES || right < SIDE_LINES); k++) {
            Row r = rows.get(k);
            if (r.isBlank()) {
                continue;
            }
            if (r.first() < start) {
                left++;
            }
            if (r.last() >= end) {
                right++;
            }
        }
        return left >= SIDE_LINES && right >= SIDE_LINES;
    }

    /** One printed line with the display column of each of its characters. */
    static final class Row {
        static final Row BLANK = new Row("");

        private final String text;
        private final int[] columns;
        private final int width;
        private BitSet occupied;
        private final int first;
        private final int last;

        Row(String text) {
            this.text = text;
            if (text.length() > MAX_COLUMNS && !ruleOnly(text)) {
                // too wide to stand in a block (each character takes a column at least): no columns are worked out
                this.columns = null;
                this.width = text.length();
                this.first = Whitespace.isBlank(text) ? -1 : 0;
                this.last = width - 1;
                return;
            }
            this.columns = new int[text.length() + 1];
            int col = 0;
            int firstCol = -1;
            int lastCol = -1;
            for (int i = 0; i < text.length(); i++) {
                columns[i] = col;
                char c = text.charAt(i);
                int w = c == '\t' ? 8 - col % 8 : Character.isLowSurrogate(c) ? 0 : wide(text.codePointAt(i)) ? 2 : 1;
                if (c != ' ' && c != '\t' && w > 0 && !rule(c)) {
                    if (firstCol < 0) {
                        firstCol = col;
                    }
                    lastCol = col + w - 1;
                }
                col += w;
            }
            columns[text.length()] = col;
            // a rule drawn across the page, however wide, holds no text that could stand in a column
            this.width = lastCol < 0 ? 0 : col;
            this.first = firstCol;
            this.last = lastCol;
        }

        String text() {
            return text;
        }

        int width() {
            return width;
        }

        boolean isBlank() {
            return first < 0;
        }

        int first() {
            return first;
        }

        int last() {
            return last;
        }

        BitSet occupied() {
            if (occupied == null) {
                occupied = new BitSet(width);
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c != ' ' && c != '\t' && !Character.isLowSurrogate(c) && !rule(c)) {
                        occupied.set(columns[i], columns[i + 1] > columns[i] ? columns[i + 1] : columns[i] + 1);
                    }
                }
            }
            return occupied;
        }

        /** The characters between display columns {@code from} (inclusive) and {@code to}, right-trimmed. */
        Row cut(int from, int to) {
            int a = 0;
            while (a < text.length() && columns[a] < from) {
                a++;
            }
            int b = a;
            while (b < text.length() && columns[b] < to) {
                b++;
            }
            while (b > a && text.charAt(b - 1) == ' ') {
                b--;
            }
            if (a == b) {
                return BLANK;
            }
            if (a == 0 && b == text.length()) {
                return this;
            }
            // the part keeps its place: what was left of it becomes spaces, so its own gutters stay where they were
            StringBuilder sb = new StringBuilder(b - a + Math.max(0, columns[a] - from));
            for (int k = from; k < columns[a] && k < to; k++) {
                sb.append(' ');
            }
            return new Row(sb.append(text, a, b).toString());
        }

        /**
         * A box-drawing character: the text browser draws a table's borders ("│", "┌──┐") and horizontal rules
         * ("━━━") with them. They are no text: a border beside a gutter does not close it, and a rule drawn across
         * both columns does not join them.
         */
        static boolean rule(char c) {
            return c >= 0x2500 && c <= 0x257F;
        }

        private static boolean ruleOnly(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c != ' ' && c != '\t' && !rule(c)) {
                    return false;
                }
            }
            return true;
        }

        /** East Asian wide and fullwidth characters take two display columns. */
        static boolean wide(int cp) {
            return cp >= 0x1100 && (cp <= 0x115F || cp == 0x2329 || cp == 0x232A
                    || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F || cp >= 0xAC00 && cp <= 0xD7A3
                    || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                    || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x1F300 && cp <= 0x1F64F
                    || cp >= 0x20000 && cp <= 0x3FFFD);
        }
    }
}
