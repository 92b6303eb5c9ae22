package org.claimline.cleaning;

/** Input that cannot be cleaned (empty, binary, too large). The message is meant for the user. */
public class CleaningException extends Exception {
    public CleaningException(String message) {
        super(message);
    }

    public CleaningException(String message, Throwable cause) {
        super(message, cause);
    }
}
