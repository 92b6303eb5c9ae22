package org.claimline.storage;

import java.io.IOException;
import java.util.Arrays;
import java.nio.file.Path;
import org.claimline.files.BoundedRead;
import org.claimline.files.IoText;
import org.claimline.files.WriteLock;

/**
 * Writes of the workspace's own files (codebook, statuses, sidecar taxonomy edits) through the shared file rules
 * of {@link org.claimline.files}: atomic, at a link's target with its mode kept, and, when {@code expected} is
 * given, only if the target still holds what was read. The comparison and the rename happen under the same
 * {@link WriteLock} every sidecar writer holds, so a change by another writer in the meantime is noticed rather
 * than overwritten.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Thrown when the target changed between reading and writing; the caller reads again and re-applies. */
    public static final class ChangedMeanwhile extends IOException {
        ChangedMeanwhile(Path p) {
            super(p + " was changed by another program meanwhile");
        }
    }

    /**
     * Replaces {@code target} with {@code bytes}; with {@code expected} non-null (empty array: "did not exist"),
     * only if the file still holds exactly {@code expected}. Throws an IOException whose message is for the user.
     */
    public static void write(Path target, byte[] bytes, byte[] expected) throws IOException {
        WriteLock.holding(target, () -> {
            if (expected != null) {
                byte[] now = readBounded(target, Math.max(expected.length, SidecarMapper.MAX_FILE_BYTES), "file");
                if (!Arrays.equals(now, expected)) {
                    throw new ChangedMeanwhile(target);
                }
            }
            try {
                org.claimline.files.AtomicFiles.write(target, bytes, false);
            } catch (IOException e) {
                throw new IOException("Could not write " + target + ": " + IoText.describe(e) + ".", e);
            }
            return null;
        });
    }

    /** Reads a file of at most {@code max} bytes (counted as read; pipes and devices refused); empty when missing. */
    public static byte[] readBounded(Path p, long max, String what) throws IOException {
        try {
            return BoundedRead.read(p, max, "a " + what);
        } catch (BoundedRead.RefusedException e) {
            if (e.reason() == BoundedRead.Reason.MISSING && !java.nio.file.Files.exists(p,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return new byte[0];
            }
            throw e;
        }
    }
}
