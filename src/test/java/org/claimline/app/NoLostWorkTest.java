package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.claimline.model.Anchor;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Claim;
import org.claimline.model.Stance;
import org.claimline.model.Taxonomy;
import org.claimline.model.TextRange;
import org.claimline.storage.DocumentInfo;
import org.claimline.storage.LoadResult;
import org.claimline.storage.SidecarStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reliability issue's command-line cases: no command overwrites its inputs, writes a file it cannot read
 * back, rewrites a file for nothing, or hangs or runs out of memory on a file that is not a file.
 */
class NoLostWorkTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private Path article;
    private Path sidecar;

    int run(String... args) {
        outBytes.reset();
        errBytes.reset();
        return AppContext.cli().run(List.of(args), new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    }

    String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void annotatedSample() throws Exception {
        article = dir.resolve("a.txt");
        sidecar = annotate(article, 3);
    }

    /** The built-in sample at {@code at}, with a sidecar holding {@code n} claims on its first sentences. */
    static Path annotate(Path at, int n) throws Exception {
        Files.createDirectories(at.toAbsolutePath().getParent());
        Files.write(at, SampleArticle.bytes());
        Article a = AppContext.cleaner().clean(at);
        List<Claim> claims = new ArrayList<>();
        for (String s : sentences(a.text(), n)) {
            int start = a.text().indexOf(s);
            claims.add(new Claim("urn:uuid:00000000-0000-4000-8000-00000000000" + claims.size(),
                    Anchor.exact(a.text(), new TextRange(start, start + s.length())), "claim " + claims.size(),
                    List.of(), List.of(), Stance.UNCLEAR, "", List.of(), null, null, null));
        }
        SidecarStore store = SidecarStore.forArticle(at);
        store.load(a.text());
        Taxonomy taxonomy = new Taxonomy(List.of(new org.claimline.model.Issue("i-trade", "Trade", "#aa3311")), List.of());
        store.save(new AnnotationSet(taxonomy, claims), DocumentInfo.of(at.getFileName().toString(),
                Files.readAllBytes(at), a, org.claimline.cleaning.ArticleCleaner.version()), a.text());
        return SidecarStore.sidecarFor(at);
    }

    /** {@code n} distinct sentences of the text, each found once in it. */
    static List<String> sentences(String text, int n) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("(?<=[.!?])\\s+")) {
            String t = s.strip();
            if (t.length() > 40 && t.length() < 300 && !t.contains("\n") && text.indexOf(t) == text.lastIndexOf(t)
                    && !out.contains(t)) {
                out.add(t);
            }
            if (out.size() == n) {
                break;
            }
        }
        assertEquals(n, out.size(), "the sample has enough sentences");
        return out;
    }

    /** A W3C annotation file holding one claim on {@code exact}. */
    static Path w3c(Path file, String id, String exact) throws Exception {
        String json = "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"Annotation\", \"id\": \"" + id
                + "\", \"body\": {\"type\": \"TextualBody\", \"purpose\": \"describing\", \"value\": \"from " + id
                + "\"}, \"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \""
                + exact.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}}}";
        Files.writeString(file, json);
        return file;
    }

    // 1. an export never overwrites its own input

    @Test
    void exportRefusesToWriteOverItsOwnArticleOrSidecar() throws Exception {
        byte[] articleBefore = Files.readAllBytes(article);
        byte[] sidecarBefore = Files.readAllBytes(sidecar);
        for (String format : List.of("md", "html", "csv", "jsonld", "qdpx")) {
            assertEquals(1, run("export", "--format", format, "--out", article.toString(), article.toString()), format);
            assertTrue(err().contains("one of the files being read") && err().contains("Nothing was written"), err());
            assertEquals(1, run("export", "--format", format, "--out", sidecar.toString(), article.toString()), format);
            assertTrue(err().contains("annotation sidecar"), err());
        }
        // another spelling of the same path, and a link to it
        assertEquals(1, run("export", "--format", "md", "--out", dir.resolve(".").resolve("a.txt").toString(),
                article.toString()));
        Path link = dir.resolve("link.md");
        Files.createSymbolicLink(link, article);
        assertEquals(1, run("export", "--format", "md", "--out", link.toString(), article.toString()));
        assertArrayEquals(articleBefore, Files.readAllBytes(article));
        assertArrayEquals(sidecarBefore, Files.readAllBytes(sidecar));
    }

    @Test
    void corpusExportRefusesAnOutputAmongItsArticlesBeforeReadingAnything() throws Exception {
        Path corpus = dir.resolve("corpus");
        Path a1 = annotate(corpus.resolve("a1.txt"), 2);
        annotate(corpus.resolve("a2.txt"), 2);
        byte[] before = Files.readAllBytes(a1);
        assertEquals(1, run("export", "--format", "md", "--out", a1.toString(), corpus.toString()));
        assertArrayEquals(before, Files.readAllBytes(a1));
        // one file per article into the articles' own folder: beside them, never over them
        assertEquals(0, run("export", "--format", "html", "--out", corpus.toString(), corpus.toString()), err());
        assertArrayEquals(before, Files.readAllBytes(a1));
        assertTrue(Files.isRegularFile(corpus.resolve("a1.html")));
    }

    // 2. two writers: see ConcurrentImportTest

    // 3. never write what cannot be read back

    @Test
    void aSaveLargerThanASidecarMayBeIsRefusedAndTheFileKept() throws Exception {
        Article a = AppContext.cleaner().clean(article);
        LoadResult loaded = SidecarStore.read(sidecar, a.text());
        List<Claim> claims = new ArrayList<>(loaded.file().annotations().claims());
        String megabyte = "n".repeat(1 << 20);
        Claim first = claims.get(0);
        for (int i = 0; i < 40; i++) {
            claims.add(new Claim("urn:uuid:10000000-0000-4000-8000-0000000000" + (10 + i), first.anchor(), "big",
                    List.of(), List.of(), Stance.UNCLEAR, megabyte, List.of(), null, null, null));
        }
        byte[] before = Files.readAllBytes(sidecar);
        SidecarStore store = SidecarStore.forArticle(article);
        store.load(a.text());
        org.claimline.storage.SidecarSaveException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.claimline.storage.SidecarSaveException.class, () -> store.save(new AnnotationSet(Taxonomy.empty(),
                        claims), loaded.file().document(), a.text()));
        assertTrue(e.getMessage().contains("larger than the 32 MB Claimline can read back"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(sidecar));
        assertEquals(LoadResult.Status.OK, SidecarStore.read(sidecar, a.text()).status());
    }

    // 4. clean --out never overwrites an input or a sidecar

    @Test
    void cleanOutRefusesItsOwnInputAndSidecarNames() throws Exception {
        Path d = dir.resolve("d");
        Files.createDirectories(d);
        Path self = d.resolve("self.json");
        Files.writeString(self, "<p>An article saved as json by mistake, long enough to be cleaned as text.</p>");
        byte[] before = Files.readAllBytes(self);
        assertEquals(1, run("clean", "--out", d.toString(), self.toString()));
        assertTrue(err().contains("one of the files being read"), err());
        assertArrayEquals(before, Files.readAllBytes(self));

        // "a.txt.annotations.html" would be cleaned into "a.txt.annotations.json": the sidecar of a.txt
        Path trap = dir.resolve("a.txt.annotations.html");
        Files.write(trap, SampleArticle.bytes());
        byte[] sidecarBefore = Files.readAllBytes(sidecar);
        assertEquals(1, run("clean", "--out", dir.toString(), trap.toString()));
        assertTrue(err().contains("annotation sidecar"), err());
        assertArrayEquals(sidecarBefore, Files.readAllBytes(sidecar));

        Path afile = dir.resolve("afile");
        Files.writeString(afile, "x");
        assertEquals(2, run("clean", "--out", afile.toString(), article.toString()));
        assertTrue(err().contains("is a file, not a folder") && !err().contains("afile: afile"), err());
    }

    // 5. corpus export: articles of the same name in different folders stay apart

    @Test
    void corpusExportKeepsSameNamedArticlesApart() throws Exception {
        Path corpus = dir.resolve("c");
        annotate(corpus.resolve("a/same.txt"), 1);
        annotate(corpus.resolve("b/same.txt"), 2);
        annotate(corpus.resolve("b/same.html"), 1);
        Path out = dir.resolve("out");
        assertEquals(0, run("export", "--format", "html", "--out", out.toString(), corpus.toString()), err());
        assertTrue(err().contains("exported 3 articles"), err());
        try (var s = Files.walk(out)) {
            assertEquals(3, s.filter(Files::isRegularFile).count());
        }
        assertTrue(Files.isRegularFile(out.resolve("a/same.html")));
        assertTrue(Files.isRegularFile(out.resolve("b/same.txt.html")));
        assertTrue(Files.isRegularFile(out.resolve("b/same.html.html")));
    }

    // 6. a write that changes nothing writes nothing

    @Test
    void aNoOpImportLeavesTheSidecarAndItsBackupAlone() throws Exception {
        Path theirs = w3c(dir.resolve("theirs.json"), "urn:uuid:20000000-0000-4000-8000-000000000001",
                sentences(AppContext.cleaner().clean(article).text(), 5).get(4));
        assertEquals(0, run("import", theirs.toString(), "--into", article.toString()), err());
        Path bak = dir.resolve(sidecar.getFileName() + ".bak");
        byte[] sidecarBytes = Files.readAllBytes(sidecar);
        byte[] bakBytes = Files.readAllBytes(bak);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(sidecar, old);
        Files.setLastModifiedTime(bak, old);
        assertEquals(0, run("import", theirs.toString(), "--into", article.toString()), err());
        assertArrayEquals(sidecarBytes, Files.readAllBytes(sidecar));
        assertArrayEquals(bakBytes, Files.readAllBytes(bak));
        assertEquals(old, Files.getLastModifiedTime(sidecar));
        assertEquals(old, Files.getLastModifiedTime(bak));
    }

    // 7. an export that fails half-way leaves the previous one

    @Test
    void aCorpusExportThatFailsOnACorruptSidecarKeepsThePreviousOutput() throws Exception {
        Path corpus = dir.resolve("k");
        annotate(corpus.resolve("1.txt"), 1);
        annotate(corpus.resolve("2.txt"), 1);
        Path third = annotate(corpus.resolve("3.txt"), 1);
        Path out = dir.resolve("all.md");
        assertEquals(0, run("export", "--out", out.toString(), corpus.toString()), err());
        byte[] previous = Files.readAllBytes(out);
        assertTrue(previous.length > 100);
        Files.writeString(third, "{\"broken");
        assertEquals(1, run("export", "--out", out.toString(), corpus.toString()));
        assertArrayEquals(previous, Files.readAllBytes(out));
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    // 8. links and permissions

    @Test
    void aLinkedSidecarIsSavedAtItsTargetAndKeepsItsMode() throws Exception {
        Path shared = dir.resolve("shared");
        Files.createDirectories(shared);
        Path target = shared.resolve("real.annotations.json");
        Files.move(sidecar, target);
        Files.createSymbolicLink(sidecar, target);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        Path theirs = w3c(dir.resolve("t.json"), "urn:uuid:30000000-0000-4000-8000-000000000001",
                sentences(AppContext.cleaner().clean(article).text(), 6).get(5));
        assertEquals(0, run("import", theirs.toString(), "--into", article.toString()), err());
        assertTrue(Files.isSymbolicLink(sidecar), "the link is still a link");
        assertTrue(Files.readString(target).contains("30000000-0000-4000-8000-000000000001"), "the target was updated");
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        Path bak = shared.resolve("real.annotations.json.bak");
        assertTrue(Files.isRegularFile(bak, java.nio.file.LinkOption.NOFOLLOW_LINKS), "the backup is a file of its own");
        assertFalse(Files.readString(bak).contains("30000000-0000-4000-8000-000000000001"), "the backup is the old version");
    }

    // 10, 11. files that are not files

    @Test
    void devicesAndPipesAreRefusedWithoutReadingOrWaiting() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "a /dev/zero to read");
        Path fifo = dir.resolve("pipe.txt");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo works here");
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String bad : List.of("/dev/zero", fifo.toString())) {
                assertEquals(1, run("clean", bad));
                assertTrue(err().contains("not a regular file") && !err().contains("Exception"), err());
                assertEquals(1, run("import", bad, "--into", article.toString()));
                assertTrue(err().contains("not a regular file"), err());
                assertEquals(1, run("validate", bad));
                assertTrue(out().contains("not a regular file") && !out().contains("no such file"), out());
            }
            // the sidecar itself a pipe, then a link to /dev/zero
            Files.delete(sidecar);
            assertEquals(0, new ProcessBuilder("mkfifo", sidecar.toString()).start().waitFor());
            Path theirs = w3c(dir.resolve("t.json"), "urn:uuid:40000000-0000-4000-8000-000000000001",
                    sentences(AppContext.cleaner().clean(article).text(), 1).get(0));
            assertEquals(1, run("import", theirs.toString(), "--into", article.toString()));
            assertTrue(err().contains("not a regular file") && err().contains("Nothing was imported"), err());
            assertEquals(1, run("reanchor", article.toString()));
            assertTrue(err().contains("not a regular file"), err());
            Files.delete(sidecar);
            Files.createSymbolicLink(sidecar, Path.of("/dev/zero"));
            assertEquals(1, run("import", theirs.toString(), "--into", article.toString()));
            assertTrue(err().contains("not a regular file"), err());
            assertTrue(Files.isSymbolicLink(sidecar));
        });
    }

    @Test
    void sizeLimitsHoldAtTheLimitAndJustPast() throws Exception {
        long limit = org.claimline.cleaning.ArticleCleaner.MAX_INPUT_BYTES;
        Path at = dir.resolve("at.txt");
        Path past = dir.resolve("past.txt");
        byte[] line = "A plain sentence of an article that goes on and on for the sake of its size.\n"
                .getBytes(StandardCharsets.US_ASCII);
        for (Path p : List.of(at, past)) {
            try (var o = new java.io.BufferedOutputStream(Files.newOutputStream(p))) {
                long size = p == at ? limit : limit + 1;
                for (long w = 0; w < size; w += line.length) {
                    o.write(line, 0, (int) Math.min(line.length, size - w));
                }
            }
        }
        assertEquals(1, run("clean", past.toString()));
        assertTrue(err().contains("larger than 50 MB") && !err().contains("is 50 MB"), err());
        outBytes.reset();
        int code = run("clean", at.toString());
        assertFalse(err().contains("larger than"), "a file of exactly the limit is read: " + err());
        assertTrue(code == 0 || code == 1, err());
    }

    // 13. messages in the reader's words

    @Test
    void brokenSidecarsAreDescribedWithoutJavaNames() throws Exception {
        List<String> bodies = List.of(
                "\"just text\"",
                "{\"cl:schemaVersion\": NaN}",
                "{\"type\": \"AnnotationCollection\", \"cl:schemaVersion\": \"1\"}",
                "{\"type\": \"AnnotationCollection\", \"cl:schemaVersion\": 1, \"first\": {\"items\": [{\"type\": "
                        + "\"Annotation\", \"target\": {\"selector\": [{\"type\": \"TextPositionSelector\", \"start\": "
                        + "\"10\", \"end\": 20}]}}]}}",
                "{\"cl:schemaVersion\": 1, \"x\": [" + "[".repeat(300) + "]".repeat(300) + "]}");
        for (String body : bodies) {
            Files.writeString(sidecar, body);
            run("validate", sidecar.toString());
            String said = out() + err();
            assertTrue(said.contains(": error: "), said);
            for (String leak : List.of("org.claimline", "java.lang", "com.fasterxml", "JsonReadFeature", "Dto",
                    "StreamReadConstraints", "`")) {
                assertFalse(said.contains(leak), "'" + leak + "' in: " + said);
            }
        }
    }

    // 14. one set of rules for every reader

    @Test
    void aSidecarThatFailsValidationIsRefusedByEveryCommand() throws Exception {
        String good = Files.readString(sidecar);
        List<String> broken = List.of(
                good.replaceFirst("\"end\": (\\d+)", "\"end\": 1000000"),
                good.replaceFirst("\"start\": (\\d+)", "\"start\": \"$1\""),
                good.replaceFirst("\"exact\": \"[^\"]*\"", "\"exact\": \"\""),
                good.replaceFirst("\"cl:schemaVersion\": (\\d+)", "\"cl:schemaVersion\": \"$1\""),
                good.replaceFirst("\"purpose\": \"describing\",\\s*\"value\": \"[^\"]*\"",
                        "\"purpose\": \"describing\", \"value\": 42"));
        Path theirs = w3c(dir.resolve("t.json"), "urn:uuid:50000000-0000-4000-8000-000000000001",
                sentences(AppContext.cleaner().clean(article).text(), 4).get(3));
        for (String b : broken) {
            assertFalse(b.equals(good), "the fixture changed the file");
            Files.writeString(sidecar, b);
            byte[] before = Files.readAllBytes(sidecar);
            assertEquals(1, run("validate", sidecar.toString()), b);
            assertEquals(1, run("reanchor", article.toString()), out());
            assertEquals(1, run("export", "--format", "qdpx", "--out", dir.resolve("x.qdpx").toString(),
                    article.toString()), err());
            assertEquals(1, run("import", theirs.toString(), "--into", article.toString()), err());
            assertArrayEquals(before, Files.readAllBytes(sidecar), "import left the file alone");
        }
        assertTrue(good.contains("\"#aa3311\""), good);
        Files.writeString(sidecar, good.replace("\"#aa3311\"", "\"red\""));
        assertEquals(1, run("validate", sidecar.toString()));
        assertTrue(out().contains("#rrggbb"), out());
    }

    // 15. file names that start with a dash

    @Test
    void aDashFileNameNeedsDoubleDashAndWorksWithIt() throws Exception {
        Path dash = dir.resolve("-dash.txt");
        annotate(dash, 1);
        assertEquals(2, run("export", "-dash.txt"));
        assertTrue(err().contains("put -- before it"), err());
        assertEquals(0, run("export", "--format", "md", "--", dash.toString()), err());
        assertTrue(out().contains("claim 0"), out());
        assertEquals(0, run("export", "--help"));
        assertTrue(out().contains("--out"), out());
        assertEquals(2, run("import", "x.json"));
        assertTrue(err().contains("--into ARTICLE is needed"), err());
    }

    // fuzz: names with control characters and markup, taxonomy names and tags with line breaks

    @Test
    void oddNamesRoundTripAndEveryExportCopes() throws Exception {
        Path odd = dir.resolve("na\u0007me <img src=x onerror=alert(1)>\n.txt");
        Files.write(odd, SampleArticle.bytes());
        Article a = AppContext.cleaner().clean(odd);
        String s = sentences(a.text(), 1).get(0);
        int at = a.text().indexOf(s);
        Taxonomy taxonomy = new Taxonomy(List.of(new org.claimline.model.Issue("i1", "Trade\n# war\r", "#112233")),
                List.of(new org.claimline.model.Actor("a1", "Japan\n- the state", List.of("Tokyo\n"))));
        Claim c = new Claim("urn:uuid:70000000-0000-4000-8000-000000000001",
                Anchor.exact(a.text(), new TextRange(at, at + s.length())), "sum\rmary", List.of("i1"), List.of("a1"),
                Stance.OPPOSES, "note\n\n# heading", List.of("tag\nwith break", "<b>"), null, null, null);
        AnnotationSet set = new AnnotationSet(taxonomy, List.of(c));
        SidecarStore store = SidecarStore.forArticle(odd);
        store.load(a.text());
        store.save(set, DocumentInfo.of(odd.getFileName().toString(), Files.readAllBytes(odd), a, org.claimline.cleaning.ArticleCleaner.version()), a.text());
        LoadResult back = SidecarStore.read(SidecarStore.sidecarFor(odd), a.text());
        assertEquals(LoadResult.Status.OK, back.status(), back.message());
        assertEquals(taxonomy, back.file().annotations().taxonomy());
        Claim read = back.file().annotations().claims().get(0);
        assertEquals(c.tags(), read.tags());
        assertEquals(c.summary(), read.summary());
        assertEquals(c.note(), read.note());
        assertEquals(0, run("validate", SidecarStore.sidecarFor(odd).toString()), out());
        for (String format : List.of("md", "html", "csv", "jsonld", "qdpx")) {
            Path out = dir.resolve("odd-export." + format);
            assertEquals(0, run("export", "--out", out.toString(), "--", odd.toString()), format + ": " + err());
            assertTrue(Files.size(out) > 0, format);
        }
    }
}
