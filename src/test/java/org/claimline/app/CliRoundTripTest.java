package org.claimline.app;

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
import org.claimline.model.Actor;
import org.claimline.model.Anchor;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Claim;
import org.claimline.model.Issue;
import org.claimline.model.Stance;
import org.claimline.model.Taxonomy;
import org.claimline.model.TextRange;
import org.claimline.storage.DocumentInfo;
import org.claimline.storage.LoadResult;
import org.claimline.storage.SidecarStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's commands working together on real files: sidecar → export → import into another copy. */
class CliRoundTripTest {
    private static final String PASSAGE = "Japan's growing distrust of Korea has its beginnings in Korea's tilting toward China";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return AppContext.cli().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path article(String name) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, SampleArticle.bytes());
        return p;
    }

    private static Claim claim(String id, String text, String passage, String note, Taxonomy t) {
        int at = text.indexOf(passage);
        assertTrue(at >= 0, "passage in the cleaned sample");
        return new Claim(id, Anchor.exact(text, new TextRange(at, at + passage.length())),
                "distrust began with Korea tilting toward China", List.of(t.issues().get(0).id()),
                List.of(t.actors().get(0).id(), t.actors().get(1).id()), Stance.NEUTRAL, note, List.of(),
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"), "analyst");
    }

    @Test
    void exportThenImportIntoAnotherCopyKeepsTheClaims() throws Exception {
        Path mine = article("mine.txt");
        Article cleaned = AppContext.cleaner().clean(mine);
        String text = cleaned.text();
        Taxonomy t = new Taxonomy(List.of(new Issue("i1", "Korea–China alignment", "#d62728")),
                List.of(new Actor("a1", "Japan", List.of()), new Actor("a2", "Korea", List.of("South Korea"))));
        AnnotationSet set = new AnnotationSet(t, List.of(
                claim("7d3f6a0e-1111-4c8e-9a55-0a1b2c3d4e5f", text, PASSAGE, "=cmd|' /C calc'!A0", t)));
        SidecarStore.forArticle(mine).save(set, DocumentInfo.of("mine.txt", SampleArticle.bytes(), cleaned, org.claimline.cleaning.ArticleCleaner.version()), text);

        assertEquals(0, run("export", "--format", "csv", mine.toString()), err.toString());
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.contains(PASSAGE), csv);
        assertTrue(csv.contains("'=cmd"), "formula neutralised: " + csv);

        Path jsonld = dir.resolve("shared.jsonld");
        assertEquals(0, run("export", "--format", "jsonld", "--out", jsonld.toString(), mine.toString()), err.toString());

        Path theirs = article("theirs.txt");
        assertEquals(0, run("import", jsonld.toString(), "--into", theirs.toString()), err.toString());
        LoadResult r = SidecarStore.read(SidecarStore.sidecarFor(theirs), text);
        assertEquals(LoadResult.Status.OK, r.status(), String.valueOf(r.message()));
        List<Claim> imported = new ArrayList<>(r.file().annotations().claims());
        assertEquals(1, imported.size());
        assertEquals(PASSAGE, imported.get(0).quote());
        assertEquals(set.claims().get(0).range(), imported.get(0).range());
        assertEquals(List.of("Korea–China alignment"),
                imported.get(0).issueIds().stream().map(id -> r.file().annotations().taxonomy().issue(id).orElseThrow().name()).toList());

        // importing the same file again changes nothing and loses nothing
        assertEquals(0, run("import", jsonld.toString(), "--into", theirs.toString()), err.toString());
        assertEquals(1, SidecarStore.read(SidecarStore.sidecarFor(theirs), text).file().annotations().claims().size());

        assertEquals(0, run("validate", SidecarStore.sidecarFor(theirs).toString()), out + " " + err);
    }

    @Test
    void importRefusesACorruptSidecarAndLeavesItAlone() throws Exception {
        Path a = article("a.txt");
        Path sidecar = SidecarStore.sidecarFor(a);
        Files.writeString(sidecar, "{\"type\": \"AnnotationCollection\", ");
        Path incoming = dir.resolve("in.json");
        Files.writeString(incoming, "[]");
        assertEquals(1, run("import", incoming.toString(), "--into", a.toString()));
        assertTrue(err.toString().contains("a.txt.annotations.json"), err.toString());
        assertEquals("{\"type\": \"AnnotationCollection\", ", Files.readString(sidecar));
    }
}
