package org.claimline.session;

import java.util.List;
import java.util.Set;

/** Default colours for new issues: twelve hues that stay distinguishable as soft highlights on light and dark paper. */
public final class IssuePalette {
    public static final List<String> COLORS = List.of(
            "#e8a33d", "#4a90d9", "#d0576b", "#4caf7d", "#9b6bd6", "#2bb3b1",
            "#e07a3f", "#7d8fa8", "#c7b42c", "#d66bb0", "#5c9e3a", "#8d6e63");

    private IssuePalette() {
    }

    /** The first palette colour not in use, or a colour chosen by position when all are taken. */
    public static String next(Set<String> used, int count) {
        for (String c : COLORS) {
            if (!used.contains(c)) {
                return c;
            }
        }
        return COLORS.get(count % COLORS.size());
    }

    /** Whether {@code s} is a {@code #rrggbb} colour. */
    public static boolean isColor(String s) {
        return s != null && s.matches("#[0-9a-fA-F]{6}");
    }
}
