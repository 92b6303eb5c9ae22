package org.claimline.workspace;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The library's facts of every article, kept between sessions in one small binary file in the cache folder, so a
 * second opening reads no article that did not change. A missing, damaged or older-format file reads as empty (the
 * articles are read again); writes go to a temporary file moved into place.
 */
public final class MetadataCache {
    static final int MAGIC = 0x434c5753; // "CLWS"
    /** Bumped with the layout, and with the cleaner's version so new cleaning shows up in the library. */
    static final int FORMAT = 1;
    static final String FILE = "library.bin";
    private static final int MAX_STRING = 1 << 20;

    private MetadataCache() {
    }

    public static Map<String, ArticleInfo> load(Path cacheDir) {
        Path file = cacheDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new HashMap<>();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT
                    || !org.claimline.cleaning.ArticleCleaner.version().equals(str(in))) {
                return new HashMap<>();
            }
            int n = in.readInt();
            if (n < 0 || n > 10_000_000) {
                return new HashMap<>();
            }
            Map<String, ArticleInfo> out = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                ArticleInfo a = read(in);
                out.put(a.rel(), a);
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return new HashMap<>();
        }
    }

    public static void save(Path cacheDir, Collection<ArticleInfo> infos) throws IOException {
        Files.createDirectories(cacheDir);
        Path tmp = Files.createTempFile(cacheDir, FILE, ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                str(out, org.claimline.cleaning.ArticleCleaner.version());
                out.writeInt(infos.size());
                for (ArticleInfo a : infos) {
                    write(out, a);
                }
            }
            try {
                Files.move(tmp, cacheDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, cacheDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void write(DataOutputStream out, ArticleInfo a) throws IOException {
        str(out, a.rel());
        out.writeLong(a.size());
        out.writeLong(a.mtime());
        for (String s : new String[] {a.hash(), a.title(), a.outlet(), a.byline(), a.published(), a.language(),
                a.problem(), a.sidecarProblem()}) {
            str(out, s);
        }
        out.writeLong(a.sidecarSize());
        out.writeLong(a.sidecarMtime());
        out.writeInt(a.claims());
        out.writeInt(a.issueCounts().size());
        for (Map.Entry<String, Integer> e : a.issueCounts().entrySet()) {
            str(out, e.getKey());
            out.writeInt(e.getValue());
        }
        out.writeInt(a.actors().size());
        for (String s : a.actors()) {
            str(out, s);
        }
    }

    private static ArticleInfo read(DataInputStream in) throws IOException {
        String rel = str(in);
        long size = in.readLong();
        long mtime = in.readLong();
        String[] s = new String[8];
        for (int i = 0; i < s.length; i++) {
            s[i] = str(in);
        }
        long sSize = in.readLong();
        long sMtime = in.readLong();
        int claims = in.readInt();
        int ni = count(in);
        Map<String, Integer> issues = new LinkedHashMap<>();
        for (int i = 0; i < ni; i++) {
            issues.put(str(in), in.readInt());
        }
        int na = count(in);
        List<String> actors = new ArrayList<>(na);
        for (int i = 0; i < na; i++) {
            actors.add(str(in));
        }
        return new ArticleInfo(rel, size, mtime, s[0], s[1], s[2], s[3], s[4], s[5], s[6], sSize, sMtime, claims,
                issues, actors, s[7]);
    }

    private static int count(InputStream in) throws IOException {
        int n = ((DataInputStream) in).readInt();
        if (n < 0 || n > 1_000_000) {
            throw new IOException("bad count");
        }
        return n;
    }

    private static void str(OutputStream o, String s) throws IOException {
        DataOutputStream out = (DataOutputStream) o;
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String str(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > MAX_STRING) {
            throw new IOException("bad string length");
        }
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new IOException("truncated");
        }
        return new String(b, StandardCharsets.UTF_8);
    }
}
