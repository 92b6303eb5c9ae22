package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.claimline.model.Claim;
import org.claimline.storage.LoadResult;
import org.claimline.storage.SidecarStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several processes writing one sidecar, and exports killed half-way: nothing any of them reported is lost. */
class ConcurrentWritersTest {
    private static final int WRITERS = 4;
    private static final int IMPORTS_EACH = 4;

    @TempDir
    Path dir;

    private Process child(Path log, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CliLoopMain.class.getName()));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectOutput(log.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void processesImportingIntoOneSidecarLoseNoClaim() throws Exception {
        Path article = dir.resolve("a.txt");
        Path sidecar = NoLostWorkTest.annotate(article, 1);
        String text = AppContext.cleaner().clean(article).text();
        List<String> sentences = NoLostWorkTest.sentences(text, 1 + WRITERS * IMPORTS_EACH);
        List<Process> children = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            List<String> args = new ArrayList<>();
            for (int i = 0; i < IMPORTS_EACH; i++) {
                int n = 1 + w * IMPORTS_EACH + i;
                String id = String.format("urn:uuid:60000000-0000-4000-8000-%012d", n);
                Path file = NoLostWorkTest.w3c(dir.resolve("in-" + n + ".json"), id, sentences.get(n));
                args.addAll(List.of("import", file.toString(), "--into", article.toString(), ";"));
            }
            Path log = dir.resolve("writer-" + w + ".log");
            logs.add(log);
            children.add(child(log, args));
        }
        for (Process p : children) {
            assertTrue(p.waitFor(240, TimeUnit.SECONDS), "a writer finished");
        }
        Set<String> reported = new TreeSet<>();
        for (int w = 0; w < WRITERS; w++) {
            List<String> lines = Files.readAllLines(logs.get(w), StandardCharsets.UTF_8);
            assertEquals(IMPORTS_EACH, lines.size(), "writer " + w + ": " + lines);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                assertTrue(line.startsWith("ok "), line);
                if (line.contains("1 new")) {
                    reported.add(String.format("urn:uuid:60000000-0000-4000-8000-%012d", 1 + w * IMPORTS_EACH + i));
                }
            }
        }
        assertEquals(WRITERS * IMPORTS_EACH, reported.size(), "every import reported its claim");
        LoadResult r = SidecarStore.read(sidecar, text);
        assertEquals(LoadResult.Status.OK, r.status(), r.message());
        Set<String> onDisk = new TreeSet<>();
        for (Claim c : r.file().annotations().claims()) {
            onDisk.add(c.id().replace("urn:uuid:", ""));
        }
        for (String id : reported) {
            assertTrue(onDisk.contains(id.replace("urn:uuid:", "")), id + " reported imported but missing from the sidecar: " + onDisk);
        }
    }

    @Test
    void anExportKilledAtAnyMomentLeavesTheWholePreviousFile() throws Exception {
        Path corpus = dir.resolve("corpus");
        for (int i = 0; i < 40; i++) {
            NoLostWorkTest.annotate(corpus.resolve("op-" + i + ".txt"), 3);
        }
        Path out = dir.resolve("all.md");
        Path refLog = dir.resolve("ref.log");
        long started = System.nanoTime();
        Process ref = child(refLog, List.of("export", "--out", out.toString(), corpus.toString()));
        assertTrue(ref.waitFor(120, TimeUnit.SECONDS));
        long referenceMillis = Math.max(200, (System.nanoTime() - started) / 1_000_000);
        byte[] reference = Files.readAllBytes(out);
        assertTrue(reference.length > 1000, Files.readString(refLog));
        // Kill at a random moment inside the measured run time; a kill that comes after the export finished proves
        // nothing, so such rounds do not count and the window shrinks (the machine may be faster or slower than
        // the reference run suggested). The test needs 4 kills that landed while the export ran.
        Random random = new Random(7);
        double window = 0.9;
        int killedWhileRunning = 0;
        for (int round = 0; round < 24 && killedWhileRunning < 4; round++) {
            Path log = dir.resolve("kill-" + round + ".log");
            Process p = child(log, List.of("export", "--out", out.toString(), corpus.toString()));
            Thread.sleep((long) (referenceMillis * window * (0.15 + 0.85 * random.nextDouble())));
            boolean running = p.isAlive();
            p.destroyForcibly();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertArrayEquals(reference, Files.readAllBytes(out), "round " + round + ": the file is whole");
            if (running) {
                killedWhileRunning++;
            } else {
                window *= 0.7;
            }
        }
        assertTrue(killedWhileRunning >= 4, killedWhileRunning + " kills landed while the export ran");
    }
}
