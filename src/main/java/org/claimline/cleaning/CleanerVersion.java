package org.claimline.cleaning;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The cleaner's version as recorded in sidecars and caches, derived from what the output depends on: a hash of
 * the cleaning package's compiled classes and resources (its rules, word lists and tables). Any change to the
 * cleaner yields a new version without anyone remembering to bump a number; the same build always gives the
 * same version. Computed once, on first use.
 */
final class CleanerVersion {
    /** The format of the version; bumped only if the way it is derived changes. */
    static final String SCHEME = "2";
    private static final String PACKAGE = "org/claimline/cleaning/";

    private CleanerVersion() {
    }

    static String compute() {
        try {
            Path where = Path.of(CleanerVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Entry> entries = Files.isDirectory(where) ? fromFolder(where) : fromJar(where);
            return SCHEME + "." + digest(entries);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return SCHEME + ".unknown";
        }
    }

    /** One file of the package: its name within the package and its bytes. */
    record Entry(String name, byte[] bytes) {
    }

    static String digest(List<Entry> entries) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            entries.stream().sorted((a, b) -> a.name().compareTo(b.name())).forEach(e -> {
                md.update(e.name().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.bytes());
            });
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Entry> fromFolder(Path root) throws IOException {
        Path pkg = root.resolve(PACKAGE);
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(pkg)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.add(new Entry(pkg.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static List<Entry> fromJar(Path jar) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (JarFile jf = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> en = jf.entries(); en.hasMoreElements(); ) {
                JarEntry e = en.nextElement();
                if (!e.isDirectory() && e.getName().startsWith(PACKAGE)) {
                    try (InputStream in = jf.getInputStream(e)) {
                        out.add(new Entry(e.getName().substring(PACKAGE.length()), in.readAllBytes()));
                    }
                }
            }
        }
        return out;
    }
}
