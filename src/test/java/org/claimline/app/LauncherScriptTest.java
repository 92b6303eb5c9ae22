package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux launcher (packaging/linux/launcher.sh, installed as bin/NAME): it must start the image's runtime with
 * what jpackage wrote into lib/app/NAME.cfg, pass every argument through untouched, and name this user's AppCDS
 * archive in the cache folder, per install location. Runs it on a small fake image whose "runtime" is this JDK.
 */
class LauncherScriptTest {
    private static final Path SCRIPT = Path.of("packaging/linux/launcher.sh");

    @TempDir
    Path tmp;
    private Path image;
    private Path cache;

    @BeforeEach
    void fakeImage() throws Exception {
        assumeTrue(new File("/bin/bash").canExecute() && Files.isRegularFile(SCRIPT), "needs bash (Linux)");
        image = Files.createDirectories(tmp.resolve("My Apps/Probe"));
        Path app = Files.createDirectories(image.resolve("lib/app"));
        Files.createDirectories(image.resolve("lib/runtime"));
        Files.createSymbolicLink(image.resolve("lib/runtime/bin"), Path.of(System.getProperty("java.home"), "bin"));
        Path classes = Path.of(LauncherProbeMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Files.createSymbolicLink(app.resolve("classes"), classes);
        Files.writeString(app.resolve("Probe.cfg"), String.join("\n",
                "[Application]",
                "app.classpath=$APPDIR/classes",
                "app.mainclass=" + LauncherProbeMain.class.getName(),
                "",
                "[JavaOptions]",
                "java-options=-Dprobe.appdir=$APPDIR",
                "java-options=-Xss2m",
                ""), StandardCharsets.UTF_8);
        Path bin = Files.createDirectories(image.resolve("bin"));
        Files.copy(SCRIPT, bin.resolve("Probe"));
        bin.resolve("Probe").toFile().setExecutable(true);
        cache = tmp.resolve("cache");
    }

    private List<String> run(Path launcher, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("CLAIMLINE_CDS");
        pb.environment().remove("GSETTINGS_BACKEND");
        pb.environment().remove("XDG_RUNTIME_DIR");
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }

    @Test
    void passesArgumentsThroughAndNamesThisUsersArchiveForThisLocation() throws Exception {
        List<String> out = run(image.resolve("bin/Probe"), Map.of(), "a file.txt", "", "--smoke");
        assertEquals(List.of("arg=a file.txt", "arg=", "arg=--smoke"), out.subList(0, 3));
        assertEquals("appdir=" + image.toRealPath().resolve("lib/app"), out.get(3));
        String archive = out.get(4).substring("archive=".length());
        assertTrue(archive.startsWith(cache.resolve("claimline/cds/Probe-").toString()) && archive.endsWith(".jsa"),
                archive);
    }

    @Test
    void aSymlinkedLauncherIsTheSameInstallAndAnotherLocationGetsAnotherArchive() throws Exception {
        String direct = run(image.resolve("bin/Probe"), Map.of()).get(1);
        Path link = tmp.resolve("probe-link");
        Files.createSymbolicLink(link, image.resolve("bin/Probe"));
        assertEquals(direct, run(link, Map.of()).get(1));

        Path copy = tmp.resolve("Elsewhere/Probe");
        Files.createDirectories(copy.getParent());
        new ProcessBuilder("cp", "-a", image.toString(), copy.toString()).start().waitFor();
        String other = run(copy.resolve("bin/Probe"), Map.of()).get(1);
        assertTrue(!other.equals(direct) && other.startsWith("archive=" + cache.resolve("claimline/cds/Probe-")),
                other);
    }

    @Test
    void theArchiveCanBeSwitchedOffOrNamed() throws Exception {
        assertEquals("archive=null", run(image.resolve("bin/Probe"), Map.of("CLAIMLINE_CDS", "off")).get(1));
        assertEquals("archive=/some/where.jsa",
                run(image.resolve("bin/Probe"), Map.of("CLAIMLINE_CDS", "/some/where.jsa")).get(1));
    }

    @Test
    void gtkSettingsStayInMemoryOnlyWhereDconfCannotWrite() throws Exception {
        Path bin = image.resolve("bin/Probe");
        assertEquals("gsettings=memory", run(bin, Map.of()).get(2), "no runtime folder: dconf would warn");
        Path runtime = Files.createDirectories(tmp.resolve("runtime"));
        assertEquals("gsettings=null", run(bin, Map.of("XDG_RUNTIME_DIR", runtime.toString())).get(2));
        assertEquals("gsettings=keyfile", run(bin, Map.of("GSETTINGS_BACKEND", "keyfile")).get(2));
    }
}
