package org.claimline.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises writers of one file: threads of this process through a lock per file, other processes (a second
 * window, a command-line import) through an advisory lock on a hidden {@code .<name>.lock} file beside it.
 * Held from reading the file on disk to renaming the new version into place, so no writer's update is lost
 * between another's comparison and its rename. Where the folder is read-only no lock file can be made; then
 * nothing can be written there either, and the write itself reports why.
 */
public final class WriteLock {
    private static final ConcurrentHashMap<Path, ReentrantLock> LOCAL = new ConcurrentHashMap<>();

    private WriteLock() {
    }

    /** Work done while the lock is held. */
    @FunctionalInterface
    public interface Locked<T, E extends Exception> {
        T run() throws E;
    }

    public static <T, E extends Exception> T holding(Path file, Locked<T, E> work) throws E, IOException {
        Path real = AtomicFiles.resolveLinks(file).toAbsolutePath();
        ReentrantLock local = LOCAL.computeIfAbsent(real, k -> new ReentrantLock());
        local.lock();
        try {
            Path lockFile = real.resolveSibling("." + real.getFileName() + ".lock");
            FileChannel ch;
            try {
                ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            } catch (AccessDeniedException | java.nio.file.NoSuchFileException e) {
                return work.run();
            } catch (FileSystemException e) {
                if (e.getReason() != null && e.getReason().contains("Read-only")) {
                    return work.run();
                }
                throw e;
            }
            try (ch; FileLock ignored = ch.lock()) {
                return work.run();
            }
        } finally {
            local.unlock();
        }
    }
}
