package org.claimline.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The filter every view follows. Values of one dimension are alternatives (issue A or B); dimensions, the date
 * range and the text all have to hold (issue A and outlet X). The range is inclusive on both ends and leaves
 * undated articles out; text is found in any case in the title, outlet, file, quote, summary, note, issues or
 * actors. Immutable: each change gives a new filter.
 */
public record Filter(Map<Dimension, Set<String>> values, LocalDate from, LocalDate to, String text) {
    public static final Filter NONE = new Filter(Map.of(), null, null, "");

    /** A removable piece of the filter, as the chips above the claims table show it. */
    public record Chip(Kind kind, Dimension dimension, String value) {
        public enum Kind { VALUE, RANGE, TEXT }

        /** {@code Issue: Trade}, {@code 2020-01-01 – 2020-03-31}, {@code Text: "apology"}. */
        public String label() {
            return switch (kind) {
                case VALUE -> dimension.label() + ": " + value;
                case RANGE -> "Published: " + value;
                case TEXT -> "Text: \u201c" + value + "\u201d";
            };
        }
    }

    public Filter {
        EnumMap<Dimension, Set<String>> copy = new EnumMap<>(Dimension.class);
        if (values != null) {
            values.forEach((d, vs) -> {
                if (vs != null && !vs.isEmpty()) {
                    copy.put(d, Collections.unmodifiableSet(new LinkedHashSet<>(vs)));
                }
            });
        }
        values = Collections.unmodifiableMap(copy);
        text = text == null ? "" : text.strip();
        if (from != null && to != null && from.isAfter(to)) {
            LocalDate t = from;
            from = to;
            to = t;
        }
    }

    /** The text, lower-cased as the rows' haystacks are, so any case matches. */
    private String needle() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isEmpty() {
        return values.isEmpty() && from == null && to == null && text.isEmpty();
    }

    public Set<String> valuesOf(Dimension d) {
        return values.getOrDefault(d, Set.of());
    }

    /** This filter with {@code value} added as an alternative on {@code d}. */
    public Filter with(Dimension d, String value) {
        Set<String> s = new LinkedHashSet<>(valuesOf(d));
        s.add(value);
        return withValues(d, s);
    }

    /** This filter with {@code d} holding exactly {@code value} (a matrix cell click narrows to it). */
    public Filter only(Dimension d, String value) {
        return withValues(d, Set.of(value));
    }

    public Filter without(Dimension d, String value) {
        Set<String> s = new LinkedHashSet<>(valuesOf(d));
        s.remove(value);
        return withValues(d, s);
    }

    private Filter withValues(Dimension d, Set<String> vs) {
        Map<Dimension, Set<String>> m = new EnumMap<>(Dimension.class);
        m.putAll(values);
        m.put(d, vs);
        return new Filter(m, from, to, text);
    }

    public Filter withRange(LocalDate f, LocalDate t) {
        return new Filter(values, f, t, text);
    }

    public Filter withText(String t) {
        return new Filter(values, from, to, t);
    }

    public Filter without(Chip chip) {
        return switch (chip.kind()) {
            case VALUE -> without(chip.dimension(), chip.value());
            case RANGE -> withRange(null, null);
            case TEXT -> withText("");
        };
    }

    /** The pieces of this filter, in dimension order, then range, then text. */
    public List<Chip> chips() {
        List<Chip> out = new ArrayList<>();
        values.forEach((d, vs) -> vs.forEach(v -> out.add(new Chip(Chip.Kind.VALUE, d, v))));
        if (from != null || to != null) {
            out.add(new Chip(Chip.Kind.RANGE, null, (from == null ? "\u2026" : from.toString()) + " \u2013 "
                    + (to == null ? "\u2026" : to.toString())));
        }
        if (!text.isEmpty()) {
            out.add(new Chip(Chip.Kind.TEXT, null, text));
        }
        return out;
    }

    /** The filter in words, one line per piece ("Issue: Trade or Security"); "No filter" when empty. */
    public List<String> describe() {
        if (isEmpty()) {
            return List.of("No filter: every claim of the corpus.");
        }
        List<String> out = new ArrayList<>();
        values.forEach((d, vs) -> out.add(d.label() + ": " + String.join(" or ", vs)));
        if (from != null || to != null) {
            out.add("Published: " + (from == null ? "any time" : "from " + from)
                    + (to == null ? "" : (from == null ? " up to " : " to ") + to) + " (undated articles left out)");
        }
        if (!text.isEmpty()) {
            out.add("Text contains: \u201c" + text + "\u201d");
        }
        return out;
    }

    public boolean test(ClaimRow row) {
        for (Map.Entry<Dimension, Set<String>> e : values.entrySet()) {
            if (!matchesAny(e.getKey(), row, e.getValue())) {
                return false;
            }
        }
        if (from != null || to != null) {
            LocalDate d = row.published();
            if (d == null || from != null && d.isBefore(from) || to != null && d.isAfter(to)) {
                return false;
            }
        }
        return text.isEmpty() || mentions(row, needle());
    }

    /** The rows that pass, in their order. */
    public List<ClaimRow> apply(List<ClaimRow> rows) {
        if (isEmpty()) {
            return rows;
        }
        List<ClaimRow> out = new ArrayList<>();
        Filter lower = text.isEmpty() ? this : new Filter(values, from, to, needle());
        for (ClaimRow r : rows) {
            if (lower.test(r)) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean matchesAny(Dimension d, ClaimRow row, Set<String> wanted) {
        if (wanted.size() == 1) {
            return d.has(row, wanted.iterator().next());
        }
        for (String k : d.keys(row)) {
            if (wanted.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(ClaimRow row, String needle) {
        return row.haystack().contains(needle);
    }
}
