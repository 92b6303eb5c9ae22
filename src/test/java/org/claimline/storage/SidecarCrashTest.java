package org.claimline.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.claimline.model.AnnotationSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that saves a sidecar in a loop, 50 times at random (seeded) moments: afterwards the sidecar
 * must always parse and equal one of the versions written, and its .bak must parse too. JVM start-up
 * dominates the time, so two independent sidecars are hammered side by side (25 kills each).
 */
class SidecarCrashTest {
    private static final int KILLS = 50;
    private static final int LANES = 2;

    @TempDir
    Path dir;

    @Test
    void sidecarSurvivesFiftyKillsMidSave() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<Integer>> lanes = new ArrayList<>();
            for (int lane = 0; lane < LANES; lane++) {
                Path laneDir = Files.createDirectory(dir.resolve("lane" + lane));
                long seed = 20261125L + lane;
                lanes.add(pool.submit(() -> killRepeatedly(laneDir, seed, KILLS / LANES)));
            }
            int saves = 0;
            for (Future<Integer> f : lanes) {
                saves += f.get(10, TimeUnit.MINUTES);
            }
            assertTrue(saves > KILLS, "the children were saving when killed: " + saves);
            long interrupted;
            try (var files = Files.walk(dir)) {
                interrupted = files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count();
            }
            System.out.println("crash test: " + KILLS + " kills, " + saves + " completed saves, " + interrupted
                    + " saves cut off mid-write (temporary files left), sidecar intact after every kill");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Returns how many saves the children reported. */
    private static int killRepeatedly(Path dir, long seed, int kills) throws Exception {
        Path sidecar = dir.resolve("article.txt" + SidecarStore.SUFFIX);
        Path bak = dir.resolve(sidecar.getFileName() + ".bak");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Random random = new Random(seed);
        int lastGood = -1;
        int savesSeen = 0;
        for (int round = 0; round < kills; round++) {
            int first = round * 1_000_000;
            // a file, not a pipe: the JDK may close a dead child's pipe under a blocked reader and lose lines
            Path log = dir.resolve("child-" + round + ".log");
            Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                    "-Xmx96m", "-cp", System.getProperty("java.class.path"), SidecarCrashWriter.class.getName(),
                    sidecar.toString(), Integer.toString(first))
                    .redirectOutput(log.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (Files.size(log) == 0 && p.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(2);
                }
                assertTrue(Files.size(log) > 0, "child started and saved");
                Thread.sleep(random.nextInt(100));
            } finally {
                p.destroyForcibly();
                p.waitFor(60, TimeUnit.SECONDS);
            }
            assertFalse(p.isAlive(), "child killed");
            List<Integer> saved = new ArrayList<>();
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                if (line.startsWith("saved ")) {
                    saved.add(Integer.parseInt(line.substring(6)));
                }
            }
            String where = dir.getFileName() + " round " + round;
            assertFalse(saved.isEmpty(), where + ": the child saved at least once");
            savesSeen += saved.size();

            LoadResult r = SidecarStore.read(sidecar, SidecarFixtures.TEXT);
            assertEquals(LoadResult.Status.OK, r.status(), where + ": " + r.message());
            AnnotationSet onDisk = r.file().annotations();
            int v = Integer.parseInt(onDisk.claim("version").orElseThrow().summary().substring(1));
            int lastSaved = saved.get(saved.size() - 1);
            // the save in flight at the kill may have completed its rename without printing
            assertTrue(v >= first && v <= lastSaved + 1, where + ": version " + v + " on disk, last reported save "
                    + lastSaved + " of " + saved.size());
            assertEquals(SidecarCrashWriter.version(v), onDisk, where + ": content of version " + v);
            assertTrue(v > lastGood, where);
            lastGood = v;
            LoadResult b = SidecarStore.read(bak, SidecarFixtures.TEXT);
            assertTrue(b.status() == LoadResult.Status.OK || b.status() == LoadResult.Status.MISSING,
                    where + ": .bak " + b.message());
        }
        return savesSeen;
    }
}
