package org.claimline.cleaning.text;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A photo gallery printed between paragraphs numbers its slides "1/50 Caption", "2/50 …": at least
 * {@link #MIN_SLIDES} lines that open with consecutive counters over the same total. Each counter line and the
 * text printed after it up to the next counter (the slide's caption) is the gallery's, not the article's; the
 * last slide keeps the usual slide length.
 */
final class GallerySlides {

    static final int MIN_SLIDES = 3;
    private static final Pattern COUNTER = Pattern.compile("^(\\d{1,3}) ?/ ?(\\d{1,3})(?:\\s|$)");

    private GallerySlides() {
    }

    static void mark(List<TextLine> ls) {
        int runLength = 0;
        int[] at = new int[ls.size()];
        int total = -1;
        int expected = -1;
        for (int i = 0; i <= ls.size(); i++) {
            int[] c = i < ls.size() ? counter(ls.get(i).text) : null;
            if (c == null && i < ls.size()) {
                continue;
            }
            if (c != null && runLength > 0 && c[1] == total && c[0] == expected) {
                at[runLength++] = i;
                expected++;
                continue;
            }
            if (runLength >= MIN_SLIDES) {
                markRun(ls, Arrays.copyOf(at, runLength));
            }
            runLength = 0;
            if (c != null) {
                at[runLength++] = i;
                total = c[1];
                expected = c[0] + 1;
            }
        }
    }

    private static void markRun(List<TextLine> ls, int[] slides) {
        int[] gaps = new int[slides.length - 1];
        for (int k = 0; k + 1 < slides.length; k++) {
            gaps[k] = slides[k + 1] - slides[k];
        }
        Arrays.sort(gaps);
        int usual = gaps[gaps.length / 2];
        for (int k = 0; k < slides.length; k++) {
            int end = k + 1 < slides.length ? slides[k + 1] : Math.min(ls.size(), slides[k] + usual);
            for (int j = slides[k]; j < end; j++) {
                TextLine l = ls.get(j);
                if (l.shape == TextLine.Shape.TEXT) {
                    l.shape = TextLine.Shape.GALLERY;
                }
            }
        }
    }

    /** {number, total} of a line that opens with a slide counter no larger than its total, or null. */
    static int[] counter(String t) {
        Matcher m = COUNTER.matcher(t);
        if (!m.find()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        int total = Integer.parseInt(m.group(2));
        return n >= 1 && n <= total ? new int[] {n, total} : null;
    }
}
