package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A missing or unreadable file is a one-line message naming it and the reason, never a stack trace. */
class CliErrorsTest {
    @TempDir
    Path dir;

    private String run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AppContext.cli().run(List.of(args), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void missingFilesAreNamedWithTheReason() throws Exception {
        Path missing = dir.resolve("gone.txt");
        String clean = run("clean", missing.toString());
        assertTrue(clean.contains("gone.txt") && clean.contains("no such file"), clean);
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "A sentence that is an article on its own, long enough to keep as it is.");
        String imp = run("import", missing.toString(), "--into", article.toString());
        assertTrue(imp.startsWith("claimline import: ") && imp.contains(missing + ": no such file"), imp);
        assertTrue(run("clean", dir.toString()).contains("is a folder"));
    }
}
