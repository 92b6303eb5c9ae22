package org.claimline.ui;

/** What the status bar says about the annotations on disk. */
public enum SaveState {
    /** The built-in sample: edits live only in this session. */
    NOT_SAVED_SAMPLE("Sample \u2014 edits are not saved"),
    SAVED("Saved"),
    UNSAVED("Unsaved changes"),
    SAVING("Saving\u2026"),
    FAILED("Save failed");

    private final String label;

    SaveState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
