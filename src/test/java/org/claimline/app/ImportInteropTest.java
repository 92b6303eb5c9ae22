package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Claim;
import org.claimline.model.Taxonomy;
import org.claimline.session.AnnotationMerge;
import org.claimline.storage.LoadResult;
import org.claimline.storage.SidecarStore;
import org.claimline.ui.common.MemoryPreferences;
import org.claimline.ui.reader.ReaderViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} as other tools' files reach it: Hypothesis API rows, W3C collections and pages, selectors with
 * contexts of any length; run twice it changes nothing; and nothing is dropped or changed without a reason on
 * the command line and in the result the GUI shows.
 */
class ImportInteropTest {
    private static final String ARTICLE = """
            Last year was one of the most confrontational periods for Korea-Japan relations in recent memory.

            In addition to these, the conflict between Korea and Japan has been expanding due to concerns that \
            Korea's foreign policy is leaning toward China, the semiconductor competition issue and the spread of \
            anti-Korean sentiment in Japan.

            The semiconductor competition issue is not new, and the trade whitelist made it worse.
            """;

    @TempDir
    Path dir;
    private Path article;
    private String text;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() throws Exception {
        article = dir.resolve("korea-japan.txt");
        Files.writeString(article, ARTICLE, StandardCharsets.UTF_8);
        text = AppContext.cleaner().clean(Files.readAllBytes(article), "korea-japan.txt").text();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return AppContext.cli().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String said() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String json) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, json, StandardCharsets.UTF_8);
        return p;
    }

    private List<Claim> claims() {
        LoadResult r = SidecarStore.read(SidecarStore.forArticle(article).path(), text);
        return r.hasContent() ? r.file().annotations().claims() : List.of();
    }

    private static String quoteSelector(String exact, String prefix, String suffix) {
        return "{\"type\":\"TextQuoteSelector\",\"exact\":\"" + exact + "\",\"prefix\":\"" + prefix
                + "\",\"suffix\":\"" + suffix + "\"}";
    }

    @Test
    void shortContextAnchorsWhereTheSelectorSays() throws Exception {
        // the selector: an 11-character prefix, an 8-character suffix, exact and unique with them
        Path theirs = file("short.json", "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"type\":\"Annotation\","
                + "\"id\":\"urn:uuid:11111111-2222-4333-8444-555555555555\",\"bodyValue\":\"short context\","
                + "\"target\":{\"source\":\"korea-japan.txt\",\"selector\":"
                + quoteSelector("semiconductor competition issue", "China, the ", " and the") + "}}");
        assertEquals(0, run("import", theirs.toString(), "--into", article.toString()), said());
        Claim c = claims().get(0);
        assertFalse(c.anchor().isOrphan(), "an exact, unique match with its context is placed");
        int at = text.indexOf("China, the semiconductor") + "China, the ".length();
        assertEquals(at, c.range().start(), "the occurrence the context names, not the later one");
        assertEquals("semiconductor competition issue", c.quote());
    }

    @Test
    void hypothesisApiRowsKeepTextTagsAndUser() throws Exception {
        String row = "{\"id\":\"Kx8bz8AEeq\",\"created\":\"2026-05-01T10:00:00.000000+00:00\","
                + "\"updated\":\"2026-05-02T10:00:00.000000+00:00\",\"user\":\"acct:alice@hypothes.is\","
                + "\"uri\":\"https://www.koreatimes.co.kr/opinion/123\",\"text\":\"Check the *framing*\","
                + "\"tags\":[\"trade\",\"framing\"],\"group\":\"__world__\",\"permissions\":{},"
                + "\"target\":[{\"source\":\"https://www.koreatimes.co.kr/opinion/123\",\"selector\":["
                + "{\"type\":\"RangeSelector\",\"endContainer\":\"/div[1]/p[3]\",\"endOffset\":120,"
                + "\"startContainer\":\"/div[1]/p[3]\",\"startOffset\":89},"
                + "{\"type\":\"TextPositionSelector\",\"start\":5012,\"end\":5043},"
                + quoteSelector("semiconductor competition issue", "ng toward China, the ", " and the spread of anti-K")
                + "]}],\"document\":{\"title\":[\"How to restore relations\"]}}";
        Path theirs = file("hypothesis.json", "{\"total\":3,\"rows\":[" + row + "]}");
        assertEquals(0, run("import", theirs.toString(), "--into", article.toString()), said());
        Claim c = claims().get(0);
        assertEquals("Kx8bz8AEeq", c.id());
        assertEquals("Check the *framing*", c.note(), "text is the note");
        assertEquals(List.of("trade", "framing"), c.tags());
        assertEquals("alice", c.creator(), "user is the creator");
        assertEquals(java.time.Instant.parse("2026-05-02T10:00:00Z"), c.modified());
        assertFalse(c.anchor().isOrphan());
        String s = said();
        assertTrue(s.contains("1 new claim"), s);
        assertTrue(s.contains("says 3 annotations but the file holds 1"), s);
        assertTrue(s.contains("its position (start 5012, end 5043) is not a passage of the article"), s);
        assertTrue(s.contains("target https://www.koreatimes.co.kr/opinion/123, not korea-japan.txt"), s);
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() throws Exception {
        int at = text.indexOf("confrontational periods");
        String mine = "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"type\":\"Annotation\","
                + "\"id\":\"urn:uuid:aaaaaaaa-0000-4000-8000-000000000001\",\"bodyValue\":\"MINE\",\"target\":{\"selector\":"
                + "[{\"type\":\"TextPositionSelector\",\"start\":" + at + ",\"end\":" + (at + 23) + "}]}}";
        assertEquals(0, run("import", file("mine.json", mine).toString(), "--into", article.toString()), said());
        String theirs = "[" + mine.replace("MINE", "THEIRS") + ","
                + "{\"type\":\"Annotation\",\"bodyValue\":\"no id\",\"target\":{\"selector\":"
                + quoteSelector("trade whitelist", "", "") + "}},"
                + "{\"type\":\"Annotation\",\"id\":\"http://example.org/a/2\",\"bodyValue\":\"new\",\"target\":{\"selector\":"
                + quoteSelector("recent memory", "", "") + "}}]";
        Path t = file("theirs.json", theirs);
        assertEquals(0, run("import", t.toString(), "--into", article.toString()), said());
        assertTrue(said().contains("2 new claims, 1 conflict"), said());
        List<Claim> once = claims();
        assertEquals(4, once.size(), "mine, their copy of it, and two new");
        for (int n = 0; n < 2; n++) {
            assertEquals(0, run("import", t.toString(), "--into", article.toString()), said());
            assertTrue(said().contains("0 new claims, 0 conflicts, 3 unchanged"), said());
            assertEquals(once, claims(), "a second import of the same file changes nothing");
        }
    }

    @Test
    void nothingIsDroppedOrChangedWithoutAReason() throws Exception {
        int length = text.codePointCount(0, text.length());
        String page = "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"type\":\"AnnotationPage\","
                + "\"id\":\"http://example.org/page1\",\"partOf\":{\"id\":\"http://example.org/c\",\"total\":5},\"items\":["
                + "{\"id\":\"http://example.org/bad\",\"type\":\"Annotation\",\"bodyValue\":\"backwards\",\"target\":{\"selector\":"
                + "{\"type\":\"TextPositionSelector\",\"start\":50,\"end\":10}}},"
                + "{\"id\":\"http://example.org/far\",\"type\":\"Annotation\",\"bodyValue\":\"too far\",\"target\":{\"selector\":"
                + "{\"type\":\"TextPositionSelector\",\"start\":" + length + ",\"end\":" + (length + 9) + "}}},"
                + "{\"id\":\"http://example.org/q\",\"type\":\"Annotation\",\"motivation\":\"questioning\","
                + "\"body\":[\"http://example.org/evidence.pdf\",{\"type\":\"TextualBody\",\"value\":\"why?\"}],"
                + "\"target\":{\"source\":\"other-article.txt\",\"selector\":" + quoteSelector("recent memory", "", "") + "}}]}";
        Path p = file("page.json", page);
        assertEquals(0, run("import", p.toString(), "--into", article.toString()), said());
        String s = said();
        assertTrue(s.contains("skipped http://example.org/bad: its position (start 50, end 10) is not a passage"), s);
        assertTrue(s.contains("skipped http://example.org/far: its position"), s);
        assertTrue(s.contains("changed http://example.org/q: its motivation \u201Cquestioning\u201D became a tag"), s);
        assertTrue(s.contains("changed http://example.org/q: a body is a linked resource (http://example.org/evidence.pdf)"), s);
        assertTrue(s.contains("says 5 annotations but the file holds 3"), s);
        assertTrue(s.contains("target other-article.txt, not korea-japan.txt"), s);
        List<Claim> got = claims();
        assertEquals(1, got.size(), "no empty orphan for a position that is no passage");
        assertEquals(List.of("questioning"), got.get(0).tags());
        assertTrue(got.get(0).note().contains("http://example.org/evidence.pdf") && got.get(0).note().contains("why?"));

        // the GUI gets the same notices in the result it shows
        Article a = AppContext.cleaner().clean(Files.readAllBytes(article), "korea-japan.txt");
        AnnotationMerge.Result r = AppContext.sharing().importAnnotations(p, a, AnnotationSet.empty(Taxonomy.empty()));
        assertTrue(r.notices().stream().anyMatch(n -> n.startsWith("skipped http://example.org/bad")), r.notices().toString());
        assertTrue(r.summary().contains("notes on the import"), r.summary());

        // and the reader shows them: an information dialog listing each, with its reason
        Files.deleteIfExists(SidecarStore.forArticle(article).path());
        ReaderViewModel vm = new ReaderViewModel(new CleanerArticleSource(AppContext.cleaner()),
                AppContext.repository(), new MemoryPreferences(), Runnable::run, Runnable::run)
                .withSharing(AppContext.sharing());
        vm.openFile(article);
        vm.importAnnotations(p);
        org.claimline.document.Problem shown = vm.problemProperty().get();
        assertNotNull(shown);
        assertEquals(org.claimline.document.Problem.Kind.INFO, shown.kind());
        assertTrue(shown.message().contains("skipped http://example.org/bad: its position (start 50, end 10)"), shown.message());
        assertTrue(shown.message().contains("became a tag"), shown.message());
    }

    @Test
    void aCollectionWhosePagesAreElsewhereIsRefusedWithAMessage() throws Exception {
        Path c = file("remote.json", "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"type\":\"AnnotationCollection\","
                + "\"id\":\"http://example.org/c\",\"total\":42,\"first\":\"http://example.org/c/page1\"}");
        assertEquals(1, run("import", c.toString(), "--into", article.toString()));
        String s = said();
        assertTrue(s.contains("separate pages (first: http://example.org/c/page1)"), s);
        assertFalse(s.contains("new claim"), s);
        assertNotNull(s);
    }
}
