package org.claimline.cleaning.common;

/** The one whitespace normaliser of the cleaner, for text dumps and HTML alike. */
public final class Whitespace {
    private Whitespace() {
    }

    /** Collapses every run of whitespace (no-break spaces included) to one space, trimmed; null gives "". */
    public static String normalize(String s) {
        return s == null ? "" : normalize(s, 0);
    }

    /**
     * {@link #normalize(String)} of {@code s} from index {@code from} on. Zero-width spaces, byte-order marks and
     * soft hyphens are dropped: a page shows nothing for them, neither a letter nor a space.
     */
    public static String normalize(String s, int from) {
        StringBuilder sb = new StringBuilder(Math.max(0, s.length() - from));
        boolean space = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
            } else if (isInvisible(c)) {
                continue;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whitespace as a reader sees it: Java's whitespace plus the no-break, figure and narrow no-break spaces. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f';
    }

    /** Characters that print nothing at all: zero-width space, byte-order mark, soft hyphen. */
    public static boolean isInvisible(char c) {
        return c == '\u200b' || c == '\ufeff' || c == '\u00ad';
    }

    /** True when {@code s} prints nothing: only whitespace and invisible characters. */
    public static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c) && !isInvisible(c)) {
                return false;
            }
        }
        return true;
    }
}
