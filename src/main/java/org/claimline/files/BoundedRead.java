package org.claimline.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a whole file only when it is a regular file and only up to a limit counted in bytes actually read:
 * a pipe, a device ({@code /dev/zero}) or a link to one is refused before it is opened (opening a pipe with no
 * writer would block), and a file that grows past the limit while it is read is refused too.
 */
public final class BoundedRead {
    private BoundedRead() {
    }

    /** Thrown when a file cannot be read as a whole; the message names the file and says why in plain words. */
    public static final class RefusedException extends IOException {
        private final Reason reason;

        public RefusedException(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** Why a read was refused. */
    public enum Reason {
        MISSING, NOT_A_FILE, TOO_LARGE
    }

    /**
     * The file's bytes. {@code what} names the kind of file in messages ("a sidecar", "an article").
     *
     * @throws RefusedException when the file is missing, not a regular file, or larger than {@code maxBytes}
     * @throws IOException when reading fails
     */
    public static byte[] read(Path file, long maxBytes, String what) throws IOException {
        requireRegularFile(file, what);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(file, maxBytes, what);
            }
            return bytes;
        }
    }

    /** Refuses a path that is missing or is not a regular file (following links), without opening it. */
    public static void requireRegularFile(Path file, String what) throws RefusedException {
        if (Files.isRegularFile(file)) {
            return;
        }
        if (!Files.exists(file) && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new RefusedException(Reason.MISSING, file + ": no such file.");
        }
        if (!Files.exists(file)) {
            throw new RefusedException(Reason.MISSING, file + " is a link to a file that does not exist.");
        }
        String kind = Files.isDirectory(file) ? "a folder" : "not a regular file (it is a pipe, a device or a socket)";
        throw new RefusedException(Reason.NOT_A_FILE, file + " is " + kind + "; Claimline reads " + what
                + " only from an ordinary file.");
    }

    public static RefusedException tooLarge(Path file, long maxBytes, String what) {
        return new RefusedException(Reason.TOO_LARGE, file + " is larger than " + describeSize(maxBytes)
                + ", the most Claimline reads as " + what + ".");
    }

    /** {@code 52428800} → "50 MB"; sizes that are not whole mebibytes are given in bytes. */
    public static String describeSize(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return (bytes >> 20) + " MB";
        }
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
            return (bytes >> 10) + " KB";
        }
        return bytes + " bytes";
    }

    /** Whether {@code e} says the file does not exist (for callers that treat a missing file as empty). */
    public static boolean isMissing(IOException e) {
        return e instanceof NoSuchFileException
                || e instanceof RefusedException r && r.reason() == Reason.MISSING;
    }
}
