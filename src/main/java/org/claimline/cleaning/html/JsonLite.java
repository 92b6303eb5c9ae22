package org.claimline.cleaning.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small lenient JSON reader for JSON-LD blocks (the cleaning package may not use Jackson). Objects
 * become maps, arrays lists, numbers and literals strings. Nesting is bounded so hostile input cannot
 * exhaust the stack; anything malformed gives null.
 */
public final class JsonLite {
    private static final int MAX_DEPTH = 64;

    private final String s;
    private int i;

    private JsonLite(String s) {
        this.s = s;
    }

    /** The parsed value (map, list or string), or null when {@code text} is null or malformed. */
    public static Object parse(String text) {
        if (text == null) {
            return null;
        }
        JsonLite p = new JsonLite(text);
        try {
            Object v = p.value(0);
            p.ws();
            return v;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void ws() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("too deep");
        }
        ws();
        char c = s.charAt(i);
        if (c == '{') {
            i++;
            Map<String, Object> m = new LinkedHashMap<>();
            ws();
            if (s.charAt(i) == '}') {
                i++;
                return m;
            }
            while (true) {
                ws();
                String k = string();
                ws();
                expect(':');
                m.put(k, value(depth + 1));
                ws();
                if (s.charAt(i) == ',') {
                    i++;
                    continue;
                }
                expect('}');
                return m;
            }
        }
        if (c == '[') {
            i++;
            List<Object> l = new ArrayList<>();
            ws();
            if (s.charAt(i) == ']') {
                i++;
                return l;
            }
            while (true) {
                l.add(value(depth + 1));
                ws();
                if (s.charAt(i) == ',') {
                    i++;
                    continue;
                }
                expect(']');
                return l;
            }
        }
        if (c == '"') {
            return string();
        }
        int start = i;
        while (i < s.length() && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        String lit = s.substring(start, i);
        if (lit.isEmpty()) {
            throw new IllegalStateException("unexpected " + c);
        }
        return "null".equals(lit) ? null : lit;
    }

    private void expect(char c) {
        if (s.charAt(i) != c) {
            throw new IllegalStateException("expected " + c);
        }
        i++;
    }

    private String string() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = s.charAt(i++);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> sb.append(e);
            }
        }
    }
}
