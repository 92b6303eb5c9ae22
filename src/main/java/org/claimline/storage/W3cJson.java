package org.claimline.storage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimline.model.TextQuote;
import org.jsoup.Jsoup;

/** Reading W3C Web Annotation JSON for {@link W3cImport}: text selectors, bodies, and lenient JSON helpers. */
final class W3cJson {
    private W3cJson() {
    }

    /** Text selectors found on one target; positions in code points, -1 when absent. */
    static final class TextSelection {
        TextQuote quote;
        int start = -1;
        int end = -1;
        boolean relative;
    }

    static TextSelection textSelection(JsonNode target) {
        if (!target.isObject()) {
            return null;
        }
        TextSelection s = new TextSelection();
        for (JsonNode sel : asList(target.path("selector"))) {
            collect(sel, s, false, 0);
        }
        return s.quote == null && s.start < 0 && !s.relative ? null : s;
    }

    /** Walks a selector and its {@code refinedBy} chain; positions under a non-text selector are relative to it. */
    static void collect(JsonNode sel, TextSelection s, boolean refined, int depth) {
        if (!sel.isObject() || depth > 20) {
            return;
        }
        if (hasType(sel, "TextQuoteSelector") && sel.path("exact").isTextual() && s.quote == null) {
            s.quote = new TextQuote(sel.get("exact").asText(), sel.path("prefix").asText(""), sel.path("suffix").asText(""));
        } else if (hasType(sel, "TextPositionSelector") && sel.path("start").canConvertToInt()
                && sel.path("end").canConvertToInt() && sel.get("start").isIntegralNumber()) {
            if (refined) {
                s.relative = true;
            } else if (s.start < 0) {
                s.start = sel.get("start").asInt();
                s.end = sel.get("end").asInt();
            }
        }
        boolean textual = hasType(sel, "TextQuoteSelector") || hasType(sel, "TextPositionSelector");
        for (JsonNode r : asList(sel.path("refinedBy"))) {
            collect(r, s, refined || !textual, depth + 1);
        }
    }

    static String describeTarget(JsonNode target) {
        List<JsonNode> targets = asList(target);
        if (targets.isEmpty()) {
            return "no target";
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (JsonNode t : targets) {
            if (t.isTextual()) {
                kinds.add("a whole resource (" + t.asText() + ")");
            } else if (t.has("selector")) {
                for (JsonNode sel : asList(t.get("selector"))) {
                    kinds.add(sel.isTextual() ? "a selector by reference" : "a " + sel.path("type").asText("untyped") + " selector");
                }
            } else if (t.has("type") && t.has("items")) {
                kinds.add("a " + t.get("type").asText() + " of resources");
            } else {
                kinds.add("a whole resource" + (t.path("type").isTextual() ? " (" + t.get("type").asText() + ")" : ""));
            }
        }
        return "no text selector: the target is " + String.join(", ", kinds);
    }

    /** The text of a body: a TextualBody's value (HTML reduced to text), or the IRI of any other resource. */
    static String bodyText(JsonNode b) {
        if (b.isTextual()) {
            return b.asText();
        }
        if (b.path("value").isTextual() && (hasType(b, "TextualBody") || !b.has("type"))) {
            String v = b.get("value").asText();
            return b.path("format").asText("").contains("html") ? Jsoup.parse(v).text() : v;
        }
        if (b.path("source").isTextual()) {
            return b.get("source").asText();
        }
        if (b.path("source").path("id").isTextual()) {
            return b.get("source").get("id").asText();
        }
        return b.path("id").isTextual() ? b.get("id").asText() : null;
    }

    /** A body that is another resource (an IRI, or an object naming one) rather than text. */
    static boolean isLinkBody(JsonNode b) {
        if (b.isTextual()) {
            return true;
        }
        boolean text = b.path("value").isTextual() && (hasType(b, "TextualBody") || !b.has("type"));
        return !text && (b.path("source").isTextual() || b.path("source").path("id").isTextual() || b.path("id").isTextual());
    }

    static List<String> texts(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (JsonNode t : asList(n)) {
            if (t.isTextual()) {
                out.add(t.asText());
            }
        }
        return out;
    }

    static JsonNode firstTextual(JsonNode items) {
        for (JsonNode i : asList(items)) {
            if (hasType(i, "TextualBody") && i.path("value").isTextual()) {
                return i;
            }
        }
        return null;
    }

    static boolean hasType(JsonNode n, String type) {
        for (JsonNode t : asList(n.path("type"))) {
            if (t.isTextual() && (t.asText().equals(type) || t.asText().equals("oa:" + type))) {
                return true;
            }
        }
        return false;
    }

    static String firstText(JsonNode n) {
        for (JsonNode t : asList(n)) {
            if (t.isTextual()) {
                return t.asText();
            }
        }
        return null;
    }

    static List<JsonNode> asList(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return List.of();
        }
        if (n.isArray()) {
            List<JsonNode> out = new ArrayList<>();
            n.forEach(out::add);
            return out;
        }
        return List.of(n);
    }

    static List<String> distinct(List<String> l) {
        return List.copyOf(new LinkedHashSet<>(l));
    }

    static void append(StringBuilder sb, String v) {
        if (sb.length() > 0) {
            sb.append("\n\n");
        }
        sb.append(v);
    }
}
