package org.claimline.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimline.model.Issue;
import org.claimline.storage.LoadResult;
import org.claimline.storage.SidecarStore;
import org.claimline.workspace.bench.WorkspaceGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A codebook rename is killed half-way (the child JVM is destroyed once it reports a third of the sidecars done):
 * every sidecar must still parse, none half-written, and resuming from the journal finishes the rename everywhere.
 */
class CodebookPropagationCrashTest {
    @TempDir
    Path dir;

    @Test
    void renameKilledHalfWayIsResumedFromTheJournal() throws Exception {
        int articles = 150;
        new WorkspaceGenerator().generate(dir, articles, articles * 3, 11);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        CodebookEdit rename = new CodebookEdit.Rename(CodebookEdit.Kind.ISSUE, "issue-1", "Memory politics");
        Path log = dir.resolve("child.log");
        Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), PropagationChild.class.getName(), dir.toString(),
                rename.encode()).redirectOutput(log.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (p.isAlive() && System.nanoTime() < deadline && progress(log) < articles / 3) {
                Thread.sleep(5);
            }
        } finally {
            p.destroyForcibly();
            p.waitFor(60, TimeUnit.SECONDS);
        }
        int reached = progress(log);
        assertTrue(reached >= articles / 3 && reached < articles, "killed half-way, at " + reached);
        assertFalse(Files.readString(log).contains("finished"));
        WorkspaceCodebook cb = new WorkspaceCodebook(dir);
        assertEquals(rename, cb.interrupted().orElseThrow());
        int renamed = 0;
        List<Path> sidecars = cb.sidecars();
        assertEquals(articles, sidecars.size());
        for (Path s : sidecars) {
            LoadResult r = SidecarStore.read(s, null);
            assertEquals(LoadResult.Status.OK, r.status(), s + ": " + r.message());
            String name = r.file().annotations().taxonomy().issue("issue-1").map(Issue::name).orElseThrow();
            assertTrue(name.equals("History") || name.equals("Memory politics"), name);
            renamed += name.equals("Memory politics") ? 1 : 0;
        }
        assertTrue(renamed > 0 && renamed < articles, "half done before resuming: " + renamed);

        WorkspaceCodebook.Result result = cb.resumeIfInterrupted(Progress.NONE).orElseThrow();
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        assertFalse(Files.exists(cb.journal()));
        assertEquals("Memory politics", cb.read().issue("issue-1").orElseThrow().name());
        for (Path s : sidecars) {
            LoadResult r = SidecarStore.read(s, null);
            assertEquals("Memory politics", r.file().annotations().taxonomy().issue("issue-1").orElseThrow().name(), s.toString());
        }
        System.out.println("propagation crash test: killed after " + reached + " of " + articles
                + " sidecars (" + renamed + " renamed on disk), resumed: " + result.written() + " written, "
                + result.unchanged() + " already done");
    }

    private static int progress(Path log) throws java.io.IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        int n = 0;
        for (String l : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (l.startsWith("done ")) {
                n = Math.max(n, Integer.parseInt(l.split(" ")[1]));
            }
        }
        return n;
    }
}
