package org.claimline.ui.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimline.ui.common.UiPreferences;

/** The workspaces opened last (newest first, at most {@value #LIMIT}), kept in the preferences. */
public final class RecentFolders {
    static final String KEY = "recent.workspaces";
    static final int LIMIT = 8;
    private final UiPreferences prefs;

    public RecentFolders(UiPreferences prefs) {
        this.prefs = prefs;
    }

    /** The remembered folders that still exist. */
    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (String line : prefs.get(KEY, "").split("\n")) {
            if (!line.isBlank()) {
                Path p = Path.of(line);
                if (Files.isDirectory(p) && !out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** Puts {@code folder} first. */
    public void add(Path folder) {
        Path p = folder.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(List.of(p));
        for (Path q : list()) {
            if (!q.equals(p) && next.size() < LIMIT) {
                next.add(q);
            }
        }
        prefs.put(KEY, String.join("\n", next.stream().map(Path::toString).toList()));
    }
}
