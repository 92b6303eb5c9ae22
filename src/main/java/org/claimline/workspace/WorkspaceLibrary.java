package org.claimline.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.claimline.storage.SidecarStore;

/**
 * The library of one workspace folder: finds the articles, reads those that are new or changed since the metadata
 * cache was written (in parallel), and hands every article read to a listener (the search index). Thread-safe.
 */
public final class WorkspaceLibrary {
    private final Path root;
    private final Path cacheDir;
    private final ArticleProbe probe;
    private final int threads;
    private Map<String, ArticleInfo> cache;

    /** What one refresh found: rows in path order, what was skipped, and how many articles were read anew. */
    public record Snapshot(List<ArticleInfo> articles, List<WorkspaceScanner.Skipped> skipped, int read, int cached) {
    }

    public WorkspaceLibrary(Path root, Path cacheDir, ArticleProbe probe, int threads) {
        this.root = root.toAbsolutePath().normalize();
        this.cacheDir = cacheDir;
        this.probe = probe;
        this.threads = Math.max(1, threads);
    }

    public Path root() {
        return root;
    }

    public Path cacheDir() {
        return cacheDir;
    }

    /** Refreshes without a listener. */
    public Snapshot refresh(Progress progress) throws IOException {
        return refresh(progress, a -> false, a -> { });
    }

    /**
     * Finds the articles and reads the new and changed ones, and those {@code reread} asks for though unchanged
     * (the index lacks them); each article read goes to {@code sink} (from worker threads). The cache is saved
     * even when cancelled (what was read is kept); a cancel then throws {@link CancellationException}.
     */
    public Snapshot refresh(Progress progress, Predicate<ArticleInfo> reread, Consumer<ProbedArticle> sink)
            throws IOException {
        WorkspaceScanner.Result scan = WorkspaceScanner.scan(root);
        Map<String, ArticleInfo> known;
        synchronized (this) {
            if (cache == null) {
                cache = MetadataCache.load(cacheDir);
            }
            known = new HashMap<>(cache);
        }
        List<ArticleInfo> rows = new ArrayList<>(scan.files().size());
        List<WorkspaceScanner.FoundFile> toRead = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        for (WorkspaceScanner.FoundFile f : scan.files()) {
            ArticleInfo c = known.get(f.rel());
            long[] side = ArticleProbe.stamp(SidecarStore.sidecarFor(f.path()));
            if (c != null && c.sameStamp(f.size(), f.mtime(), side[0], side[1]) && !reread.test(c)) {
                rows.add(c);
            } else {
                slots.add(rows.size());
                rows.add(null);
                toRead.add(f);
            }
        }
        int total = toRead.size();
        progress.update(0, total, "");
        boolean cancelled = false;
        if (total > 0) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, total), r -> {
                Thread t = new Thread(r, "workspace-reader");
                t.setDaemon(true);
                return t;
            });
            try {
                AtomicInteger done = new AtomicInteger();
                List<Future<ProbedArticle>> futures = new ArrayList<>(total);
                for (WorkspaceScanner.FoundFile f : toRead) {
                    futures.add(pool.submit(() -> {
                        if (progress.cancelled()) {
                            return null;
                        }
                        ProbedArticle p = probe.probe(f);
                        sink.accept(p);
                        progress.update(done.incrementAndGet(), total, f.rel());
                        return p;
                    }));
                }
                for (int i = 0; i < total; i++) {
                    ProbedArticle p = futures.get(i).get();
                    if (p == null) {
                        cancelled = true;
                        continue;
                    }
                    rows.set(slots.get(i), p.info());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelled = true;
            } catch (ExecutionException e) {
                throw new IOException("reading the articles failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        Map<String, ArticleInfo> next = new HashMap<>(rows.size() * 2);
        for (ArticleInfo a : rows) {
            if (a != null) {
                next.put(a.rel(), a);
            }
        }
        if (cancelled) {
            // keep what was read before the cancel, and the older facts of the rest for next time
            known.forEach(next::putIfAbsent);
        }
        synchronized (this) {
            cache = next;
        }
        if (total > 0 || next.size() != known.size()) {
            try {
                MetadataCache.save(cacheDir, next.values());
            } catch (IOException e) {
                // the cache is an optimisation: a cache folder that cannot be written only costs time next open
            }
        }
        if (cancelled) {
            throw new CancellationException("stopped");
        }
        return new Snapshot(List.copyOf(rows), scan.skipped(), total, rows.size() - total);
    }
}
