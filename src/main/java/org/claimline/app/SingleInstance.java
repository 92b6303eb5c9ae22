package org.claimline.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One Claimline per user: the first launch holds a lock file and listens on a Unix-domain socket in the user's
 * config folder; a later launch hands its file (or just "come to front") to it and exits. A local socket in a
 * private folder, never a network port. The lock, not the socket file, decides who is first: the OS drops it when
 * the process dies, so a socket file left by a crash is simply replaced.
 */
public final class SingleInstance implements AutoCloseable {
    /** Overrides the folder (tests, or several independent profiles). */
    public static final String DIR_PROPERTY = "claimline.config.dir";
    static final String SOCKET = "claimline.sock";
    static final String LOCK = "claimline.lock";
    private static final String OPEN = "OPEN ";
    private static final String ACTIVATE = "ACTIVATE";
    private static final long CONNECT_PATIENCE_MILLIS = 3000;
    private static final long ANSWER_PATIENCE_MILLIS = 5000;

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ServerSocketChannel server;
    private final Path socket;
    private final List<Optional<Path>> pending = new ArrayList<>();
    private Consumer<Optional<Path>> handler;

    private SingleInstance(FileChannel lockChannel, FileLock lock, ServerSocketChannel server, Path socket) {
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.server = server;
        this.socket = socket;
    }

    /** What a launch found: either it is the first (and now serves the others) or it handed its file over. */
    public sealed interface Outcome permits Primary, HandedOff, Standalone {
    }

    public record Primary(SingleInstance instance) implements Outcome {
    }

    public record HandedOff() implements Outcome {
    }

    /** The folder is unusable (read-only home, odd file system): run without the single-instance service. */
    public record Standalone(String reason) implements Outcome {
    }

    public static Path defaultDir() {
        String override = System.getProperty(DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("claimline");
    }

    /**
     * Becomes the primary instance, or hands {@code file} (made absolute: the running instance has another
     * working folder) to the one already running.
     */
    public static Outcome claim(Path dir, Optional<Path> file) {
        try {
            createPrivateDir(dir);
            FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                // this JVM already serves the folder (a test, or a second window): same as another process
                lock = null;
            }
            if (lock != null) {
                Path socket = dir.resolve(SOCKET);
                Files.deleteIfExists(socket);
                ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                server.bind(UnixDomainSocketAddress.of(socket));
                SingleInstance instance = new SingleInstance(channel, lock, server, socket);
                instance.startAccepting();
                return new Primary(instance);
            }
            channel.close();
            String message = file.map(f -> OPEN + f.toAbsolutePath().normalize()).orElse(ACTIVATE);
            return handOff(dir.resolve(SOCKET), message)
                    ? new HandedOff()
                    : new Standalone("the running Claimline did not answer on " + dir.resolve(SOCKET));
        } catch (IOException | UncheckedIOException | UnsupportedOperationException e) {
            return new Standalone(e.toString());
        }
    }

    /**
     * Receives what later launches send, on the FX thread or wherever the caller wants ({@code handler} is called
     * on the socket thread). An empty path means "come to front". Requests that arrived before a handler was set
     * are delivered now, so a file double-clicked during startup is not lost.
     */
    public void onRequest(Consumer<Optional<Path>> handler) {
        List<Optional<Path>> early;
        synchronized (this) {
            this.handler = handler;
            early = List.copyOf(pending);
            pending.clear();
        }
        early.forEach(handler);
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(socket);
            lock.release();
            lockChannel.close();
        } catch (IOException ignored) {
            // closing at exit: nothing useful to do
        }
    }

    private void startAccepting() {
        Thread t = new Thread(this::acceptLoop, "claimline-single-instance");
        t.setDaemon(true);
        t.start();
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                String line = readLine(client);
                Optional<Path> request = line.startsWith(OPEN)
                        ? Optional.of(Path.of(line.substring(OPEN.length()))) : Optional.empty();
                // queued (or handed to the window) before the answer: a launch that was told OK has really handed
                // its file over, even when this process ends right after
                deliver(request);
                client.write(StandardCharsets.UTF_8.encode("OK\n"));
            } catch (IOException | RuntimeException e) {
                if (!server.isOpen()) {
                    return;
                }
                // one broken client must not stop the service for the next one
            }
        }
    }

    private void deliver(Optional<Path> request) {
        Consumer<Optional<Path>> h;
        synchronized (this) {
            h = handler;
            if (h == null) {
                pending.add(request);
                return;
            }
        }
        h.accept(request);
    }

    private static boolean handOff(Path socket, String message) throws IOException {
        // The primary may hold the lock but not yet listen (it is starting): retry briefly.
        long deadline = System.currentTimeMillis() + CONNECT_PATIENCE_MILLIS;
        while (true) {
            try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                return exchange(ch, message);
            } catch (IOException e) {
                if (System.currentTimeMillis() > deadline) {
                    return false;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }

    /**
     * Blocking channels have no read timeout, and a hung primary still accepts connections (the backlog): give
     * it a few seconds, then start a window of our own rather than hang.
     */
    private static boolean exchange(SocketChannel ch, String message) throws IOException {
        CompletableFuture<Boolean> answer = CompletableFuture.supplyAsync(() -> {
            try {
                ByteBuffer out = StandardCharsets.UTF_8.encode(message + "\n");
                while (out.hasRemaining()) {
                    ch.write(out);
                }
                return readLine(ch).equals("OK");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            return answer.get(ANSWER_PATIENCE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String readLine(SocketChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(8192);
        while (ch.read(buf) >= 0) {
            if (buf.position() > 0 && buf.get(buf.position() - 1) == '\n') {
                break;
            }
            if (!buf.hasRemaining()) {
                throw new IOException("request too long");
            }
        }
        buf.flip();
        String line = StandardCharsets.UTF_8.decode(buf).toString();
        // only the line end: a file name may legitimately end in spaces
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    private static void createPrivateDir(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }
}
