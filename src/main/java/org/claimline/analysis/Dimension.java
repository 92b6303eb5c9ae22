package org.claimline.analysis;

import java.util.List;
import java.util.Locale;

/**
 * What a matrix axis, a filter or a chip can be about. Every claim has at least one key on each dimension:
 * missing values get a key of their own in brackets, so no claim drops out of a total.
 */
public enum Dimension {
    ISSUE("issue", "Issue"),
    ACTOR("actor", "Actor"),
    OUTLET("outlet", "Outlet"),
    STANCE("stance", "Stance"),
    CODER("coder", "Coder"),
    MONTH("month", "Month");

    public static final String NO_ISSUE = "(no issue)";
    public static final String NO_ACTOR = "(no actor)";
    public static final String NO_OUTLET = "(no outlet)";
    public static final String NO_CODER = "(no coder)";
    public static final String UNDATED = "undated";

    private final String id;
    private final String label;

    Dimension(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The word the command line uses: {@code issue}, {@code actor}… */
    public String id() {
        return id;
    }

    /** The word a heading uses: {@code Issue}, {@code Actor}… */
    public String label() {
        return label;
    }

    /** The row's keys on this dimension, each once. */
    public List<String> keys(ClaimRow row) {
        return switch (this) {
            case ISSUE -> row.issueKeys();
            case ACTOR -> row.actorKeys();
            case OUTLET -> List.of(row.outletKey());
            case STANCE -> List.of(row.claim().stance().id());
            case CODER -> List.of(row.coderKey());
            case MONTH -> List.of(row.monthKey());
        };
    }

    /** Whether any of the row's keys is {@code key}; no list is made for single-valued dimensions. */
    public boolean has(ClaimRow row, String key) {
        return switch (this) {
            case ISSUE -> row.issueKeys().contains(key);
            case ACTOR -> row.actorKeys().contains(key);
            case OUTLET -> row.outletKey().equals(key);
            case STANCE -> row.claim().stance().id().equals(key);
            case CODER -> row.coderKey().equals(key);
            case MONTH -> row.monthKey().equals(key);
        };
    }

    /** Whether {@code key} stands for a missing value ({@code (no issue)}, {@code undated}…). */
    public static boolean isMissing(String key) {
        return NO_ISSUE.equals(key) || NO_ACTOR.equals(key) || NO_OUTLET.equals(key) || NO_CODER.equals(key)
                || UNDATED.equals(key);
    }

    /** Parses {@link #id()} (any case, plural accepted); null when it names no dimension. */
    public static Dimension parse(String s) {
        if (s == null) {
            return null;
        }
        String k = s.trim().toLowerCase(Locale.ROOT);
        if (k.endsWith("s")) {
            k = k.substring(0, k.length() - 1);
        }
        for (Dimension d : values()) {
            if (d.id.equals(k)) {
                return d;
            }
        }
        return null;
    }

    /** The ids, for messages: {@code issue|actor|outlet|stance|coder|month}. */
    public static String choices() {
        return String.join("|", java.util.Arrays.stream(values()).map(Dimension::id).toList());
    }
}
