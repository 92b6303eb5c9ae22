package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The dump the .deb's postinst and a moved image rely on: it must produce an archive this JVM accepts. */
class CdsArchiveTest {
    /** A class path of jars only, as in the packaged app (the test class path has folders, which CDS refuses). */
    private static final String JUNIT_JAR = jarOf(Test.class);

    @TempDir
    Path appDir;

    @Test
    void dumpsAnArchiveThatTheSameClassPathCanMap() throws Exception {
        Files.writeString(appDir.resolve(CdsArchive.CLASS_LIST),
                "java/lang/Object\njava/lang/String\norg/junit/jupiter/api/Test\n");
        CdsArchive cds = new CdsArchive(appDir, JUNIT_JAR);
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        assertEquals(0, cds.dump(new PrintStream(log, true, StandardCharsets.UTF_8)), log.toString(StandardCharsets.UTF_8));

        assertTrue(Files.size(cds.archive()) > 100_000);
        assertEquals(appDir.toAbsolutePath().toString(), Files.readString(appDir.resolve(CdsArchive.MADE_FOR)));
        assertTrue(Files.notExists(appDir.resolve(CdsArchive.ARCHIVE + ".tmp")));
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
    void dumpUsesThisJvmAndItsClassPath() {
        List<String> cmd = new CdsArchive(appDir, JUNIT_JAR).dumpCommand(appDir.resolve("x.jsa"));
        assertTrue(cmd.contains("-Xshare:dump"));
        assertTrue(cmd.contains("-XX:SharedClassListFile=" + appDir.resolve(CdsArchive.CLASS_LIST)));
        assertEquals(JUNIT_JAR, cmd.get(cmd.size() - 1));
        assertTrue(cmd.stream().anyMatch(c -> c.startsWith(System.getProperty("java.home"))));
    }

    @Test
    void dumpUsesTheLaunchersGarbageCollectorAndNoOtherLauncherOption() {
        List<String> launcher = List.of("-Xms64m", "-XX:+UseSerialGC", "--add-exports=javafx.base/a.b=ALL-UNNAMED",
                "-XX:SharedArchiveFile=/somewhere/claimline.jsa", "-Xshare:auto");
        List<String> cmd = new CdsArchive(appDir, JUNIT_JAR, launcher).dumpCommand(appDir.resolve("x.jsa"));
        assertTrue(cmd.contains("-XX:+UseSerialGC"), cmd.toString());
        assertTrue(cmd.stream().noneMatch(c -> c.equals("-Xms64m") || c.startsWith("--add-exports")
                || c.equals("-Xshare:auto") || c.contains("/somewhere/")), cmd.toString());
        assertTrue(new CdsArchive(appDir, JUNIT_JAR).dumpCommand(appDir.resolve("x.jsa")).stream()
                .noneMatch(c -> c.endsWith("GC")));
    }

    @Test
    void anImageWithoutClassListIsNotAPackagedImage() {
        // tests run from target/classes: no class list next to the code
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
