package org.claimline.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.claimline.model.Codebook;
import org.claimline.search.FolderWatch;
import org.claimline.search.SearchHit;
import org.claimline.search.SearchIndex;
import org.claimline.search.WorkspaceIndexer;
import org.claimline.ui.workspace.WorkspacePort;
import org.claimline.workspace.ArticleIntake;
import org.claimline.workspace.CacheDirs;
import org.claimline.workspace.CodebookEdit;
import org.claimline.workspace.LinkFetcher;
import org.claimline.workspace.Progress;
import org.claimline.workspace.ReadingStatus;
import org.claimline.workspace.StatusStore;
import org.claimline.workspace.WorkspaceCodebook;
import org.claimline.workspace.WorkspaceLibrary;

/** One open workspace folder for the window: library and index, statuses, codebook, intake, folder watch. */
final class WorkspaceService implements WorkspacePort {
    private final Path root;
    private final Path cache;
    private final WorkspaceCodebook codebook;
    private final StatusStore statuses;
    private final LinkFetcher fetcher;
    private WorkspaceIndexer indexer;
    private FolderWatch watch;

    WorkspaceService(Path root, LinkFetcher fetcher) {
        this.root = root.toAbsolutePath().normalize();
        this.cache = CacheDirs.forWorkspace(this.root);
        this.codebook = new WorkspaceCodebook(this.root);
        this.statuses = WorkspaceWiring.statuses(this.root);
        this.fetcher = fetcher;
    }

    @Override
    public Path root() {
        return root;
    }

    private synchronized WorkspaceIndexer indexer() throws IOException {
        if (indexer == null) {
            indexer = new WorkspaceIndexer(WorkspaceWiring.library(root, cache), SearchIndex.open(cache.resolve("lucene")));
        }
        return indexer;
    }

    @Override
    public WorkspaceLibrary.Snapshot refresh(Progress progress) throws IOException {
        try {
            codebook.seedIfMissing();
        } catch (IOException e) {
            // a read-only folder: the library works, the bars stay grey
        }
        return indexer().update(progress).snapshot();
    }

    @Override
    public List<SearchHit> search(String query, int limit) throws IOException {
        return indexer().index().search(query, limit);
    }

    @Override
    public Map<String, ReadingStatus> statuses() {
        try {
            return statuses.load();
        } catch (IOException e) {
            return Map.of();
        }
    }

    @Override
    public void saveStatus(String rel, ReadingStatus status) throws IOException {
        statuses.save(Map.of(rel, status));
    }

    @Override
    public Codebook codebook() throws IOException {
        return codebook.read();
    }

    @Override
    public Codebook updateCodebook(UnaryOperator<Codebook> change) throws IOException {
        return codebook.update(change);
    }

    @Override
    public WorkspaceCodebook.Result apply(CodebookEdit edit, Progress progress) throws IOException {
        return codebook.apply(edit, progress);
    }

    @Override
    public Optional<WorkspaceCodebook.Result> resumeInterrupted(Progress progress) throws IOException {
        return codebook.resumeIfInterrupted(progress);
    }

    @Override
    public int countClaims(CodebookEdit.Kind kind, String id) throws IOException {
        return codebook.countClaims(kind, id);
    }

    @Override
    public Path addFromLink(String url) throws IOException, InterruptedException {
        return new ArticleIntake(AppContext.cleaner(), Clock.systemUTC()).saveFetched(root, fetcher.fetch(url));
    }

    @Override
    public Path addFromClipboard(String content) throws IOException {
        return new ArticleIntake(AppContext.cleaner(), Clock.systemUTC()).savePasted(root, content);
    }

    @Override
    public synchronized void watch(Runnable onChange) {
        if (watch == null) {
            watch = new FolderWatch(root, onChange, Duration.ofMillis(700), Duration.ofMinutes(2));
        }
    }

    @Override
    public synchronized void close() {
        if (watch != null) {
            watch.close();
        }
        if (indexer != null) {
            try {
                indexer.close();
            } catch (IOException ignored) {
                // the index is a cache
            }
        }
    }
}
