package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {
    private static final long PATIENCE_MS = 20_000;

    @TempDir
    Path tmp;

    /** The real thing: a first JVM serves, the real launcher in a second JVM hands its file over and exits 0. */
    @Test
    void secondProcessHandsItsFileToTheFirstAndExits() throws Exception {
        Path config = tmp.resolve("config");
        Path received = tmp.resolve("received.txt");
        Path work = Files.createDirectories(tmp.resolve("work"));
        Files.writeString(work.resolve("article one.txt"), "Some article.\n");

        Process first = java(SingleInstanceServerMain.class.getName(), List.of(config.toString(), received.toString()),
                config, tmp);
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("READY", out.readLine(), "the first instance should be serving");

            // relative name from another working folder: the running instance must get it absolute
            long start = System.nanoTime();
            Process second = java(Launcher.class.getName(), List.of("article one.txt"), config, work);
            assertTrue(second.waitFor(PATIENCE_MS, TimeUnit.MILLISECONDS), "the second launch must exit, not open a window");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(0, second.exitValue(), new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8));

            Process third = java(Launcher.class.getName(), List.of(), config, work);
            assertTrue(third.waitFor(PATIENCE_MS, TimeUnit.MILLISECONDS));
            assertEquals(0, third.exitValue());

            List<String> lines = waitForLines(received, 2);
            assertEquals(List.of(work.resolve("article one.txt").toAbsolutePath().toString(), "ACTIVATE"), lines);
            System.out.println("second instance handed off and exited in " + millis + " ms");
        } finally {
            first.getOutputStream().close();
            if (!first.waitFor(10, TimeUnit.SECONDS)) {
                first.destroyForcibly();
            }
        }
    }

    @Test
    void staleSocketFromACrashIsReplaced() throws Exception {
        Path config = Files.createDirectories(tmp.resolve("config"));
        Files.writeString(config.resolve(SingleInstance.SOCKET), "left behind");
        SingleInstance.Outcome outcome = SingleInstance.claim(config, Optional.empty());
        SingleInstance.Primary primary = assertInstanceOf(SingleInstance.Primary.class, outcome);
        primary.instance().close();
    }

    @Test
    void requestsArrivingBeforeTheWindowAreKept() throws Exception {
        Path config = tmp.resolve("config");
        SingleInstance.Primary primary = assertInstanceOf(SingleInstance.Primary.class,
                SingleInstance.claim(config, Optional.empty()));
        try {
            Path file = tmp.resolve("early.html");
            assertInstanceOf(SingleInstance.HandedOff.class, SingleInstance.claim(config, Optional.of(file)));
            List<Optional<Path>> got = new CopyOnWriteArrayList<>();
            primary.instance().onRequest(got::add);
            assertEquals(List.of(Optional.of(file.toAbsolutePath())), got);
        } finally {
            primary.instance().close();
        }
    }

    private static Process java(String mainClass, List<String> args, Path config, Path workDir) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-D" + SingleInstance.DIR_PROPERTY + "=" + config,
                "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true).start();
    }

    private static List<String> waitForLines(Path file, int n) throws Exception {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.size() >= n) {
                    return lines;
                }
            }
            Thread.sleep(50);
        }
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }
}
