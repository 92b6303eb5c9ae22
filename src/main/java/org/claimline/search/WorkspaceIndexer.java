package org.claimline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimline.workspace.ArticleInfo;
import org.claimline.workspace.Progress;
import org.claimline.workspace.WorkspaceLibrary;

/**
 * Brings the library and the search index up to date in one pass: an article is read again when its file or
 * sidecar changed (size or time) or when the index lacks it; it is indexed again only when its content hash or
 * sidecar differs from what the index holds; articles gone from the folder leave the index.
 */
public final class WorkspaceIndexer implements java.io.Closeable {
    private final WorkspaceLibrary library;
    private final SearchIndex index;

    /** The refreshed library, and how many articles were (re)indexed and removed. */
    public record Outcome(WorkspaceLibrary.Snapshot snapshot, int indexed, int removed) {
    }

    public WorkspaceIndexer(WorkspaceLibrary library, SearchIndex index) {
        this.library = library;
        this.index = index;
    }

    public SearchIndex index() {
        return index;
    }

    public WorkspaceLibrary library() {
        return library;
    }

    /** Updates both; a cancel keeps (and commits) what was done and throws {@link CancellationException}. */
    public synchronized Outcome update(Progress progress) throws IOException {
        Map<String, String> keys = index.keys();
        AtomicInteger indexed = new AtomicInteger();
        WorkspaceLibrary.Snapshot s;
        try {
            s = library.refresh(progress, info -> !SearchIndex.key(info).equals(keys.get(info.rel())), p -> {
                if (!SearchIndex.key(p.info()).equals(keys.get(p.info().rel()))) {
                    try {
                        index.put(p);
                        indexed.incrementAndGet();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (CancellationException e) {
            index.commit();
            throw e;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Set<String> present = new HashSet<>();
        for (ArticleInfo a : s.articles()) {
            present.add(a.rel());
        }
        int removed = 0;
        for (String rel : keys.keySet()) {
            if (!present.contains(rel)) {
                index.remove(rel);
                removed++;
            }
        }
        index.commit();
        return new Outcome(s, indexed.get(), removed);
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
