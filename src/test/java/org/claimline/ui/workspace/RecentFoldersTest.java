package org.claimline.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimline.ui.common.MemoryPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFoldersTest {
    @TempDir
    Path dir;

    @Test
    void newestFirstNoRepeatsAtMostEightAndGoneFoldersDropped() throws Exception {
        MemoryPreferences prefs = new MemoryPreferences();
        RecentFolders r = new RecentFolders(prefs);
        for (int i = 0; i < 10; i++) {
            r.add(Files.createDirectories(dir.resolve("ws" + i)));
        }
        r.add(dir.resolve("ws5"));
        List<Path> l = r.list();
        assertEquals(RecentFolders.LIMIT, l.size());
        assertEquals(dir.resolve("ws5"), l.get(0));
        assertEquals(dir.resolve("ws9"), l.get(1));
        Files.delete(dir.resolve("ws9"));
        assertEquals(dir.resolve("ws8"), r.list().get(1));
    }
}
