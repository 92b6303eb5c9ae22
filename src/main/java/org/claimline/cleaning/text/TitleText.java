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
        t = withoutImages(t);
        t = COMMENT_COUNT.matcher(t).replaceFirst("");
        t = t.replaceAll("\\s{2,}", " ").strip();
        if (t.isEmpty() || links(t) >= 2) {
            return null;
        }
        // what a file name or a border leaves of a navigation line: one or two words
        return t.equals(line.strip()) || words(t) >= 3 ? t : null;
    }

    /** {@code t} without the picture file names the dump printed in it ("rr_smallindicator.gif"). */
    private static String withoutImages(String t) {
        StringBuilder b = new StringBuilder();
        int pos = 0;
        int[] span;
        while ((span = LineShapeStep.nextImage(t, pos)) != null) {
            b.append(t, pos, span[0]).append(' ');
            pos = span[1];
        }
        return b.append(t.substring(pos)).toString();
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
