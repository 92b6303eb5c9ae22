package org.claimline.cleaning.text;

import org.claimline.cleaning.LanguageGuess;
import org.claimline.cleaning.Stopwords;

/** Guesses the page language from its longer lines (menus say little) and picks that language's stopwords. */
public final class LanguageStep implements TextDumpStep {

    private static final int SAMPLE_CHARS = 8_000;

    @Override
    public String name() {
        return "language";
    }

    @Override
    public void apply(TextDumpContext ctx) {
        StringBuilder sample = new StringBuilder();
        for (TextLine l : ctx.lines) {
            if (l.text.length() >= 60) {
                sample.append(l.text, 0, Math.min(l.text.length(), SAMPLE_CHARS - sample.length())).append('\n');
                if (sample.length() >= SAMPLE_CHARS) {
                    break;
                }
            }
        }
        if (sample.length() < 200) {
            for (TextLine l : ctx.lines) {
                sample.append(l.text, 0, Math.min(l.text.length(), 1000)).append('\n');
                if (sample.length() >= SAMPLE_CHARS) {
                    break;
                }
            }
        }
        ctx.language = LanguageGuess.guess(sample);
        ctx.stopwords = Stopwords.forLanguage(ctx.language);
        ctx.metadata = ctx.metadata.withLanguage(ctx.language);
    }
}
