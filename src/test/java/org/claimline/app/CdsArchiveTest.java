package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-user archive the launcher names: the dump must produce an archive this JVM accepts, once per set of jars. */
class CdsArchiveTest {
    /** A class path of jars only, as in the packaged app (the test class path has folders, which CDS refuses). */
    private static final String JUNIT_JAR = jarOf(Test.class);

    @TempDir
    Path appDir;
    @TempDir
    Path cache;

    @Test
    void dumpsAnArchiveThatTheSameClassPathCanMap() throws Exception {
        Files.writeString(appDir.resolve(CdsArchive.CLASS_LIST),
                "java/lang/Object\njava/lang/String\norg/junit/jupiter/api/Test\n");
        Path archive = cache.resolve("claimline/cds/Claimline-123.jsa");
        CdsArchive cds = new CdsArchive(appDir, archive, JUNIT_JAR);
        assertTrue(cds.due(), "no archive yet, its folder can be made");
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        assertEquals(0, cds.dump(new PrintStream(log, true, StandardCharsets.UTF_8)), log.toString(StandardCharsets.UTF_8));

        assertTrue(Files.size(archive) > 100_000);
        assertEquals(cds.stamp(), Files.readString(cds.stampFile()));
        assertFalse(cds.due(), "made for these jars: not again at every start");
        assertTrue(Files.notExists(archive.resolveSibling("Claimline-123.jsa.tmp")));
        // -Xshare:on refuses to start when the archive does not match the JVM or the class path
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:on", "-XX:SharedArchiveFile=" + cds.archive(), "-cp", JUNIT_JAR,
                "-version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("sharing"), out);
    }

    @Test
    void anUpdatedJarMakesTheArchiveStale() throws Exception {
        Path jar = Files.writeString(appDir.resolve("app.jar"), "v1");
        CdsArchive cds = new CdsArchive(appDir, cache.resolve("a.jsa"), jar.toString());
        Files.writeString(cds.stampFile(), cds.stamp());
        assertFalse(cds.due());
        Files.writeString(jar, "version 2");
        assertTrue(cds.due(), "the stamp names each jar's size and date");
    }

    @Test
    void dumpUsesThisJvmAndItsClassPath() {
        List<String> cmd = new CdsArchive(appDir, cache.resolve("a.jsa"), JUNIT_JAR).dumpCommand(appDir.resolve("x.jsa"));
        assertTrue(cmd.contains("-Xshare:dump"));
        assertTrue(cmd.contains("-XX:SharedClassListFile=" + appDir.resolve(CdsArchive.CLASS_LIST)));
        assertEquals(JUNIT_JAR, cmd.get(cmd.size() - 1));
        assertTrue(cmd.stream().anyMatch(c -> c.startsWith(System.getProperty("java.home"))));
    }

    @Test
    void dumpUsesTheLaunchersGarbageCollectorAndNoOtherLauncherOption() {
        List<String> launcher = List.of("-Xms64m", "-XX:+UseSerialGC", "--add-exports=javafx.base/a.b=ALL-UNNAMED",
                "-XX:SharedArchiveFile=/somewhere/claimline.jsa", "-Xshare:auto");
        List<String> cmd = new CdsArchive(appDir, cache.resolve("a.jsa"), JUNIT_JAR, launcher)
                .dumpCommand(appDir.resolve("x.jsa"));
        assertTrue(cmd.contains("-XX:+UseSerialGC"), cmd.toString());
        assertTrue(cmd.stream().noneMatch(c -> c.equals("-Xms64m") || c.startsWith("--add-exports")
                || c.equals("-Xshare:auto") || c.contains("/somewhere/")), cmd.toString());
        assertTrue(new CdsArchive(appDir, cache.resolve("a.jsa"), JUNIT_JAR).dumpCommand(appDir.resolve("x.jsa")).stream()
                .noneMatch(c -> c.endsWith("GC")));
    }

    @Test
    void withoutTheLaunchersArchiveOrAClassListThereIsNothingToMake() {
        // tests run from target/classes, without the launcher's property and no class list next to the code
        assertTrue(CdsArchive.ofRunningImage().isEmpty());
    }

    private static String jarOf(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
