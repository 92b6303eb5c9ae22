package org.claimline.app;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The packaged app's AppCDS archive. An archive only maps for the runtime and jars it was made with, and Java 17
 * cannot create one by itself, so it is made where it is used: the Linux launcher (packaging/linux/launcher.sh)
 * names one per user and install location in the cache folder ({@code -XX:SharedArchiveFile=... -Xshare:auto
 * -Dclaimline.cds.archive=...}); when it is missing or made for other jars, this makes it by a static dump from
 * the class list recorded at build time ({@code lib/app/claimline.classlist}, see packaging/linux/train-cds.sh),
 * in the background after the first window, or at once with {@code cds-dump}. A static dump loads classes but
 * runs no app code and needs no display.
 */
final class CdsArchive {
    static final String CLASS_LIST = "claimline.classlist";
    /** Set by the launcher: the archive file of this install for this user. */
    static final String ARCHIVE_PROPERTY = "claimline.cds.archive";
    static final String OFF_PROPERTY = "claimline.cds";

    private final Path appDir;
    private final Path archive;
    private final String classPath;
    private final List<String> collector;

    /** {@code classPath}: jars only (CDS refuses folders), exactly as the launcher passes them. */
    CdsArchive(Path appDir, Path archive, String classPath) {
        this(appDir, archive, classPath, List.of());
    }

    /**
     * {@code launcherOptions}: the JVM options the launcher passes; the dump uses the same garbage collector, so
     * the archive holds no heap objects that this collector cannot map (JDK 17 maps them only with G1).
     */
    CdsArchive(Path appDir, Path archive, String classPath, List<String> launcherOptions) {
        this.appDir = appDir;
        this.archive = archive.toAbsolutePath();
        this.classPath = classPath;
        this.collector = launcherOptions.stream().filter(o -> o.matches("-XX:\\+Use\\w+GC")).toList();
    }

    /**
     * The archive the launcher named, when running from a packaged image (which has the class list next to
     * claimline.jar); empty otherwise (tests, {@code java -jar}, launchers that name none).
     */
    static Optional<CdsArchive> ofRunningImage() {
        String named = System.getProperty(ARCHIVE_PROPERTY, "");
        if (named.isBlank()) {
            return Optional.empty();
        }
        try {
            Path jar = Path.of(CdsArchive.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = jar.getParent();
            return Files.isRegularFile(jar) && dir != null && Files.isRegularFile(dir.resolve(CLASS_LIST))
                    ? Optional.of(new CdsArchive(dir, Path.of(named), System.getProperty("java.class.path"),
                            ManagementFactory.getRuntimeMXBean().getInputArguments()))
                    : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** HotSpot says "sharing" in java.vm.info when a CDS archive is mapped; the image has no other archive. */
    static boolean archiveInUse() {
        return System.getProperty("java.vm.info", "").contains("sharing");
    }

    Path archive() {
        return archive;
    }

    /** Records what the archive was made from, beside it: a dump is tried once per install and set of jars. */
    Path stampFile() {
        return archive.resolveSibling(archive.getFileName() + ".made-from");
    }

    /** The class list and every jar of the class path with its size and date: a reinstall or update changes it. */
    String stamp() {
        StringBuilder sb = new StringBuilder(appDir.resolve(CLASS_LIST).toAbsolutePath().toString()).append('\n');
        for (String entry : classPath.split(File.pathSeparator)) {
            File f = new File(entry);
            sb.append(entry).append(' ').append(f.length()).append(' ').append(f.lastModified()).append('\n');
        }
        return sb.toString();
    }

    /** Should this launch make the archive? Not when one is in use or when switched off; else see {@link #due}. */
    boolean worthRegenerating() {
        return !archiveInUse() && !"off".equals(System.getProperty(OFF_PROPERTY))
                && !String.valueOf(System.getenv("JAVA_TOOL_OPTIONS")).contains("Xshare:off") && due();
    }

    /**
     * Whether a dump is due: its folder can be written and no dump was tried for exactly these jars yet (a dump
     * that failed, or an archive that still does not map, is not retried at every start).
     */
    boolean due() {
        try {
            Files.createDirectories(archive.getParent());
            if (!Files.isWritable(archive.getParent())) {
                return false;
            }
            Path made = stampFile();
            return !(Files.isRegularFile(made) && Files.readString(made, StandardCharsets.UTF_8).equals(stamp()));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The dump, with this JVM and exactly this JVM's class path: CDS accepts an archive only for the class path
     * it was made with.
     */
    List<String> dumpCommand(Path target) {
        List<String> cmd = new ArrayList<>();
        if (new File("/usr/bin/nice").canExecute()) {
            cmd.addAll(List.of("/usr/bin/nice", "-n", "15"));
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xshare:dump");
        cmd.addAll(collector);
        cmd.add("-XX:SharedClassListFile=" + appDir.resolve(CLASS_LIST));
        cmd.add("-XX:SharedArchiveFile=" + target);
        cmd.add("-Xlog:cds=error");
        cmd.add("-cp");
        cmd.add(classPath);
        return cmd;
    }

    /** Writes the archive next to a temporary name and moves it in, so a launch never maps a half-written file. */
    int dump(PrintStream log) throws IOException, InterruptedException {
        Files.createDirectories(archive.getParent());
        Path tmp = archive.resolveSibling(archive.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Path output = archive.resolveSibling(archive.getFileName() + ".log");
        Process p = new ProcessBuilder(dumpCommand(tmp))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            log.println("claimline: CDS dump timed out");
            return 1;
        }
        Files.writeString(stampFile(), stamp(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0 || !Files.isRegularFile(tmp)) {
            Files.deleteIfExists(tmp);
            log.println("claimline: CDS dump failed (status " + p.exitValue() + "), see " + output);
            return 1;
        }
        Files.deleteIfExists(output);
        Files.move(tmp, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return 0;
    }

    /** After the first window of a launch without a usable archive: make one for the next launch. */
    static void regenerateInBackgroundIfUseful() {
        if (System.getProperty(ARCHIVE_PROPERTY, "").isBlank()) {
            return;
        }
        // the checks read the stamp and every jar's date: file I/O, so off the FX thread as well
        Thread t = new Thread(() -> ofRunningImage().filter(CdsArchive::worthRegenerating).ifPresent(cds -> {
            try {
                cds.dump(System.err);
            } catch (IOException e) {
                System.err.println("claimline: CDS dump failed: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }), "claimline-cds-dump");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
