package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.claimline.storage.SidecarStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarCommandsTest {
    private static final String BODY = "Seoul and Tokyo argue about history again, and the quarrel spreads to trade.\n\n"
            + "The intelligence pact lapsed quietly in November, officials in both capitals said.\n\n"
            + "Exporters of chemicals felt the squeeze first; their shares fell by a tenth.\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        outBytes.reset();
        errBytes.reset();
        return AppContext.cli().run(List.of(args), new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    /** Writes the article and a sidecar with one claim on a phrase of each paragraph. */
    private Path annotatedArticle() throws Exception {
        Path article = dir.resolve("trade.txt");
        Files.writeString(article, BODY);
        Article a = AppContext.cleaner().clean(article);
        List<Claim> claims = new ArrayList<>();
        for (String phrase : List.of("argue about history", "pact lapsed quietly", "shares fell")) {
            int at = a.text().indexOf(phrase);
            assertTrue(at >= 0, "the cleaner kept: " + phrase);
            claims.add(new Claim("c-" + claims.size(), Anchor.exact(a.text(), new TextRange(at, at + phrase.length())),
                    "", List.of(), List.of(), Stance.UNCLEAR, "", List.of(), null, null, null));
        }
        SidecarStore store = SidecarStore.forArticle(article);
        store.load(a.text());
        store.save(new AnnotationSet(Taxonomy.empty(), claims),
                DocumentInfo.of("trade.txt", Files.readAllBytes(article), a, org.claimline.cleaning.ArticleCleaner.version()), a.text());
        return article;
    }

    @Test
    void validateAcceptsASavedSidecarAndReportsBrokenOnes() throws Exception {
        Path article = annotatedArticle();
        Path sidecar = SidecarStore.sidecarFor(article);
        assertEquals(0, run("validate", sidecar.toString()), out());
        assertTrue(out().contains("ok, 3 annotations (0 orphaned)"), out());

        Path broken = dir.resolve("broken.annotations.json");
        Files.writeString(broken, Files.readString(sidecar).replaceFirst("\"end\": (\\d+)", "\"end\": 9999"));
        Path truncated = dir.resolve("truncated.annotations.json");
        Files.writeString(truncated, Files.readString(sidecar).substring(0, 200));
        assertEquals(1, run("validate", sidecar.toString(), broken.toString(), truncated.toString()));
        assertTrue(out().contains(broken + ": error: annotation 1 (urn:claimline:claim:c-0): its position spans"), out());
        assertTrue(out().contains(truncated + ": error: ") && out().contains("truncated"), out());
        assertTrue(out().contains("2 of 3 sidecars have problems"), out());
        assertEquals(2, run("validate"));
    }

    @Test
    void validateChecksANewerFormatAsFarAsItKnowsItAndSaysSo() throws Exception {
        Path sidecar = SidecarStore.sidecarFor(annotatedArticle());
        Path newer = dir.resolve("newer.annotations.json");
        Files.writeString(newer, Files.readString(sidecar).replaceFirst("\"cl:schemaVersion\": 1", "\"cl:schemaVersion\": 7"));
        assertEquals(0, run("validate", newer.toString()), out());
        assertTrue(out().contains(newer + ": warning: written by a newer version of Claimline (format 7; this version "
                + "writes format 1): checked as far as this version knows the format"), out());
        assertTrue(out().contains("ok, 3 annotations"), out());
    }

    @Test
    void reanchorReportsMovesWithoutWriting() throws Exception {
        Path article = annotatedArticle();
        Path sidecar = SidecarStore.sidecarFor(article);
        byte[] before = Files.readAllBytes(sidecar);
        assertEquals(0, run("reanchor", article.toString()));
        assertTrue(out().contains("unchanged"), out());

        Files.writeString(article, "A new opening paragraph pushes everything down.\n\n" + BODY);
        assertEquals(0, run("reanchor", article.toString()), errBytes.toString(StandardCharsets.UTF_8));
        assertTrue(out().contains("moved: 3"), out());
        assertTrue(out().contains("\"pact lapsed quietly\""), out());
        assertTrue(out().contains("nothing written"), out());
        assertArrayEquals(before, Files.readAllBytes(sidecar));

        assertEquals(1, run("reanchor", dir.resolve("missing.txt").toString()));
    }

    /** The --explain line of claim {@code id}. */
    private String explained(String id) {
        for (String l : out().split("\n")) {
            if (l.startsWith("  " + id + "  ")) {
                return l;
            }
        }
        throw new AssertionError("no line for " + id + " in\n" + out());
    }

    @Test
    void reanchorExplainNamesTheRuleThatPlacedOrOrphanedEachAnnotation() throws Exception {
        Path article = annotatedArticle();
        byte[] sidecar = Files.readAllBytes(SidecarStore.sidecarFor(article));

        assertEquals(0, run("reanchor", "--explain", article.toString()), errBytes.toString(StandardCharsets.UTF_8));
        assertTrue(out().contains("unchanged"), out());
        assertTrue(explained("c-0").contains("anchored  recorded-range: the recorded range still holds the quote"),
                out());

        // a paragraph above them all, and the last paragraph gone
        String opening = "A new opening paragraph pushes everything down.\n\n";
        String kept = BODY.substring(0, BODY.indexOf("\n\nExporters"));
        Files.writeString(article, opening + kept + "\n");
        assertEquals(0, run("reanchor", "--explain", article.toString()), errBytes.toString(StandardCharsets.UTF_8));
        int now = opening.length() + BODY.indexOf("argue about history");
        assertTrue(explained("c-0").matches("  c-0  \\d+ → " + now + "  moved  [a-z-]+: .+"), out());
        assertTrue(explained("c-2").matches("  c-2  \\d+ → -  orphan  [a-z-]+: .+"), out());
        assertTrue(out().contains("moved: 2, fuzzy: 0, orphaned: 1 (of 3;"), out());
        assertArrayEquals(sidecar, Files.readAllBytes(SidecarStore.sidecarFor(article)), "nothing written");

        // without --explain, the report lists only what changes, as before
        assertEquals(0, run("reanchor", article.toString()));
        assertTrue(!out().contains("recorded-range") && out().contains("\"shares fell\""), out());

        assertEquals(0, run("reanchor", "--help"));
        assertTrue(out().contains("--explain"), out());
        assertEquals(2, run("reanchor", "--explain"));
    }
}
