package org.claimline.ui;

/** What the status bar says about the annotations on disk. */
public enum SaveState {
    /** The built-in sample: edits live only in this session. */
    NOT_SAVED_SAMPLE("Sample \u2014 edits are not saved"),
    SAVED("Saved"),
    UNSAVED("Unsaved changes"),
    SAVING("Saving\u2026"),
    FAILED("Save failed"),
    /** The sidecar on disk changed the same claims: waiting for the user's choice. */
    CONFLICT("Changed on disk \u2014 choose what to keep"),
    /** The sidecar was written by a newer version: shown, never written. */
    READ_ONLY("Read-only (newer format)"),
    /** The sidecar cannot be read: nothing is saved beside the article until it is moved aside. */
    UNREADABLE("Not saving \u2014 the sidecar is unreadable"),
    /** Saved with Save As to another file. */
    SAVED_ELSEWHERE("Saved to another file");

    private final String label;

    SaveState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
