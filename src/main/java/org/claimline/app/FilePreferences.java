package org.claimline.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.claimline.ui.common.UiPreferences;

/**
 * UI preferences (window, theme, zoom, recent files, last taxonomy) in {@code settings.properties} in the
 * user's Claimline config folder. A plain properties file rather than java.util.prefs: it loads without the
 * XML machinery at start-up, has no 8 KB value limit, and sits beside the single-instance socket. Written
 * atomically on each change; a missing or unreadable file means defaults, never a failed start.
 */
final class FilePreferences implements UiPreferences {
    private final Path file;
    private final Properties values = new Properties();

    FilePreferences(Path file) {
        this.file = file;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(r);
        } catch (IOException | IllegalArgumentException e) {
            // first start, or a damaged file: start from the defaults (the file is rewritten on the next change)
        }
    }

    /** The settings file in the user's config folder ($XDG_CONFIG_HOME/claimline or ~/.config/claimline). */
    static FilePreferences forUser() {
        return new FilePreferences(SingleInstance.defaultDir().resolve("settings.properties"));
    }

    @Override
    public synchronized String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    @Override
    public synchronized void put(String key, String value) {
        if (value.equals(values.getProperty(key))) {
            return;
        }
        values.setProperty(key, value);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(w, "Claimline settings");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // settings are a comfort: an unwritable config folder must not disturb reading and annotating
        }
    }
}
