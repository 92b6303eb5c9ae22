package org.claimline.cleaning.text;

import org.claimline.cleaning.text.TextLine.Quality;
import org.claimline.cleaning.text.TextLine.Shape;

/**
 * jusText's context-free classification (Pomikálek 2011): length and stopword density decide short /
 * near-good / good / bad. Without HTML there is no link density; line shapes and repetition stand in for it.
 */
public final class ClassifyStep implements TextDumpStep {

    static final int LENGTH_LOW = 70;
    static final int LENGTH_HIGH = 200;
    /** Lucene's Snowball lists are shorter than jusText's own, so densities run lower than its 0.30 / 0.32. */
    static final double STOPWORDS_LOW = 0.18;
    static final double STOPWORDS_HIGH = 0.22;
    static final double SENTENCE_STOPWORDS = 0.08;

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

    /** A list item written as a sentence ("Bugs fixed in the new release.") rather than a link's words. */
    static boolean sentenceItem(TextLine l) {
        if (l.words < 3 || l.text.isEmpty()) {
            return false;
        }
        char c = l.text.charAt(l.text.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？';
    }

    static Quality classify(TextLine l, boolean stopwordsKnown) {
        if (l.shape != Shape.TEXT) {
            return Quality.BAD;
        }
        // a line the page prints twice or more is a caption, a menu or a teaser; measured on the corpus,
        // keeping one copy of long repeated lines costs more precision than it brings recall
        if (l.repeats > 1) {
            return Quality.BAD;
        }
        int len = l.weightedChars;
        // w3m prints links in lists as bullets: a short bullet is a link until its neighbours say otherwise,
        // the stand-in for jusText's link density
        if (l.bullet && (l.words <= 3 || len < LENGTH_LOW)) {
            // …except one written as a sentence: that is a list inside the text, and its neighbours decide
            return sentenceItem(l) ? Quality.SHORT : Quality.BAD;
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
        // names and scores lower the density of real sentences; link lists rarely end like a sentence
        if (sd >= SENTENCE_STOPWORDS && l.endsSentence() && !l.bullet) {
            return Quality.NEAR_GOOD;
        }
        return Quality.BAD;
    }
}
