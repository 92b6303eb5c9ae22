package org.claimline.cleaning.text;

import org.claimline.cleaning.LanguageGuess;
import org.claimline.cleaning.Stopwords;

/** Guesses the page language from its longer lines (menus say little) and picks that language's stopwords. */
public final class LanguageStep implements TextDumpStep {

    private static final int SAMPLE_CHARS = 8_000;

    /**
     * Markup a dump let through ({@code <div …>}, {@code <img …>}) and long runs of letters without spaces
     * (tracking addresses, hashes) hold many letter runs that look like words in some language: they say
     * nothing about the page's language.
     */
    static boolean prose(String text) {
        if (text.startsWith("<")) {
            return false;
        }
        int spaces = 0;
        int cjk = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                spaces++;
            } else if (LanguageGuess.isCjkChar(c)) {
                cjk++;
            }
        }
        return cjk * 4 >= text.length() || spaces * 30 >= text.length();
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public void apply(TextDumpContext ctx) {
        StringBuilder sample = new StringBuilder();
        for (TextLine l : ctx.lines) {
            if (l.text.length() >= 60 && prose(l.text)) {
                sample.append(l.text, 0, Math.min(l.text.length(), SAMPLE_CHARS - sample.length())).append('\n');
                if (sample.length() >= SAMPLE_CHARS) {
                    break;
                }
            }
        }
        if (sample.length() < 200) {
            for (TextLine l : ctx.lines) {
                if (!prose(l.text)) {
                    continue;
                }
                sample.append(l.text, 0, Math.min(l.text.length(), 1000)).append('\n');
                if (sample.length() >= SAMPLE_CHARS) {
                    break;
                }
            }
        }
        if (sample.length() == 0) {
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
