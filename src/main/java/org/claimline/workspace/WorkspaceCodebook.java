package org.claimline.workspace;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.claimline.model.Claim;
import org.claimline.model.Codebook;
import org.claimline.storage.CodebookFile;
import org.claimline.storage.LoadResult;
import org.claimline.storage.SidecarRewrite;
import org.claimline.storage.SidecarStore;

/**
 * The codebook of one workspace and the propagation of its edits to every sidecar. An edit is first written to a
 * journal in the folder ({@value #JOURNAL}), then applied to the codebook file, then to each sidecar in turn (each
 * file atomically, each one done noted in the journal); the journal is removed when all are done. A journal found
 * on opening means an edit was interrupted: {@link #resumeIfInterrupted} finishes it (edits are idempotent).
 */
public final class WorkspaceCodebook {
    public static final String JOURNAL = "claimline-codebook.journal";
    static final String HEADER = "claimline-codebook-journal 1";

    private final Path root;

    /**
     * How a propagation went: files rewritten, files that needed nothing, files that could not be changed, and the
     * edit that undoes it in one step (null when there is none: an undo itself, or a resumed change).
     */
    public record Result(CodebookEdit edit, Codebook codebook, int written, int unchanged, List<String> problems,
                         CodebookEdit undo) {
    }

    public WorkspaceCodebook(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path file() {
        return CodebookFile.in(root);
    }

    public Path journal() {
        return root.resolve(JOURNAL);
    }

    public Codebook read() throws IOException {
        return CodebookFile.read(file());
    }

    /** A change that concerns the codebook only (a new issue, a description, aliases). */
    public Codebook update(UnaryOperator<Codebook> change) throws IOException {
        return CodebookFile.update(file(), change);
    }

    /** Applies {@code edit} to the codebook and every sidecar. Throws {@link CancellationException} when stopped. */
    public Result apply(CodebookEdit edit, Progress progress) throws IOException {
        Files.writeString(journal(), HEADER + "\nedit\t" + edit.encode() + "\n", StandardCharsets.UTF_8);
        Codebook[] before = new Codebook[1];
        Codebook cb = CodebookFile.update(file(), now -> {
            before[0] = now;
            return edit.applyTo(now);
        });
        boolean restorable = edit instanceof CodebookEdit.Merge || edit instanceof CodebookEdit.Delete;
        Map<String, CodebookEdit.Restore.Before> befores = new ConcurrentHashMap<>();
        Result r = propagate(edit, cb, Set.of(), progress, restorable ? befores : null);
        return new Result(edit, cb, r.written(), r.unchanged(), r.problems(), inverse(edit, before[0], befores));
    }

    /** The edit that undoes {@code edit}, given the codebook before it and what the sidecars held. */
    private static CodebookEdit inverse(CodebookEdit edit, Codebook before,
                                        Map<String, CodebookEdit.Restore.Before> sidecars) {
        if (before == null) {
            return null;
        }
        if (edit instanceof CodebookEdit.Rename r) {
            String old = r.kind() == CodebookEdit.Kind.ISSUE ? before.issue(r.id()).map(Codebook.Code::name).orElse(null)
                    : before.actor(r.id()).map(Codebook.Person::name).orElse(null);
            return old == null ? null : new CodebookEdit.Rename(r.kind(), r.id(), old);
        }
        if (edit instanceof CodebookEdit.Recolour c) {
            return before.issue(c.id()).map(i -> (CodebookEdit) new CodebookEdit.Recolour(c.id(), i.color())).orElse(null);
        }
        if (edit instanceof CodebookEdit.Merge || edit instanceof CodebookEdit.Delete) {
            return CodebookEdit.Restore.of(edit, before, sidecars);
        }
        return null;
    }

    /** The edit an interrupted propagation left in the journal, if any. */
    public Optional<CodebookEdit> interrupted() {
        try {
            return readJournal().map(j -> j.edit);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Finishes an interrupted edit, if the journal holds one. */
    public Optional<Result> resumeIfInterrupted(Progress progress) throws IOException {
        Optional<Journal> j = readJournal();
        if (j.isEmpty()) {
            return Optional.empty();
        }
        Codebook cb = CodebookFile.update(file(), j.get().edit::applyTo);
        return Optional.of(propagate(j.get().edit, cb, j.get().done, progress, null));
    }

    /**
     * A folder annotated before it had a codebook (or whose codebook was deleted) gets one made from its sidecars:
     * every issue and actor they record, same-named entries taken as one (the first one's id and colour), so the
     * library shows each issue in its colour and the codebook dialog lists them before any article is opened.
     * Returns whether a codebook was written; nothing happens when the file exists or no sidecar has entries.
     */
    public boolean seedIfMissing() throws IOException {
        if (Files.exists(file())) {
            return false;
        }
        Codebook cb = Codebook.empty();
        for (Path sidecar : sidecars()) {
            LoadResult r = SidecarStore.read(sidecar, null);
            if (r.hasContent()) {
                cb = CodebookReconciler.reconcile(cb, r.file().annotations()).codebook();
            }
        }
        if (cb.isEmpty()) {
            return false;
        }
        Codebook found = cb;
        // against the file as it is now: another window may have made one meanwhile (its entries win)
        CodebookFile.update(file(), now -> now.isEmpty() ? found : now);
        return true;
    }

    /** How many claims of the workspace are tagged with the issue or actor {@code id} (asked before a merge or delete). */
    public int countClaims(CodebookEdit.Kind kind, String id) throws IOException {
        int n = 0;
        for (Path sidecar : sidecars()) {
            LoadResult r = SidecarStore.read(sidecar, null);
            if (!r.hasContent()) {
                continue;
            }
            for (Claim c : r.file().annotations().claims()) {
                if ((kind == CodebookEdit.Kind.ISSUE ? c.issueIds() : c.actorIds()).contains(id)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The sidecars of the workspace's articles. */
    public List<Path> sidecars() throws IOException {
        List<Path> out = new ArrayList<>();
        for (WorkspaceScanner.FoundFile f : WorkspaceScanner.scan(root).files()) {
            Path s = SidecarStore.sidecarFor(f.path());
            if (Files.isRegularFile(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Sidecars rewritten at once: each write waits on the disk (fsync), so a few in flight go faster. */
    static final int WRITERS = 4;

    private Result propagate(CodebookEdit edit, Codebook cb, Set<String> done, Progress progress,
                             Map<String, CodebookEdit.Restore.Before> befores) throws IOException {
        List<Path> all = sidecars();
        java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger unchanged = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger finished = new java.util.concurrent.atomic.AtomicInteger();
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(WRITERS, r -> {
            Thread t = new Thread(r, "codebook-writer");
            t.setDaemon(true);
            return t;
        });
        boolean stopped = false;
        try (BufferedWriter log = Files.newBufferedWriter(journal(), StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            List<java.util.concurrent.Future<?>> jobs = new ArrayList<>();
            for (Path s : all) {
                String rel = WorkspaceScanner.relative(root, s);
                if (done.contains(rel)) {
                    finished.incrementAndGet();
                    continue;
                }
                jobs.add(pool.submit(() -> {
                    if (progress.cancelled()) {
                        return false;
                    }
                    try {
                        switch (SidecarRewrite.apply(s, set -> {
                            if (befores != null) {
                                CodebookEdit.Restore.Before b = CodebookEdit.Restore.Before.of(edit, set);
                                if (b != null) {
                                    befores.put(rel, b);
                                }
                            }
                            return edit.applyTo(rel, set, cb);
                        })) {
                            case WRITTEN -> written.incrementAndGet();
                            default -> unchanged.incrementAndGet();
                        }
                    } catch (IOException e) {
                        problems.add(e.getMessage());
                    }
                    synchronized (log) {
                        log.write("done\t" + rel + "\n");
                        log.flush();
                    }
                    progress.update(finished.incrementAndGet(), all.size(), rel);
                    return true;
                }));
            }
            for (java.util.concurrent.Future<?> j : jobs) {
                stopped |= Boolean.FALSE.equals(j.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("the codebook change failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (stopped) {
            throw new CancellationException("stopped; the change resumes when the workspace is opened again");
        }
        progress.update(all.size(), all.size(), "");
        Files.deleteIfExists(journal());
        return new Result(edit, cb, written.get(), unchanged.get(), List.copyOf(problems), null);
    }

    private record Journal(CodebookEdit edit, Set<String> done) {
    }

    private Optional<Journal> readJournal() throws IOException {
        if (!Files.isRegularFile(journal())) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(journal(), StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("edit\t")) {
            // written half-way before the codebook was touched: nothing to finish
            Files.deleteIfExists(journal());
            return Optional.empty();
        }
        CodebookEdit edit;
        try {
            edit = CodebookEdit.decode(lines.get(1).substring(5));
        } catch (RuntimeException e) {
            Files.deleteIfExists(journal());
            return Optional.empty();
        }
        Set<String> done = new HashSet<>();
        for (String l : lines.subList(2, lines.size())) {
            if (l.startsWith("done\t")) {
                done.add(l.substring(5));
            }
        }
        return Optional.of(new Journal(edit, done));
    }
}
