package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePreferencesTest {
    @TempDir
    Path dir;

    @Test
    void valuesSurviveARestartWithoutSizeLimit() {
        Path file = dir.resolve("config/claimline/settings.properties");
        FilePreferences p = new FilePreferences(file);
        assertEquals("light", p.get("theme", "light"));
        String big = "issue\t#1f77b4\n".repeat(2000) + "\u00e9\uD83D\uDE00 =:#!";
        p.put("theme", "dark");
        p.put("taxonomy", big);
        p.putDouble("zoom", 1.3);
        FilePreferences again = new FilePreferences(file);
        assertEquals("dark", again.get("theme", "light"));
        assertEquals(big, again.get("taxonomy", ""));
        assertEquals(1.3, again.getDouble("zoom", 1.0));
    }

    @Test
    void aDamagedOrUnwritableFileMeansDefaultsNotAFailure() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.write(file, new byte[] {'k', '=', '\\', 'u', 'z', 'z'}); // a broken \\u escape
        FilePreferences p = new FilePreferences(file);
        assertEquals("light", p.get("theme", "light"));
        Path blocked = dir.resolve("a-file");
        Files.writeString(blocked, "");
        FilePreferences unwritable = new FilePreferences(blocked.resolve("settings.properties"));
        unwritable.put("theme", "dark"); // its folder cannot be created: kept in memory, no exception
        assertEquals("dark", unwritable.get("theme", "light"));
    }
}
