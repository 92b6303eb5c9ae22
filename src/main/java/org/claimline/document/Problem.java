package org.claimline.document;

/** Something the user must be told (a dialog); the kind decides which choices it offers. */
public record Problem(String title, String message, Kind kind) {
    public enum Kind {
        /** An error; OK closes it. */
        ERROR,
        /** Saving failed; offers Save As. */
        SAVE_FAILED,
        /** The sidecar cannot be read; offers moving it aside to start fresh, or leaving it untouched. */
        SIDECAR_UNREADABLE,
        /** Information (read-only sidecar, re-anchored claims, import summary). */
        INFO
    }

    public Problem(String title, String message) {
        this(title, message, Kind.ERROR);
    }
}
