package org.claimline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares an output with its reviewed golden file. Run with {@code -Dclaimline.updateGolden=true} to rewrite
 * the files in src/test/resources after a deliberate change, then review the diff before committing.
 */
final class GoldenFiles {
    private static final String DIR = "org/claimline/export/golden/";

    private GoldenFiles() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        if (Boolean.getBoolean("claimline.updateGolden")) {
            Path p = Path.of("src/test/resources", DIR, name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, actual, StandardCharsets.UTF_8);
            return;
        }
        try (InputStream in = GoldenFiles.class.getClassLoader().getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new AssertionError("missing golden file " + DIR + name + " (run with -Dclaimline.updateGolden=true)");
            }
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, "output differs from " + name);
        }
    }
}
