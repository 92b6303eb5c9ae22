package org.claimline.analysis;

import java.util.Locale;

/** What a matrix cell counts: claims, or the articles that hold at least one such claim. */
public enum Count {
    CLAIMS, ARTICLES;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code claims} or {@code articles} (any case, singular accepted); null otherwise. */
    public static Count parse(String s) {
        if (s == null) {
            return null;
        }
        String k = s.trim().toLowerCase(Locale.ROOT);
        return k.equals("claims") || k.equals("claim") ? CLAIMS
                : k.equals("articles") || k.equals("article") ? ARTICLES : null;
    }
}
