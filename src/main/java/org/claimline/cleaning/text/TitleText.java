package org.claimline.cleaning.text;

import java.util.regex.Pattern;

/**
 * The headline line as the reader shows it: what a dump printed on the same line is taken off (a table's or a
 * box's borders, a picture's file name, the post's comment count), and a line that turns out to be a row of links
 * ("News | Sports | Life | Arts", "« Older post | Main | Newer post »") or nothing but what was taken off is no
 * headline at all: no title rather than a wrong one.
 */
final class TitleText {
    /** Box-drawing characters (U+2500–U+257F): the borders w3m draws around table cells and boxes. */
    private static final Pattern BOX = Pattern.compile("[\\x{2500}-\\x{257F}]+");
    /** A picture's file name the dump printed beside the text: "rr_smallindicator.gif" (a page's, "index.html", may be a headline's word). */
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?<!\\S)[\\w.~-]+\\.(?:gif|jpe?g|png|svg|webp|bmp|ico)(?!\\S)", Pattern.CASE_INSENSITIVE);
    /** The comment count printed after a post's headline: "… for Free (NSFW) 149 Comments". */
    private static final Pattern COMMENT_COUNT = Pattern.compile(
            "\\s+\\d[\\d,.]*\\s+(?:comments?|responses?|replies)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK_SEPARATOR = Pattern.compile("\\s[|\u00a6\u2022]\\s");

    private TitleText() {
    }

    /** {@code line} tidied into a headline, or null when what is left is no headline. */
    static String tidy(String line) {
        String t = line;
        if (BOX.matcher(t).find()) {
            // the cell of the row holding the most words: the headline beside an empty box or a neighbour's cell
            String best = "";
            for (String cell : BOX.split(t)) {
                String c = cell.strip();
                if (words(c) > words(best)) {
                    best = c;
                }
            }
            t = best;
        }
        t = FILE_NAME.matcher(t).replaceAll(" ");
        t = COMMENT_COUNT.matcher(t).replaceFirst("");
        t = t.replaceAll("\\s{2,}", " ").strip();
        if (t.isEmpty() || links(t) >= 2) {
            return null;
        }
        // what a file name or a border leaves of a navigation line: one or two words
        return t.equals(line.strip()) || words(t) >= 3 ? t : null;
    }

    private static int links(String t) {
        int n = 0;
        var m = LINK_SEPARATOR.matcher(t);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
