package org.claimline.workspace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Where a workspace's caches live: {@code $XDG_CACHE_HOME/claimline/index/<hash>} (else
 * {@code ~/.cache/claimline/index/<hash>}; the system property {@code claimline.cacheDir} replaces
 * {@code …/claimline} for tests), the hash taken of the folder's absolute path. Outside the user's
 * folder, so deleting it loses nothing but time.
 */
public final class CacheDirs {
    private CacheDirs() {
    }

    public static Path forWorkspace(Path root) {
        String override = System.getProperty("claimline.cacheDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override).resolve("index").resolve(key(root));
        }
        return forWorkspace(root, System.getenv(), System.getProperty("user.home"));
    }

    public static Path forWorkspace(Path root, Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(userHome, ".cache");
        return base.resolve("claimline").resolve("index").resolve(key(root));
    }

    static String key(Path root) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(root.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
