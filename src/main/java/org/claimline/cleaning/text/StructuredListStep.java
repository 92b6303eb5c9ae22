package org.claimline.cleaning.text;

import java.util.List;
import org.claimline.cleaning.text.TextLine.Quality;
import org.claimline.cleaning.text.TextLine.Shape;

/**
 * Finds lists and tables the body introduces: a run of at least {@link #MIN_ROWS} short lines that share the same
 * skeleton (their first numbers and punctuation: "June 9 -- Arena, City" and "Aug. 4 -- Hall, Town", or
 * "1 Name 5040 5 1" and "2 Name 5035 7 0"), right after body text or a line ending in a colon (a header row may
 * sit between). Each row is too short to pass as text on its own; the run is part of the article, so its rows
 * become good lines. Menus and headline lists have no shared skeleton, and a numbered list of teasers is not
 * introduced by body text.
 */
public final class StructuredListStep implements TextDumpStep {

    private static void markRows(List<TextLine> ls, int from, int to) {
        for (int k = from; k < to; k++) {
            TextLine l = ls.get(k);
            if (l.shape == Shape.TEXT) {
                l.quality = Quality.GOOD;
                l.listRow = true;
            }
        }
    }

    /** Fewest rows that make a list, the longest row, and how many skeleton symbols rows must share. */
    static final int MIN_ROWS = 4;
    static final int ROW_MAX_CHARS = 100;
    static final int SKELETON = 2;

    @Override
    public void apply(TextDumpContext ctx) {
        List<TextLine> ls = ctx.lines;
        int i = 0;
        while (i < ls.size()) {
            String skeleton = skeleton(ls.get(i));
            if (skeleton == null) {
                i++;
                continue;
            }
            int end = runEnd(ls, i, skeleton);
            boolean list = rows(ls, i, end, skeleton) >= MIN_ROWS;
            if (list) {
                // the run may begin with the line that introduces it, or a header row: its rows start a little later
                for (int first = i; first <= i + 2 && rows(ls, first, end, skeleton) >= MIN_ROWS; first++) {
                    if (introduced(ls, first)) {
                        markRows(ls, first, end);
                        break;
                    }
                }
            }
            // a whole list is judged once, so the scan stays linear; a short run may hide the start of another one
            // behind its odd row
            i = list ? end : i + 1;
        }
    }

    /**
     * The first {@link #SKELETON} symbols of a row once letters and spaces are dropped, digit runs read as "0" and
     * a symbol repeated right after itself read once ("June 9 -- Arena, City" gives "0-", "1 Name 5040 5" gives
     * "00"); null for lines that cannot be a row.
     */
    static String skeleton(TextLine l) {
        if (l.shape != Shape.TEXT || l.bullet || l.words < 2 || l.text.length() > ROW_MAX_CHARS) {
            return null;
        }
        StringBuilder sb = new StringBuilder(SKELETON);
        String t = l.text;
        char prev = ' ';
        for (int i = 0; i < t.length() && sb.length() < SKELETON; i++) {
            char c = t.charAt(i);
            char sym;
            if (Character.isDigit(c)) {
                sym = '0';
            } else if (Character.isLetter(c) || Character.isWhitespace(c)
                    || c == '.' && i > 0 && Character.isLetter(t.charAt(i - 1))) {
                // letters, spaces and the full stop of an abbreviation ("Aug.", "Jr.") carry no structure
                prev = ' ';
                continue;
            } else {
                sym = c == '–' || c == '—' ? '-' : c;
            }
            if (sym != prev) {
                sb.append(sym);
            }
            prev = sym;
        }
        return sb.length() == SKELETON ? sb.toString() : null;
    }

    /**
     * End (exclusive) of the run from {@code start}: one odd row is allowed when the row after it fits again (a
     * name with a full stop in a table); lines that alternate with the rows (headline, date, headline…) end it.
     */
    static int runEnd(List<TextLine> ls, int start, String skeleton) {
        int end = start + 1;
        boolean oddSeen = false;
        while (end < ls.size()) {
            if (skeleton.equals(skeleton(ls.get(end)))) {
                end++;
            } else if (!oddSeen && end + 1 < ls.size() && ls.get(end).shape == Shape.TEXT
                    && skeleton.equals(skeleton(ls.get(end + 1)))) {
                oddSeen = true;
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    private static int rows(List<TextLine> ls, int start, int end, String skeleton) {
        int n = 0;
        for (int k = start; k < end; k++) {
            if (skeleton.equals(skeleton(ls.get(k)))) {
                n++;
            }
        }
        return n;
    }

    /** Body text or a colon line just before the run, or before its header row. */
    static boolean introduced(List<TextLine> ls, int start) {
        for (int k = start - 1; k >= Math.max(0, start - 2); k--) {
            TextLine l = ls.get(k);
            if (l.shape != Shape.TEXT || l.bullet) {
                return false;
            }
            if (l.quality == Quality.GOOD || l.initialQuality == Quality.NEAR_GOOD
                    || l.text.endsWith(":") || l.text.endsWith("：")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String name() {
        return "structured-list";
    }
}
