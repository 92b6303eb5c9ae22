package org.claimline.model;

import java.util.Locale;

/** The claim's stance toward its actors. */
public enum Stance {
    SUPPORTS, OPPOSES, NEUTRAL, UNCLEAR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #id()}; unknown or null gives {@link #UNCLEAR}. */
    public static Stance fromId(String id) {
        if (id == null) {
            return UNCLEAR;
        }
        for (Stance s : values()) {
            if (s.id().equalsIgnoreCase(id.trim())) {
                return s;
            }
        }
        return UNCLEAR;
    }
}
