package org.claimline.cleaning.text;

import org.claimline.cleaning.text.TextLine.Quality;
import org.claimline.cleaning.text.TextLine.Shape;

/**
 * jusText's context-free classification (Pomikálek 2011): length and stopword density decide short /
 * near-good / good / bad. Without HTML there is no link density; line shapes and repetition stand in for it.
 */
public final class ClassifyStep implements TextDumpStep {

    static final int LENGTH_LOW = Integer.getInteger("t.llow", 70);
    static final int LENGTH_HIGH = Integer.getInteger("t.lhigh", 200);
    static final double STOPWORDS_LOW = Double.parseDouble(System.getProperty("t.low", "0.22"));
    static final double STOPWORDS_HIGH = Double.parseDouble(System.getProperty("t.high", "0.27"));
    /** Repeated lines at least this long may be real paragraphs also printed as a teaser; keep one copy. */
    static final int LONG_REPEAT = 200;

    @Override
    public String name() {
        return "classify";
    }

    @Override
    public void apply(TextDumpContext ctx) {
        boolean stopwordsKnown = ctx.stopwords != null;
        for (TextLine l : ctx.lines) {
            l.quality = classify(l, stopwordsKnown);
            l.initialQuality = l.quality;
        }
    }

    static Quality classify(TextLine l, boolean stopwordsKnown) {
        if (l.shape != Shape.TEXT) {
            return Quality.BAD;
        }
        if (l.repeats > 1 && (l.weightedChars < LONG_REPEAT || l.firstOccurrence != l.index)) {
            return Quality.BAD;
        }
        int len = l.weightedChars;
        if (l.bullet && l.words <= 3) {
            return Quality.BAD;
        }
        if (len < LENGTH_LOW) {
            return Quality.SHORT;
        }
        if (!stopwordsKnown) {
            return len > LENGTH_HIGH ? Quality.GOOD : Quality.NEAR_GOOD;
        }
        double sd = l.stopwordDensity();
        if (sd >= STOPWORDS_HIGH) {
            return len > LENGTH_HIGH ? Quality.GOOD : Quality.NEAR_GOOD;
        }
        if (sd >= STOPWORDS_LOW) {
            return Quality.NEAR_GOOD;
        }
        return Quality.BAD;
    }
}
