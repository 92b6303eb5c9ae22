package org.claimline.cleaning.text;

import java.util.List;
import org.claimline.cleaning.text.TextLine.Quality;

/**
 * jusText's context-sensitive pass: short lines take the class of their surroundings (good between good lines),
 * near-good lines become good unless both neighbours are bad. Neighbours are precomputed in linear passes.
 */
public final class ContextSmoothingStep implements TextDumpStep {

    @Override
    public String name() {
        return "context-smoothing";
    }

    @Override
    public void apply(TextDumpContext ctx) {
        List<TextLine> ls = ctx.lines;
        int n = ls.size();
        if (n == 0) {
            return;
        }
        Quality[] prevStrict = new Quality[n];   // nearest previous good/bad (short and near-good skipped)
        Quality[] prevLoose = new Quality[n];    // nearest previous non-short
        Quality[] nextStrict = new Quality[n];
        Quality[] nextLoose = new Quality[n];
        Quality ps = Quality.BAD;
        Quality pl = Quality.BAD;
        for (int i = 0; i < n; i++) {
            prevStrict[i] = ps;
            prevLoose[i] = pl;
            Quality q = ls.get(i).quality;
            if (q == Quality.GOOD || q == Quality.BAD) {
                ps = q;
            }
            if (q != Quality.SHORT) {
                pl = q;
            }
        }
        Quality ns = Quality.BAD;
        Quality nl = Quality.BAD;
        for (int i = n - 1; i >= 0; i--) {
            nextStrict[i] = ns;
            nextLoose[i] = nl;
            Quality q = ls.get(i).quality;
            if (q == Quality.GOOD || q == Quality.BAD) {
                ns = q;
            }
            if (q != Quality.SHORT) {
                nl = q;
            }
        }
        Quality[] out = new Quality[n];
        for (int i = 0; i < n; i++) {
            Quality q = ls.get(i).quality;
            if (q == Quality.SHORT) {
                if (prevStrict[i] == Quality.GOOD && nextStrict[i] == Quality.GOOD) {
                    out[i] = Quality.GOOD;
                } else if (prevStrict[i] == Quality.BAD && nextStrict[i] == Quality.BAD) {
                    out[i] = Quality.BAD;
                } else if (prevStrict[i] == Quality.BAD && prevLoose[i] == Quality.NEAR_GOOD
                        || nextStrict[i] == Quality.BAD && nextLoose[i] == Quality.NEAR_GOOD) {
                    out[i] = Quality.GOOD;
                } else {
                    out[i] = Quality.BAD;
                }
            } else {
                out[i] = q;
            }
        }
        // near-good lines look at the classes the short lines just received
        ps = Quality.BAD;
        for (int i = 0; i < n; i++) {
            prevStrict[i] = ps;
            if (out[i] != Quality.NEAR_GOOD) {
                ps = out[i];
            }
        }
        ns = Quality.BAD;
        for (int i = n - 1; i >= 0; i--) {
            nextStrict[i] = ns;
            if (out[i] != Quality.NEAR_GOOD) {
                ns = out[i];
            }
        }
        boolean[] inRun = ctx.stopwords == null ? nearGoodRuns(ls) : null;
        for (int i = 0; i < n; i++) {
            if (out[i] == Quality.NEAR_GOOD) {
                out[i] = prevStrict[i] == Quality.BAD && nextStrict[i] == Quality.BAD && (inRun == null || !inRun[i])
                        ? Quality.BAD : Quality.GOOD;
            }
        }
        for (int i = 0; i < n; i++) {
            ls.get(i).quality = out[i];
        }
        verse(ls);
    }

    /**
     * A poem or a hymn prints one short line per verse: each too short to be judged, and a run of them between a
     * menu and a footer would all turn bad. {@link #VERSE_LINES} or more short lines of text in a row (at least
     * three words each, no list items) are verse when their words are {@link #VERSE_STOPWORDS} stopwords or more
     * (a menu's are names), at least {@link #VERSE_PUNCT} of them end with a punctuation mark (not a teaser's "…")
     * and {@link #VERSE_COMMAS} with a comma or a semicolon, as verse goes on from line to line: they are text.
     */
    static final int VERSE_LINES = 8;
    static final double VERSE_STOPWORDS = 0.3;
    static final double VERSE_PUNCT = 0.5;
    static final double VERSE_COMMAS = 0.2;

    /** Lifts runs of verse to good (see {@link #VERSE_LINES}); a line printed twice (the first verse as the title) stays. */
    static void verse(List<TextLine> ls) {
        int n = ls.size();
        int i = 0;
        while (i < n) {
            if (!verseLine(ls.get(i))) {
                i++;
                continue;
            }
            int j = i;
            int words = 0;
            int stop = 0;
            int punct = 0;
            int commas = 0;
            while (j < n && verseLine(ls.get(j))) {
                TextLine l = ls.get(j);
                words += l.words;
                stop += l.stopwords;
                char c = l.text.charAt(l.text.length() - 1);
                if ((c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?') && !MainRegionStep.trailsOff(l)) {
                    punct++;
                }
                if (c == ',' || c == ';') {
                    commas++;
                }
                j++;
            }
            if (j - i >= VERSE_LINES && stop >= VERSE_STOPWORDS * words && punct >= VERSE_PUNCT * (j - i)
                    && commas >= VERSE_COMMAS * (j - i)) {
                for (int k = i; k < j; k++) {
                    if (ls.get(k).repeats == 1) {
                        ls.get(k).quality = Quality.GOOD;
                    }
                }
            }
            i = j;
        }
    }

    /** A short line of text of three words or more; one printed twice too (it stays bad, but does not end a run). */
    private static boolean verseLine(TextLine l) {
        return l.shape == TextLine.Shape.TEXT && !l.bullet && l.words >= 3 && (l.initialQuality == Quality.SHORT
                || l.repeats > 1 && l.weightedChars < ClassifyStep.LENGTH_LOW);
    }

    /**
     * Without a stopword list (Chinese, Japanese…) length alone grades a line, and a blog's body is often a long
     * run of medium lines, every one near-good and none good: jusText would drop them all. Near-good lines whose
     * nearest neighbours with text (short lines and image file names skipped) are near-good or good too make a
     * run, and a run is body text.
     */
    static boolean[] nearGoodRuns(List<TextLine> ls) {
        int n = ls.size();
        boolean[] run = new boolean[n];
        int prev = -1;
        for (int i = 0; i < n; i++) {
            TextLine l = ls.get(i);
            if (l.quality == Quality.SHORT || l.shape == TextLine.Shape.IMAGE) {
                continue;
            }
            if (prev >= 0 && textual(ls.get(prev)) && textual(l)) {
                run[prev] = true;
                run[i] = true;
            }
            prev = i;
        }
        return run;
    }

    /** Near-good or good, and not a list item: a sidebar's list of headlines is near-good too. */
    private static boolean textual(TextLine l) {
        return (l.quality == Quality.NEAR_GOOD || l.quality == Quality.GOOD) && !l.bullet;
    }
}
