package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimline.storage.CodebookFile;
import org.claimline.workspace.bench.WorkspaceGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** library, search and codebook on a generated folder, through the CLI as a user types them. */
class WorkspaceCommandsTest {
    @TempDir
    static Path dir;
    @TempDir
    static Path cache;

    @BeforeAll
    static void workspace() throws Exception {
        System.setProperty("claimline.cacheDir", cache.toString());
        new WorkspaceGenerator().generate(dir, 5, 15, 3);
        Files.write(dir.resolve("empty.txt"), new byte[0]);
    }

    @AfterAll
    static void clear() {
        System.clearProperty("claimline.cacheDir");
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AppContext.cli().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void libraryListsEveryArticleAsTextOrJson() {
        Run text = run("library", dir.toString());
        assertEquals(0, text.code(), text.err());
        assertEquals(6, text.out().lines().count());
        assertTrue(text.out().contains("empty.txt\tempty.txt\t\t\t0\tto read\tthe file is empty"), text.out());
        Run json = run("library", dir.toString(), "--json");
        assertEquals(6, json.out().lines().count());
        String first = json.out().lines().filter(l -> l.contains("op-ed-00000")).findFirst().orElseThrow();
        assertTrue(first.startsWith("{\"path\":\"") && first.contains("\"claims\":3") && first.contains("\"status\":\"to-read\""), first);
    }

    @Test
    void searchFindsACommonWordAndSaysWhenNothingMatches() {
        Run r = run("search", dir.toString(), "government", "--json", "--limit", "3");
        assertEquals(0, r.code(), r.err());
        assertEquals(3, r.out().lines().count());
        assertTrue(r.out().contains("\"snippet\""));
        Run none = run("search", dir.toString(), "zzzqqq");
        assertEquals(0, none.code());
        assertTrue(none.err().contains("no matches"), none.err());
    }

    @Test
    void codebookExportsAndPreviewsAnImport() throws Exception {
        Run qdc = run("codebook", dir.toString(), "--export", "qdc");
        assertEquals(0, qdc.code(), qdc.err());
        assertTrue(qdc.out().contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\""));
        Path csv = dir.resolve("more.csv");
        Files.writeString(csv, "kind,name\nissue,Fisheries\nissue,Trade\n");
        Run preview = run("codebook", dir.toString(), "--import", csv.toString());
        assertTrue(preview.out().contains("add\tissue\tFisheries"), preview.out());
        assertTrue(preview.out().contains("same\tissue\tTrade"), preview.out());
        assertFalse(CodebookFile.read(CodebookFile.in(dir)).issueNamed("Fisheries").isPresent(), "not without --yes");
        run("codebook", dir.toString(), "--import", csv.toString(), "--yes");
        assertTrue(CodebookFile.read(CodebookFile.in(dir)).issueNamed("Fisheries").isPresent());
    }

    @Test
    void usageErrorsNameWhatIsWrong() {
        assertEquals(2, run("library").code());
        assertEquals(2, run("codebook", dir.toString(), "--export", "pdf").code());
        Run notDir = run("library", dir.resolve("nope").toString());
        assertEquals(1, notDir.code());
        assertTrue(notDir.err().contains("is not a folder"), notDir.err());
        assertEquals(2, run("bench-workspace", "--articles", "x").code());
    }
}
