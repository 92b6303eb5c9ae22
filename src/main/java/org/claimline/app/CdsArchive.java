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
 * The AppCDS archive of the packaged app, {@code lib/app/claimline.jsa}, which the launcher always names
 * ({@code -XX:SharedArchiveFile=$APPDIR/claimline.jsa -Xshare:auto}). An archive only matches the folder it was
 * made in, and Java 17 cannot create one automatically, so it is made where the app lives: by a static dump from
 * the class list recorded at build time ({@code claimline.classlist}, see packaging/linux/train-cds.sh). A static
 * dump loads classes but runs no app code and needs no display, so the .deb's postinst can run it as root, and a
 * moved, writable app image redoes it in the background after its first window.
 */
final class CdsArchive {
    static final String ARCHIVE = "claimline.jsa";
    static final String CLASS_LIST = "claimline.classlist";
    /** The folder the archive was made for; a match that still does not map means "do not retry". */
    static final String MADE_FOR = "claimline.jsa.folder";
    static final String OFF_PROPERTY = "claimline.cds";

    private final Path appDir;
    private final String classPath;
    private final List<String> collector;

    /** {@code classPath}: jars only (CDS refuses folders), exactly as the launcher will pass them. */
    CdsArchive(Path appDir, String classPath) {
        this(appDir, classPath, List.of());
    }

    /**
     * {@code launcherOptions}: the JVM options the launcher passes; the dump uses the same garbage collector, so
     * the archive holds no heap objects that this collector cannot map (JDK 17 maps them only with G1).
     */
    CdsArchive(Path appDir, String classPath, List<String> launcherOptions) {
        this.appDir = appDir;
        this.classPath = classPath;
        this.collector = launcherOptions.stream().filter(o -> o.matches("-XX:\\+Use\\w+GC")).toList();
    }

    /** The folder of claimline.jar, when running from a packaged image (which has the class list). */
    static Optional<CdsArchive> ofRunningImage() {
        try {
            Path jar = Path.of(CdsArchive.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = jar.getParent();
            return Files.isRegularFile(jar) && dir != null && Files.isRegularFile(dir.resolve(CLASS_LIST))
                    ? Optional.of(new CdsArchive(dir, System.getProperty("java.class.path"),
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
        return appDir.resolve(ARCHIVE);
    }

    /** Should this launch make the archive? Not when it is in use, switched off, or already tried here. */
    boolean worthRegenerating() {
        if (archiveInUse() || "off".equals(System.getProperty(OFF_PROPERTY))
                || String.valueOf(System.getenv("JAVA_TOOL_OPTIONS")).contains("Xshare:off")
                || !Files.isWritable(appDir)) {
            return false;
        }
        try {
            Path madeFor = appDir.resolve(MADE_FOR);
            return !(Files.isRegularFile(madeFor)
                    && Files.readString(madeFor, StandardCharsets.UTF_8).equals(appDir.toAbsolutePath().toString()));
        } catch (IOException e) {
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
        Path tmp = appDir.resolve(ARCHIVE + ".tmp");
        Files.deleteIfExists(tmp);
        Path output = appDir.resolve(ARCHIVE + ".log");
        Process p = new ProcessBuilder(dumpCommand(tmp))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            log.println("claimline: CDS dump timed out");
            return 1;
        }
        Files.writeString(appDir.resolve(MADE_FOR), appDir.toAbsolutePath().toString(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0 || !Files.isRegularFile(tmp)) {
            Files.deleteIfExists(tmp);
            log.println("claimline: CDS dump failed (status " + p.exitValue() + "), see " + output);
            return 1;
        }
        Files.deleteIfExists(output);
        Files.move(tmp, archive(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return 0;
    }

    /** After the first window of a launch without a usable archive: make one for the next launch. */
    static void regenerateInBackgroundIfUseful() {
        ofRunningImage().filter(CdsArchive::worthRegenerating).ifPresent(cds -> {
            Thread t = new Thread(() -> {
                try {
                    cds.dump(System.err);
                } catch (IOException e) {
                    System.err.println("claimline: CDS dump failed: " + e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "claimline-cds-dump");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        });
    }
}
