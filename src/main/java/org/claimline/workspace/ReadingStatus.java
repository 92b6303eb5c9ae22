package org.claimline.workspace;

import java.util.Locale;

/** Where the analyst is with an article, set by hand in the library. */
public enum ReadingStatus {
    TO_READ("to read"), IN_PROGRESS("in progress"), DONE("done");

    private final String label;

    ReadingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The id written to the workspace file ({@code to-read}, {@code in-progress}, {@code done}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The status with this id or label, or {@link #TO_READ} for anything else. */
    public static ReadingStatus parse(String s) {
        if (s != null) {
            for (ReadingStatus r : values()) {
                if (r.id().equalsIgnoreCase(s.trim()) || r.label.equalsIgnoreCase(s.trim())) {
                    return r;
                }
            }
        }
        return TO_READ;
    }

    @Override
    public String toString() {
        return label;
    }
}
