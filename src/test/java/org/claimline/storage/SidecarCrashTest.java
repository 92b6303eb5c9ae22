package org.claimline.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.claimline.model.AnnotationSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that saves in a loop, 50 times at random moments: the sidecar must always parse and equal a
 * version that was being written, and the .bak must parse too.
 */
class SidecarCrashTest {
    private static final int KILLS = 50;

    @TempDir
    Path dir;

    @Test
    void sidecarSurvivesFiftyKillsMidSave() throws Exception {
        Path sidecar = dir.resolve("article.txt" + SidecarStore.SUFFIX);
        Path bak = dir.resolve(sidecar.getFileName() + ".bak");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Random random = new Random(20261125L);
        int lastGood = -1;
        int savesSeen = 0;
        for (int round = 0; round < KILLS; round++) {
            int first = round * 1_000_000;
            Process p = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xmx96m",
                    "-cp", System.getProperty("java.class.path"), SidecarCrashWriter.class.getName(),
                    sidecar.toString(), Integer.toString(first))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<Integer> saved = new CopyOnWriteArrayList<>();
            CountDownLatch ready = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (line.startsWith("saved ")) {
                            saved.add(Integer.parseInt(line.substring(6)));
                        }
                        ready.countDown();
                    }
                } catch (java.io.IOException | NumberFormatException ignored) {
                    // the pipe breaks when the child is killed
                }
                ready.countDown();
            });
            reader.start();
            assertTrue(ready.await(30, TimeUnit.SECONDS), "child started");
            Thread.sleep(random.nextInt(100));
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            reader.join(5000);
            assertTrue(!saved.isEmpty(), "round " + round + ": the child saved at least once");
            savesSeen += saved.size();

            LoadResult r = SidecarStore.read(sidecar, SidecarFixtures.TEXT);
            assertEquals(LoadResult.Status.OK, r.status(), "round " + round + ": " + r.message());
            AnnotationSet onDisk = r.file().annotations();
            int v = Integer.parseInt(onDisk.claim("version").orElseThrow().summary().substring(1));
            int lastSaved = saved.get(saved.size() - 1);
            // the save in flight at the kill may have completed its rename without printing
            assertTrue(v >= first && v <= lastSaved + 1, "round " + round + ": version " + v + " was written");
            assertEquals(SidecarCrashWriter.version(v), onDisk, "round " + round + ": content of version " + v);
            assertTrue(v > lastGood);
            lastGood = v;
            LoadResult b = SidecarStore.read(bak, SidecarFixtures.TEXT);
            assertTrue(b.status() == LoadResult.Status.OK || b.status() == LoadResult.Status.MISSING,
                    "round " + round + ": .bak " + b.message());
        }
        assertTrue(savesSeen > KILLS * 2, "the children were saving when killed: " + savesSeen);
        try (var files = Files.list(dir)) {
            long leftovers = files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count();
            System.out.println("crash test: " + KILLS + " kills, " + savesSeen + " saves, " + leftovers
                    + " temporary files left by killed saves");
        }
    }
}
