package org.claimline.export;

import java.util.List;

/**
 * A hand-rolled JSON writer for the analysis tables (Jackson lives only in storage): strings escaped per
 * RFC 8259 (quote, backslash, control characters; lone surrogates replaced), numbers as integers or plain
 * decimals, pretty-printed with two spaces.
 */
final class Json {
    private final StringBuilder sb = new StringBuilder(4096);
    private int depth;
    private boolean first = true;

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s == null ? 4 : s.length() + 2);
        quote(s, b);
        return b.toString();
    }

    static void quote(String s, StringBuilder b) {
        if (s == null) {
            b.append("null");
            return;
        }
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (ch < 0x20 || ch == '\u2028' || ch == '\u2029') {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else if (Character.isHighSurrogate(ch) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(ch).append(s.charAt(++i));
                    } else if (Character.isSurrogate(ch)) {
                        b.append("\\ufffd");
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        b.append('"');
    }

    Json beginObject() {
        value();
        sb.append('{');
        depth++;
        first = true;
        return this;
    }

    Json endObject() {
        return close('}');
    }

    Json beginArray() {
        value();
        sb.append('[');
        depth++;
        first = true;
        return this;
    }

    Json endArray() {
        return close(']');
    }

    Json name(String n) {
        separator();
        quote(n, sb);
        sb.append(": ");
        first = true;
        pendingName = true;
        return this;
    }

    private boolean pendingName;

    Json string(String v) {
        value();
        quote(v, sb);
        return this;
    }

    Json number(long v) {
        value();
        sb.append(v);
        return this;
    }

    Json number(double v) {
        value();
        sb.append(Double.isFinite(v) ? String.valueOf(Math.round(v * 1e6) / 1e6) : "null");
        return this;
    }

    Json strings(List<String> vs) {
        beginArray();
        vs.forEach(this::string);
        return endArray();
    }

    Json field(String n, String v) {
        return name(n).string(v);
    }

    Json field(String n, long v) {
        return name(n).number(v);
    }

    private void value() {
        if (pendingName) {
            pendingName = false;
            first = false;
            return;
        }
        separator();
    }

    private void separator() {
        if (!first) {
            sb.append(',');
        }
        if (depth > 0) {
            sb.append('\n').append("  ".repeat(depth));
        }
        first = false;
    }

    private Json close(char c) {
        depth--;
        if (!first) {
            sb.append('\n').append("  ".repeat(depth));
        }
        sb.append(c);
        first = false;
        return this;
    }

    @Override
    public String toString() {
        return sb.toString() + "\n";
    }
}
