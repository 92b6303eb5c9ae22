package org.claimline.anchoring;

/**
 * A text with typographic noise removed, remembering for each of its characters which span of the
 * original produced it. Re-scrapes and cleaner versions differ in exactly these ways (curly or straight
 * quotes, dash styles, NBSP, doubled spaces, line breaks, soft hyphens), and none of them changes what a
 * passage says, so matching is done here and results are mapped back to original offsets.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] from;
    private final int[] to;

    private NormalizedText(String original, String text, int[] from, int[] to) {
        this.original = original;
        this.text = text;
        this.from = from;
        this.to = to;
    }

    public static NormalizedText of(String original) {
        int n = original.length();
        char[] out = new char[n + 16];
        int[] from = new int[n + 16];
        int[] to = new int[n + 16];
        int len = 0;
        for (int i = 0; i < n; i++) {
            char c = original.charAt(i);
            int repeat = 1;
            if (c == ' ' || isSpace(c)) {
                if (len > 0 && out[len - 1] == ' ' && to[len - 1] == i) {
                    to[len - 1] = i + 1;
                    continue;
                }
                c = ' ';
            } else if (c >= 128) {
                if (isInvisible(c)) {
                    continue;
                }
                if (c == '\u2026') {
                    c = '.';
                    repeat = 3;
                } else {
                    c = fold(c);
                }
            }
            if (len + repeat > out.length) {
                int size = out.length * 2 + 16;
                out = java.util.Arrays.copyOf(out, size);
                from = java.util.Arrays.copyOf(from, size);
                to = java.util.Arrays.copyOf(to, size);
            }
            for (int k = 0; k < repeat; k++) {
                out[len] = c;
                from[len] = i;
                to[len] = i + 1;
                len++;
            }
        }
        return new NormalizedText(original, new String(out, 0, len), from, to);
    }

    /** Just the normalised string of {@code s}: what {@link #of} gives as text, without the offset maps. */
    public static String normalize(String s) {
        int n = s.length();
        StringBuilder out = null;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 128) {
                if (out != null) {
                    out.append(c);
                }
                space = false;
                continue;
            }
            if (out == null) {
                // the text so far is plain ASCII without spaces, copied as it is
                out = new StringBuilder(n + 2).append(s, 0, i);
            }
            if (c == ' ' || isSpace(c)) {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
                continue;
            }
            space = false;
            if (c < 128) {
                out.append(c);
            } else if (c == '\u2026') {
                out.append("...");
            } else if (!isInvisible(c)) {
                out.append(fold(c));
            }
            // an invisible character between spaces parts them, as in of()
        }
        return out == null ? s : out.toString();
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Original index where normalised index {@code i} starts (the original length at the end). */
    public int originalStart(int i) {
        return i >= text.length() ? original.length() : from[i];
    }

    /** Original index just after normalised range [start, end). */
    public int originalEnd(int start, int end) {
        return end <= start ? originalStart(start) : to[end - 1];
    }

    /** The normalised index of the first normalised character produced at or after original index {@code o}. */
    public int normalizedIndex(int o) {
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (to[mid] <= o) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Whether {@code c} is a space of any kind: what {@link Character#isWhitespace} accepts, and the no-break
     * spaces it leaves out (U+00A0, U+2007, U+202F). Spelt out, because it is asked for every character of
     * every text compared.
     */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C';
        }
        if (c < '\u00A0') {
            return false;
        }
        return c == '\u00A0' || c == '\u1680' || c >= '\u2000' && c <= '\u200A' || c == '\u2028' || c == '\u2029'
                || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD' || c == '\u2060';
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u0060', '\u00B4' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> c;
        };
    }
}
