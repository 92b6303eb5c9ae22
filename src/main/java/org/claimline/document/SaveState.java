package org.claimline.document;

/** What the status bar says about the annotations on disk. */
public enum SaveState {
    /** No article is open (the start page). */
    NO_ARTICLE(""),
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

    /**
     * How the status bar shows it: "warning" when the claims are not safely on disk (the sample's claims are
     * kept nowhere, saving failed or is not possible), "unsaved" while a save is due, "saved" when they are on
     * disk, "" with no article.
     */
    public String tone() {
        return switch (this) {
            case NOT_SAVED_SAMPLE, FAILED, CONFLICT, READ_ONLY, UNREADABLE -> "warning";
            case UNSAVED, SAVING -> "unsaved";
            case SAVED, SAVED_ELSEWHERE -> "saved";
            case NO_ARTICLE -> "";
        };
    }

    /** Whether the status bar offers Save As beside it: the claims can only be kept by writing them elsewhere. */
    public boolean offersSaveAs() {
        return this == NOT_SAVED_SAMPLE || this == FAILED || this == READ_ONLY || this == UNREADABLE;
    }
}
