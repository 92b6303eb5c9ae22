package org.claimline.model;

import java.util.Objects;

/** The quoted passage with its context, as in a W3C TextQuoteSelector. Prefix/suffix may be empty. */
public record TextQuote(String exact, String prefix, String suffix) {
    public static final int CONTEXT_LENGTH = 32;

    public TextQuote {
        Objects.requireNonNull(exact, "exact");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    /** The quote of {@code range} in {@code text} with up to 32 code points of context each side. */
    public static TextQuote of(String text, TextRange range) {
        int ps = range.start();
        for (int n = 0; n < CONTEXT_LENGTH && ps > 0; n++) {
            ps = text.offsetByCodePoints(ps, -1);
        }
        int se = range.end();
        for (int n = 0; n < CONTEXT_LENGTH && se < text.length(); n++) {
            se = text.offsetByCodePoints(se, 1);
        }
        return new TextQuote(text.substring(range.start(), range.end()),
                text.substring(ps, range.start()), text.substring(range.end(), se));
    }
}
