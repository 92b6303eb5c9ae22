package org.claimline.export;

import java.util.regex.Pattern;

/** Escaping shared by the writers. Every string a user typed or a page supplied goes through here. */
final class Markup {
    private static final Pattern HEX_COLOR = Pattern.compile("^#[0-9a-fA-F]{6}$");

    private Markup() {
    }

    /** Text safe in HTML/XML element content and in double- or single-quoted attribute values. */
    static String escapeHtml(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escapeHtml(s, 0, s.length(), sb);
        return sb.toString();
    }

    static void escapeHtml(String s, int from, int to, StringBuilder sb) {
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    // Control characters other than tab/newline are invalid in XML 1.0 and useless in HTML.
                    if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0xFFFE || ch == 0xFFFF) {
                        sb.append('\uFFFD');
                    } else if (Character.isSurrogate(ch) && !validSurrogateAt(s, i)) {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
    }

    private static boolean validSurrogateAt(String s, int i) {
        char ch = s.charAt(i);
        if (Character.isHighSurrogate(ch)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** The colour if it is exactly {@code #rrggbb}, else the fallback: colours reach CSS unquoted. */
    static String safeColor(String color, String fallback) {
        return color != null && HEX_COLOR.matcher(color).matches() ? color.toLowerCase(java.util.Locale.ROOT) : fallback;
    }

    static void append(Appendable out, CharSequence s) {
        try {
            out.append(s);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static boolean isEmpty(String s) {
        return s == null || s.isBlank();
    }
}
