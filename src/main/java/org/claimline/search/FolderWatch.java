package org.claimline.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * Calls {@code onChange} when files below a workspace folder are added, changed, renamed or deleted (debounced), and
 * in any case every {@code rescanEvery} (the fallback for file systems whose changes are not reported, such as
 * network folders, and for events lost to an overflow). Runs on its own daemon thread until closed.
 */
public final class FolderWatch implements Closeable {
    private final Path root;
    private final Runnable onChange;
    private final Duration debounce;
    private final Duration rescanEvery;
    private final Set<Path> registered = new HashSet<>();
    private final Thread thread;
    private WatchService service;
    private volatile boolean closed;

    public FolderWatch(Path root, Runnable onChange, Duration debounce, Duration rescanEvery) {
        this.root = root.toAbsolutePath().normalize();
        this.onChange = onChange;
        this.debounce = debounce;
        this.rescanEvery = rescanEvery;
        try {
            service = FileSystems.getDefault().newWatchService();
            registerAll();
        } catch (IOException | UnsupportedOperationException e) {
            service = null; // rescans only
        }
        thread = new Thread(this::run, "workspace-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether changes are reported by the system (otherwise only the periodic rescan notices them). */
    public boolean watching() {
        return service != null;
    }

    private void registerAll() throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (registered.add(dir)) {
                    try {
                        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                                StandardWatchEventKinds.ENTRY_MODIFY);
                    } catch (IOException e) {
                        // this folder is left to the periodic rescan
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void run() {
        long lastRun = System.nanoTime();
        while (!closed) {
            try {
                boolean changed = false;
                if (service != null) {
                    WatchKey k = service.poll(Math.min(rescanEvery.toMillis(), 1000), java.util.concurrent.TimeUnit.MILLISECONDS);
                    while (k != null) {
                        changed |= relevant(k);
                        k.reset();
                        k = service.poll(debounce.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                    }
                } else {
                    Thread.sleep(Math.min(rescanEvery.toMillis(), 1000));
                }
                boolean due = System.nanoTime() - lastRun >= rescanEvery.toNanos();
                if ((changed || due) && !closed) {
                    lastRun = System.nanoTime();
                    if (service != null) {
                        registerAll();
                    }
                    onChange.run();
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            } catch (IOException | RuntimeException e) {
                // a failed update is retried at the next change or rescan
            }
        }
    }

    private boolean relevant(WatchKey k) {
        boolean any = false;
        for (var e : k.pollEvents()) {
            if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                return true;
            }
            Object ctx = e.context();
            String name = ctx == null ? "" : ctx.toString();
            // our own temporary files and the cache's writes are not changes to the workspace
            if (!name.startsWith(".") && !name.endsWith(".tmp") && !name.endsWith(".journal")) {
                any = true;
            }
        }
        return any;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        if (service != null) {
            try {
                service.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
