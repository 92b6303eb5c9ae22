package org.claimline.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.UUID;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new complete file: the content
 * goes to a temporary file in the same folder, is flushed to disk, takes the old file's permissions and is
 * renamed over it. A symbolic link is followed and its target replaced (the link stays a link). Optionally the
 * previous version is kept as {@code <name>.bak}.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes the new content to the stream it is given; the stream is closed by {@link AtomicFiles}. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] bytes, boolean keepBackup) throws IOException {
        write(target, out -> out.write(bytes), keepBackup);
    }

    /**
     * Writes {@code body}'s output to {@code target} atomically. If {@code body} or anything else fails, the
     * target is left as it was and the temporary file is removed.
     */
    public static void write(Path target, Body body, boolean keepBackup) throws IOException {
        Path real = resolveLinks(target);
        Path dir = real.toAbsolutePath().getParent();
        String name = real.getFileName().toString();
        Path tmp = dir.resolve("." + name + "." + UUID.randomUUID() + ".tmp");
        boolean moved = false;
        try {
            // not Files.createTempFile: that makes the file owner-only, and the rename would carry it over
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                body.writeTo(new NonClosing(out));
                out.flush();
                ch.force(true);
            }
            boolean exists = Files.isRegularFile(real);
            if (exists) {
                copyPermissions(real, tmp);
                if (keepBackup) {
                    keepBackup(real, dir, name);
                }
            }
            try {
                Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            syncDirectory(dir);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the folder refused the write in the first place; nothing more to tidy
                }
            }
        }
    }

    /**
     * The file a write to {@code p} should replace: the final target when {@code p} is a symbolic link (a chain
     * of links is followed; a dangling link names the file it would create), else {@code p}.
     */
    public static Path resolveLinks(Path p) throws IOException {
        Path cur = p;
        for (int hops = 0; Files.isSymbolicLink(cur); hops++) {
            if (hops > 40) {
                throw new IOException(p + " is a link that leads round in a circle.");
            }
            Path link = Files.readSymbolicLink(cur);
            Path parent = cur.toAbsolutePath().getParent();
            cur = parent == null ? link : parent.resolve(link);
        }
        return cur.normalize();
    }

    private static void copyPermissions(Path from, Path to) {
        PosixFileAttributeView src = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView dst = Files.getFileAttributeView(to, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (src == null || dst == null) {
            return;
        }
        try {
            Set<PosixFilePermission> perms = src.readAttributes().permissions();
            dst.setPermissions(perms);
        } catch (IOException | UnsupportedOperationException ignored) {
            // keeping the mode is a courtesy; the content is what must not be lost
        }
    }

    /** A hard link makes the backup in one atomic step without copying; copy where links are unsupported. */
    private static void keepBackup(Path target, Path dir, String name) throws IOException {
        Path bak = dir.resolve(name + ".bak");
        Path bakTmp = dir.resolve("." + name + "." + UUID.randomUUID() + ".bak.tmp");
        try {
            Files.createLink(bakTmp, target);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(target, bakTmp, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel ch = FileChannel.open(bakTmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        }
        try {
            Files.move(bakTmp, bak, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(bakTmp, bak, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open a folder as a channel; its rename is durable without it
        }
    }

    /** Keeps a body from closing the channel before it is flushed and forced to disk. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
