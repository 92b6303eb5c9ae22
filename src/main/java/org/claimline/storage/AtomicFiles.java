package org.claimline.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.UUID;

/**
 * Writes of the workspace's own files (codebook, statuses, sidecar taxonomy edits): a temporary file beside the
 * target, forced to disk and renamed over it, and optionally only if the target still holds what was read (so a
 * change by another writer in the meantime is noticed rather than overwritten).
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
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            if (expected != null) {
                byte[] now = Files.exists(target) ? Files.readAllBytes(target) : new byte[0];
                if (!Arrays.equals(now, expected)) {
                    throw new ChangedMeanwhile(target);
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (ChangedMeanwhile e) {
            throw e;
        } catch (IOException e) {
            throw new IOException(cannotWrite(target, e), e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Reads a file of at most {@code max} bytes; an empty array when it does not exist. */
    public static byte[] readBounded(Path p, long max, String what) throws IOException {
        if (!Files.exists(p)) {
            return new byte[0];
        }
        long size = Files.size(p);
        if (size > max) {
            throw new IOException(p + " is " + (size >> 10) + " KB, larger than a " + what + " may be");
        }
        return Files.readAllBytes(p);
    }

    static String cannotWrite(Path target, IOException e) {
        String reason = e.getMessage() == null ? "" : e.getMessage();
        String why;
        if (e instanceof AccessDeniedException) {
            why = "there is no permission to write in that folder";
        } else if (reason.contains("Read-only file system")) {
            why = "the disk is read-only";
        } else if (reason.contains("No space left")) {
            why = "the disk is full";
        } else {
            why = reason.isBlank() ? "an input/output error" : reason;
        }
        return "Could not write " + target + ": " + why + ".";
    }
}
