package org.claimline.storage;

/** Saving failed; the message is written for the user (status bar, dialog) and names the file. */
public final class SidecarSaveException extends Exception {
    public SidecarSaveException(String message, Throwable cause) {
        super(message, cause);
    }
}
