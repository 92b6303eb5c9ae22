package org.claimline.app;

import org.claimline.storage.SidecarNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.claimline.analysis.ClaimsTable;
import org.claimline.model.Actor;
import org.claimline.model.Article;
import org.claimline.model.Issue;
import org.claimline.model.Stance;
import org.claimline.model.Taxonomy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis commands end to end: real articles, cleaned and annotated through the real anchorer and store. */
class AnalysisCommandsTest {
    static final Instant AT = Instant.parse("2026-11-01T09:00:00Z");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    static final String A = "Japan's export curbs on chemicals hurt both economies more than anyone admits.";
    static final String B = "Tokyo was right to insist that the 1965 treaty settled every claim.";
    static final String C = "The court ruling on wartime labour cannot be undone by diplomats.";

    static String html(String title, String outlet, String date, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title>");
        if (outlet != null) {
            sb.append("<meta property=\"og:site_name\" content=\"").append(outlet).append("\">");
        }
        if (date != null) {
            sb.append("<meta property=\"article:published_time\" content=\"").append(date).append("T08:00:00Z\">");
        }
        sb.append("</head><body><article><h1>").append(title).append("</h1>");
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.append("</article></body></html>").toString();
    }

    static final String FILLER = "Relations between the two neighbours have seen many turns over the decades, and "
            + "each government has had to weigh its voters against the interests it shares with the other.";

    /** Two annotated articles, a corrupt sidecar, a sidecar whose article is gone. */
    static void writeCorpus(Path dir) throws Exception {
        AnnotatedCorpusWriter w = new AnnotatedCorpusWriter(AppContext.cleaner(), AppContext.placer());
        Taxonomy tax = new Taxonomy(List.of(new Issue("i1", "Trade", "#1f77b4"), new Issue("i2", "History", "#2ca02c")),
                List.of(new Actor("a1", "Japan", List.of()), new Actor("a2", "Korea", List.of())));
        Path a = dir.resolve("herald/a.html");
        Article art = w.writeArticle(a, html("Curbs that hurt", "Herald", "2020-01-15", FILLER, A, B, FILLER)
                .getBytes(StandardCharsets.UTF_8));
        w.writeClaims(a, art, tax, List.of(
                new AnnotatedCorpusWriter.ClaimSpec(A, "Curbs hurt both", List.of("i1"), List.of("a1", "a2"),
                        Stance.OPPOSES, "", "ann", AT),
                new AnnotatedCorpusWriter.ClaimSpec(B, "Treaty settled it", List.of("i1"), List.of("a1"),
                        Stance.SUPPORTS, "note, with a comma", "bob", AT)));
        Path b = dir.resolve("misc/b.html");
        Article brt = w.writeArticle(b, html("Courts and memory", null, null, FILLER, C, FILLER)
                .getBytes(StandardCharsets.UTF_8));
        w.writeClaims(b, brt, tax, List.of(
                new AnnotatedCorpusWriter.ClaimSpec(C, "Ruling stands", List.of("i2"), List.of("a2"),
                        Stance.NEUTRAL, "", "ann", AT),
                new AnnotatedCorpusWriter.ClaimSpec("A sentence this article never held at all.", "Lost",
                        List.of("i2"), List.of("a1"), Stance.OPPOSES, "", "ann", AT)));
        Path c = dir.resolve("broken/c.html");
        Files.createDirectories(c.getParent());
        Files.writeString(c, html("Broken", "X", null, FILLER));
        Files.writeString(SidecarNames.sidecarFor(c), "{ not json");
        Files.writeString(dir.resolve("gone.html.annotations.json"), "{}");
    }

    @BeforeEach
    void corpus() throws Exception {
        writeCorpus(dir);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return AppContext.cli().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void folderSourceReadsArticlesAndNamesProblems() throws Exception {
        ClaimsTable t = ClaimsTable.read(AppContext.folderCorpus(dir));
        assertEquals(2, t.articles().size());
        assertEquals("Herald", t.articles().get(0).outlet());
        assertEquals(java.time.LocalDate.of(2020, 1, 15), t.articles().get(0).published());
        assertEquals(null, t.articles().get(1).published());
        assertEquals(List.of("broken/c.html.annotations.json", "gone.html.annotations.json"),
                t.problems().stream().map(ClaimsTable.Problem::where).toList());
        assertTrue(t.problems().get(1).message().contains("its article gone.html is missing"));
        assertEquals("orphan", t.rows().get(3).claim().status().id());
        assertEquals("Curbs hurt both", t.rows().get(0).claim().summary());
        assertEquals(List.of("Japan", "Korea"), t.rows().get(0).claim().actors());
    }

    @Test
    void claimsAsJsonAndFiltered() throws Exception {
        assertEquals(0, run("claims", dir.toString(), "--format", "json"));
        JsonNode all = new ObjectMapper().readTree(stdout());
        assertEquals(4, all.size());
        assertEquals(A, all.get(0).get("quote").asText());
        assertTrue(stderr().contains("skipped broken/c.html.annotations.json"), stderr());
        assertEquals(0, run("claims", dir.toString(), "--issue", "Trade", "--actor", "Korea"));
        List<String> lines = stdout().lines().toList();
        assertEquals(2, lines.size(), stdout());
        assertTrue(lines.get(1).startsWith("Curbs that hurt,Herald,2020-01-15,herald/a.html,"));
        assertEquals(0, run("claims", dir.toString(), "--outlet", "(no outlet)", "--format", "md"));
        assertEquals(4, stdout().lines().count(), "header, rule and two claims");
    }

    @Test
    void matrixInEachFormat() throws Exception {
        assertEquals(0, run("matrix", dir.toString(), "--rows", "issue", "--cols", "actor"));
        assertEquals(List.of("Issue \\ Actor (claims),Japan,Korea,Total", "History,1,1,2", "Trade,2,1,2",
                "Total,3,2,4"), stdout().lines().toList());
        assertEquals(0, run("matrix", dir.toString(), "--rows", "outlet", "--cols", "issue", "--count", "articles",
                "--format", "json"));
        JsonNode m = new ObjectMapper().readTree(stdout());
        assertEquals("[\"Herald\",\"(no outlet)\"]", m.get("rowKeys").toString());
        assertEquals(2, m.get("total").asInt());
        assertEquals(0, run("matrix", dir.toString(), "--rows", "month", "--cols", "stance", "--format", "md"));
        assertTrue(stdout().contains("| 2020-01 | 1 | 1 | 0 | 2 |"), stdout());
    }

    @Test
    void reportWritesOneFileAndNeverOverAnInput() throws Exception {
        Path report = dir.resolve("out/report.html");
        assertEquals(0, run("report", dir.toString(), "--out", report.toString(), "--issue", "Trade"));
        String html = Files.readString(report);
        assertTrue(html.contains("Issue: Trade"));
        assertTrue(html.contains("2 of 4 claims"));
        Path article = dir.resolve("herald/a.html");
        byte[] before = Files.readAllBytes(article);
        assertEquals(2, run("report", dir.toString(), "--out", article.toString()));
        assertTrue(stderr().contains("is an annotated article"), stderr());
        assertEquals(2, run("report", dir.toString(), "--out", SidecarNames.sidecarFor(article).toString()));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(article)));
        assertEquals(1, run("claims", dir.toString(), "--out", article.toString()));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(article)));
        try (var s = Files.list(report.getParent())) {
            assertEquals(List.of(report), s.toList(), "no temporary file left behind");
        }
    }

    @Test
    void mistakesAreToldInWords() {
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"matrix", dir.toString(), "--rows", "issue", "--cols", "issue"});
        cases.add(new String[] {"matrix", dir.toString(), "--rows", "colour", "--cols", "issue"});
        cases.add(new String[] {"matrix", dir.toString(), "--rows", "issue"});
        cases.add(new String[] {"claims", dir.toString(), "--from", "yesterday"});
        cases.add(new String[] {"claims", dir.toString(), "--format", "xml"});
        cases.add(new String[] {"claims", dir.resolve("nope").toString()});
        cases.add(new String[] {"report", dir.toString()});
        cases.add(new String[] {"claims", dir.toString(), "--bogus", "1"});
        cases.add(new String[] {"analyse", dir.resolve("nope").toString()});
        for (String[] c : cases) {
            assertEquals(2, run(c), String.join(" ", c));
            assertFalse(stderr().contains("Exception"), stderr());
            assertTrue(stderr().startsWith("claimline " + c[0] + ": "), stderr());
        }
    }
}
