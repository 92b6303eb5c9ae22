package org.claimline.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.claimline.search.SearchIndex;
import org.claimline.search.WorkspaceIndexer;
import org.claimline.storage.WorkspaceStateFile;
import org.claimline.workspace.ArticleProbe;
import org.claimline.workspace.CacheDirs;
import org.claimline.workspace.ReadingStatus;
import org.claimline.workspace.StatusStore;
import org.claimline.workspace.WorkspaceLibrary;

/** Builds a workspace's library, index and status store for the commands and the window. */
public final class WorkspaceWiring {
    private WorkspaceWiring() {
    }

    /** The folder named on the command line, or a message saying why it is not one. */
    static Path folder(String arg) throws IOException {
        Path p = Path.of(arg).toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            throw new IOException(arg + " is not a folder");
        }
        return p;
    }

    public static WorkspaceLibrary library(Path dir) {
        return library(dir, CacheDirs.forWorkspace(dir));
    }

    static WorkspaceLibrary library(Path dir, Path cache) {
        return new WorkspaceLibrary(dir, cache, new ArticleProbe(AppContext.cleaner()),
                Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public static WorkspaceIndexer indexer(Path dir) throws IOException {
        return indexer(dir, CacheDirs.forWorkspace(dir));
    }

    public static WorkspaceIndexer indexer(Path dir, Path cache) throws IOException {
        return new WorkspaceIndexer(library(dir, cache), SearchIndex.open(cache.resolve("lucene")));
    }

    /** Statuses in the folder's {@code claimline-workspace.json}. */
    public static StatusStore statuses(Path dir) {
        return new StatusStore() {
            @Override
            public Map<String, ReadingStatus> load() throws IOException {
                Map<String, ReadingStatus> out = new HashMap<>();
                WorkspaceStateFile.readStatuses(dir).forEach((k, v) -> out.put(k, ReadingStatus.parse(v)));
                return out;
            }

            @Override
            public void save(Map<String, ReadingStatus> statuses) throws IOException {
                Map<String, String> ids = new HashMap<>();
                statuses.forEach((k, v) -> ids.put(k, v == null ? null : v.id()));
                WorkspaceStateFile.writeStatuses(dir, ids);
            }
        };
    }

    /** Statuses as stored, or none (with the reason on {@code err}) when the file cannot be read. */
    static Map<String, ReadingStatus> statusesOrNone(Path dir, java.io.PrintStream err) {
        try {
            return statuses(dir).load();
        } catch (IOException e) {
            err.println("note: " + e.getMessage() + " (statuses shown as \"to read\")");
            return Map.of();
        }
    }
}
