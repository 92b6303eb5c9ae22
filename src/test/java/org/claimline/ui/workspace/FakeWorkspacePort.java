package org.claimline.ui.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.UnaryOperator;
import org.claimline.model.Codebook;
import org.claimline.search.SearchHit;
import org.claimline.workspace.ArticleInfo;
import org.claimline.workspace.CodebookEdit;
import org.claimline.workspace.Progress;
import org.claimline.workspace.ReadingStatus;
import org.claimline.workspace.WorkspaceCodebook;
import org.claimline.workspace.WorkspaceLibrary;

/** A workspace in memory: rows, statuses, canned hits and a codebook; records what the view-models ask of it. */
class FakeWorkspacePort implements WorkspacePort {
    final Path root;
    final List<ArticleInfo> articles = new ArrayList<>();
    final Map<String, ReadingStatus> statuses = new HashMap<>();
    final List<SearchHit> hits = new ArrayList<>();
    final List<CodebookEdit> applied = new ArrayList<>();
    Codebook codebook = Codebook.empty();
    boolean failStatus;
    int refreshes;
    boolean obeyCancel;
    /** What {@link #watch} was given: a test calls it as the folder watch would. */
    Runnable watcher = () -> { };

    FakeWorkspacePort(Path root) {
        this.root = root;
    }

    static ArticleInfo info(String rel, String title, String outlet, String date, int claims, String problem) {
        return new ArticleInfo(rel, 1, 1, "h", title, outlet, null, date, "en", problem, -1, -1, claims,
                claims > 0 ? Map.of("Trade", claims) : Map.of(), List.of(), null);
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public WorkspaceLibrary.Snapshot refresh(Progress progress) {
        refreshes++;
        progress.update(0, articles.size(), "");
        if (obeyCancel && progress.cancelled()) {
            throw new CancellationException("stopped");
        }
        return new WorkspaceLibrary.Snapshot(List.copyOf(articles), List.of(), articles.size(), 0);
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return hits;
    }

    @Override
    public Map<String, ReadingStatus> statuses() {
        return Map.copyOf(statuses);
    }

    @Override
    public void saveStatus(String rel, ReadingStatus status) throws IOException {
        if (failStatus) {
            throw new IOException("Could not write claimline-workspace.json: the disk is read-only.");
        }
        statuses.put(rel, status);
    }

    @Override
    public Codebook codebook() {
        return codebook;
    }

    @Override
    public Codebook updateCodebook(UnaryOperator<Codebook> change) {
        codebook = change.apply(codebook);
        return codebook;
    }

    @Override
    public WorkspaceCodebook.Result apply(CodebookEdit edit, Progress progress) {
        applied.add(edit);
        Codebook before = codebook;
        codebook = edit.applyTo(codebook);
        progress.update(1, 1, "");
        return new WorkspaceCodebook.Result(edit, codebook, 3, 0, List.of(), undo(edit, before));
    }

    private static int place(Codebook cb, CodebookEdit.Kind kind, String id) {
        return (kind == CodebookEdit.Kind.ISSUE ? cb.issues().stream().map(Codebook.Code::id)
                : cb.actors().stream().map(Codebook.Person::id)).toList().indexOf(id);
    }

    /** What the real workspace answers as the undo of each kind of edit (its sidecars aside). */
    private static CodebookEdit undo(CodebookEdit edit, Codebook before) {
        if (edit instanceof CodebookEdit.Rename r) {
            return new CodebookEdit.Rename(r.kind(), r.id(), r.kind() == CodebookEdit.Kind.ISSUE
                    ? before.issue(r.id()).orElseThrow().name() : before.actor(r.id()).orElseThrow().name());
        }
        if (edit instanceof CodebookEdit.Recolour c) {
            return new CodebookEdit.Recolour(c.id(), before.issue(c.id()).orElseThrow().color());
        }
        if (edit instanceof CodebookEdit.Merge m) {
            return new CodebookEdit.Restore(m.kind(), m.fromId(), m.intoId(), before.issue(m.fromId()).orElse(null),
                    before.actor(m.fromId()).orElse(null), place(before, m.kind(), m.fromId()), Map.of());
        }
        if (edit instanceof CodebookEdit.Delete d) {
            return new CodebookEdit.Restore(d.kind(), d.id(), null, before.issue(d.id()).orElse(null),
                    before.actor(d.id()).orElse(null), place(before, d.kind(), d.id()), Map.of());
        }
        return null;
    }

    @Override
    public Optional<WorkspaceCodebook.Result> resumeInterrupted(Progress progress) {
        return Optional.empty();
    }

    @Override
    public int countClaims(CodebookEdit.Kind kind, String id) {
        return 7;
    }

    @Override
    public Path addFromLink(String url) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Path addFromClipboard(String content) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void watch(Runnable onChange) {
        watcher = onChange;
    }

    @Override
    public void close() {
    }
}
