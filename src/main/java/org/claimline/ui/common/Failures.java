package org.claimline.ui.common;

/** What a failed background task says to the user. */
public final class Failures {
    private Failures() {
    }

    /** The exception's message, or a plain sentence when it has none. */
    public static String describe(Exception e) {
        return e.getMessage() == null ? "Something went wrong (" + e.getClass().getSimpleName() + ")." : e.getMessage();
    }
}
