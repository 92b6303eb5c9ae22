package org.claimline.cleaning.text;

import java.util.List;
import org.claimline.cleaning.common.LanguageGuess;
import org.claimline.cleaning.common.Stopwords;

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
        // the longer prose lines first; short ones when the page has few; anything when there is no prose at all
        append(sample, ctx.lines, LONG_LINE, true, SAMPLE_CHARS);
        if (sample.length() < 200) {
            append(sample, ctx.lines, 0, true, 1000);
        }
        if (sample.length() == 0) {
            append(sample, ctx.lines, 0, false, 1000);
        }
        ctx.language = LanguageGuess.guess(sample);
        ctx.stopwords = Stopwords.forLanguage(ctx.language);
        ctx.metadata = ctx.metadata.withLanguage(ctx.language);
    }

    private static final int LONG_LINE = 60;

    /** Appends lines of at least {@code minLength} (prose only, if asked), each cut at {@code maxPerLine}. */
    private static void append(StringBuilder sample, List<TextLine> lines, int minLength, boolean proseOnly,
            int maxPerLine) {
        for (TextLine l : lines) {
            if (sample.length() >= SAMPLE_CHARS) {
                return;
            }
            if (l.text.length() >= minLength && (!proseOnly || prose(l.text))) {
                int room = Math.min(maxPerLine, SAMPLE_CHARS - sample.length());
                sample.append(l.text, 0, Math.min(l.text.length(), room)).append('\n');
            }
        }
    }
}
