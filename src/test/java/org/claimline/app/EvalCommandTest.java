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

class EvalCommandTest {
    @TempDir
    Path dir;

    private static final String PARAGRAPH = "The council voted on the budget yesterday, and the result, close as it was,"
            + " will shape the city for years to come.";

    private void page(String name, String title, String expected, boolean withTxt) throws Exception {
        Path p = Files.createDirectories(dir.resolve(name));
        Files.writeString(p.resolve("source.html"), "<html><head><title>" + title + "</title></head><body><article><p>"
                + PARAGRAPH + "</p><p>" + PARAGRAPH.replace("council", "mayor") + "</p></article></body></html>");
        if (withTxt) {
            Files.writeString(p.resolve("source.txt"), PARAGRAPH + "\n");
        }
        Files.writeString(p.resolve("expected.txt"), expected);
        Files.writeString(p.resolve("expected-metadata.json"), "{\"title\": \"" + title + "\", \"byline\": null}");
    }

    private String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AppContext.cli().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void evalPrintsPerPageLinesAndAnOverallLine() throws Exception {
        page("a", "Budget vote", PARAGRAPH + "\n\n" + PARAGRAPH.replace("council", "mayor"), true);
        page("b", "Other page", "Completely different expected words that share nothing at all.", false);
        String[] r = run("eval", dir.toString());
        assertEquals("0", r[0], r[2]);
        String[] lines = r[1].split("\n");
        assertEquals(3, lines.length, r[1]);
        assertTrue(lines[0].startsWith("a ") && lines[0].contains("F1=1.0000") && lines[0].contains("title ok"), lines[0]);
        assertTrue(lines[1].startsWith("b ") && lines[1].contains("F1=0.0000"), lines[1]);
        assertTrue(lines[2].startsWith("overall: 2 pages  P=0.5000 R=0.5000 F1=0.5000  title 100.0% (2/2)"), lines[2]);

        String[] txt = run("eval", dir.toString(), "--input", "txt");
        assertTrue(txt[1].contains("overall: 1 pages"), txt[1]);
        assertEquals("2", run("eval", dir.toString(), "--input", "pdf")[0]);
    }

    @Test
    void benchCleanPrintsOneLinePerInputKind() throws Exception {
        page("a", "Budget vote", PARAGRAPH, true);
        String[] r = run("bench-clean", dir.toString());
        assertEquals("0", r[0], r[2]);
        String[] lines = r[1].split("\n");
        assertEquals(2, lines.length, r[1]);
        assertTrue(lines[0].matches("html: median \\d+\\.\\d ms, p95 \\d+\\.\\d ms, 1 pages"), lines[0]);
        assertTrue(lines[1].matches("txt: median \\d+\\.\\d ms, p95 \\d+\\.\\d ms, 1 pages"), lines[1]);
    }
}
