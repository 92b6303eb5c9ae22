package org.claimline.lab;

import org.claimline.app.AppContext;

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
    void evalPrintsOneRowPerSetAndInputKindWithTheCatastrophicPagesAndTheMedian() throws Exception {
        page("a", "Budget vote", PARAGRAPH + "\n\n" + PARAGRAPH.replace("council", "mayor"), true);
        page("b", "Other page", "Completely different expected words that share nothing at all.", false);
        String[] r = run("eval", dir.toString(), "--worst", "1");
        assertEquals("0", r[0], r[2]);
        String[] lines = r[1].split("\n");
        assertEquals(5, lines.length, r[1]);
        assertTrue(lines[0].startsWith("set ") && lines[0].contains("<0.5") && lines[0].contains("median"), lines[0]);
        String set = dir.getFileName().toString();
        // the text dump of page a: one paragraph of two, so recall about half
        assertTrue(lines[1].startsWith(set) && lines[1].contains(" txt ") && lines[1].contains("    1 "), lines[1]);
        // html: page a perfect, page b nothing in common: mean 0.5, one page under 0.5, median 0.5
        // both pages clean confidently: none doubtful
        assertTrue(lines[2].matches(".* html +2  0\\.5000  0\\.5000  0\\.5000 +1 +1  0\\.5000 +0/0  100\\.0% \\(2/2\\)"),
                lines[2]);
        assertTrue(lines[0].contains("doubtful"), lines[0]);
        assertEquals("worst 1:", lines[3]);
        assertTrue(lines[4].contains("/html  b ") && lines[4].contains("F1=0.0000"), lines[4]);

        String[] txt = run("eval", dir.toString(), "--input", "txt", "--pages");
        assertTrue(txt[1].startsWith(set + "/txt  a "), txt[1]);
        assertEquals(3, txt[1].split("\n").length, txt[1]);
        assertEquals("2", run("eval", dir.toString(), "--input", "pdf")[0]);
        assertEquals("2", run("eval")[0]);
    }

    @Test
    void evalHalfKeepsThePagesWhoseNameEndsInAnOddDigitAndSeveralSetsGetATotalRow() throws Exception {
        Path root = dir;
        for (String set : List.of("one", "two")) {
            for (String name : List.of("1", "2", "3")) {
                Path p = Files.createDirectories(root.resolve(set).resolve(name));
                Files.writeString(p.resolve("source.txt"), PARAGRAPH + "\n");
                Files.writeString(p.resolve("expected.txt"), PARAGRAPH);
            }
        }
        String[] r = run("eval", root.toString(), "--half", "odd");
        assertEquals("0", r[0], r[2]);
        String[] lines = r[1].split("\n");
        assertEquals(4, lines.length, r[1]);
        assertTrue(lines[1].startsWith("one ") && lines[1].contains(" txt       2 "), lines[1]);
        assertTrue(lines[2].startsWith("two ") && lines[2].contains(" txt       2 "), lines[2]);
        assertTrue(lines[3].startsWith("all sets") && lines[3].contains(" 4 "), lines[3]);
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
