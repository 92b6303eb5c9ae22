package org.claimline.app;

import org.claimline.storage.SidecarNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.claimline.export.ExportFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    private final List<Path> sidecarsRead = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        ExportCommand cmd = new ExportCommand(new ExportService(file -> ExportFixture.article(), (sidecar, article) -> {
            sidecarsRead.add(sidecar);
            return ExportFixture.annotations();
        }, org.claimline.export.Exporters.standard(
                doc -> "{\"type\":\"AnnotationCollection\",\"total\":" + doc.claims().size() + "}")),
                () -> Instant.parse("2026-03-02T09:00:00Z"));
        return new Cli(List.of(cmd)).run(concat("export", args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static List<String> concat(String first, String... rest) {
        List<String> l = new ArrayList<>(List.of(first));
        l.addAll(List.of(rest));
        return l;
    }

    private Path article(String relative, boolean withSidecar) throws Exception {
        Path a = dir.resolve(relative);
        Files.createDirectories(a.getParent());
        Files.writeString(a, "article");
        if (withSidecar) {
            Files.writeString(SidecarNames.sidecarFor(a), "{}");
        }
        return a;
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneArticleToStdout() throws Exception {
        Path a = article("op-ed.html", true);
        assertEquals(0, run("--format", "md", a.toString()));
        assertTrue(stdout().startsWith("# How to restore relations between Korea and Japan\n"));
        assertTrue(stdout().contains("Source: op-ed.html"));
        assertEquals(List.of(SidecarNames.sidecarFor(a)), sidecarsRead);
    }

    @Test
    void anArticleWithoutSidecarIsExportedWithoutClaimsAndAWarning() throws Exception {
        Path a = article("bare.txt", false);
        assertEquals(0, run("--format", "md", a.toString()));
        assertTrue(stdout().contains("*No claims recorded.*"));
        assertTrue(sidecarsRead.isEmpty());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("exporting it without claims"));
    }

    @Test
    void aSidecarPathExportsItsArticle() throws Exception {
        Path a = article("op-ed.html", true);
        Path out = dir.resolve("claims.csv");
        assertEquals(0, run("--format", "csv", "--bom", "--no-formula-guard", "--out", out.toString(),
                SidecarNames.sidecarFor(a).toString()));
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFarticle title,"), "without the guard the header comes first");
        assertTrue(csv.contains(",op-ed.html,"));
    }

    @Test
    void aFolderIsOneCorpusWithProgress() throws Exception {
        article("a/one.txt", true);
        article("b/two.html", true);
        article("b/no-claims.txt", false);
        Files.writeString(dir.resolve("b/lost.txt" + SidecarNames.SUFFIX), "{}");
        Path out = dir.resolve("all.csv");
        assertEquals(0, run("--format", "csv", "--out", out.toString(), dir.toString()));
        String csv = Files.readString(out);
        int perArticle = ExportFixture.annotations().claims().size();
        assertEquals(1 + 2 * perArticle, csv.split("\r\n(?=How to|$)").length, csv);
        assertTrue(csv.contains(",a/one.txt,") && csv.contains(",b/two.html,"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("exporting 2/2 articles"), e);
        assertTrue(e.contains("skipping") && e.contains("lost.txt"), e);
    }

    @Test
    void qdpxNeedsAnOutputFileAndWritesAZip() throws Exception {
        Path a = article("op-ed.txt", true);
        assertEquals(2, run("--format", "qdpx", a.toString()));
        Path out = dir.resolve("p.qdpx");
        assertEquals(0, run("--format", "qdpx", "--out", out.toString(), a.toString()));
        try (ZipInputStream z = new ZipInputStream(Files.newInputStream(out))) {
            List<String> names = new ArrayList<>();
            for (var e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                names.add(e.getName());
            }
            assertTrue(names.contains("project.qde"));
            assertEquals(3, names.size(), "the article's text, the orphan's note as a text file, the project");
        }
    }

    @Test
    void htmlAndJsonLdCorpusWriteOneFilePerArticle() throws Exception {
        article("x/one.txt", true);
        article("x/two.txt", true);
        Path html = dir.resolve("reports");
        assertEquals(0, run("--format", "html", "--out", html.toString(), dir.resolve("x").toString()));
        assertTrue(Files.readString(html.resolve("one.html")).startsWith("<!DOCTYPE html>"));
        assertTrue(Files.exists(html.resolve("two.html")));
        Path jsonld = dir.resolve("ld");
        assertEquals(0, run("--format", "jsonld", "--out", jsonld.toString(), dir.resolve("x").toString()));
        assertTrue(Files.readString(jsonld.resolve("one.jsonld")).contains("AnnotationCollection"));
    }

    @Test
    void theFormatDefaultsToTheOutputExtension() throws Exception {
        Path a = article("op-ed.txt", true);
        Path out = dir.resolve("report.html");
        assertEquals(0, run("--out", out.toString(), a.toString()));
        assertTrue(Files.readString(out).startsWith("<!DOCTYPE html>"));
        assertEquals(2, run("--out", dir.resolve("report.pdf").toString(), a.toString()));
    }

    @Test
    void badArgumentsAreRefused() throws Exception {
        Path a = article("op-ed.txt", true);
        assertEquals(2, run("--format", "pdf", a.toString()));
        assertEquals(2, run("--format", "md"));
        assertEquals(1, run("--format", "md", dir.resolve("missing.txt").toString()));
        assertEquals(1, run("--format", "md", dir.resolve("orphan.txt" + SidecarNames.SUFFIX).toString()));
    }

    @Test
    void registeredInTheApplicationCli() {
        assertTrue(AppContext.cli().handles("export"));
    }
}
