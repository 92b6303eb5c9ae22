package org.claimline.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Claim;
import org.claimline.session.ThreeWayMerge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.claimline.repository.Reanchoring;
import org.claimline.repository.SidecarMerge;

class SidecarStoreTest {
    private static final String TEXT = SidecarFixtures.TEXT;

    @TempDir
    Path dir;

    private Path sidecar() {
        return SidecarStore.sidecarFor(dir.resolve("korea-japan-relations.txt"));
    }

    private SidecarStore saved(AnnotationSet set) throws Exception {
        SidecarStore store = new SidecarStore(sidecar());
        assertEquals(LoadResult.Status.MISSING, store.load(TEXT).status());
        assertEquals(SaveResult.Status.SAVED, store.save(set, SidecarFixtures.document(), TEXT).status());
        return store;
    }

    @Test
    void sidecarSitsBesideTheArticle() {
        assertEquals(dir.resolve("korea-japan-relations.txt.annotations.json"), sidecar());
    }

    @Test
    void saveThenLoadGivesTheSameClaimsAndKeepsTheOldVersionAsBak() throws Exception {
        AnnotationSet v1 = SidecarFixtures.full();
        SidecarStore store = saved(v1);
        byte[] first = Files.readAllBytes(sidecar());
        AnnotationSet v2 = v1.withoutClaim("claim-2");
        store.save(v2, SidecarFixtures.document(), TEXT);
        Path bak = sidecar().resolveSibling(sidecar().getFileName() + ".bak");
        assertArrayEquals(first, Files.readAllBytes(bak));
        LoadResult r = new SidecarStore(sidecar()).load(TEXT);
        assertEquals(LoadResult.Status.OK, r.status());
        assertEquals(v2, r.file().annotations());
        assertEquals(SidecarFixtures.document(), r.file().document());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".tmp")), "no temporary file left behind");
        }
    }

    private void assertCorruptAndUntouched(byte[] content, String expectedInMessage) throws Exception {
        Files.write(sidecar(), content);
        SidecarStore store = new SidecarStore(sidecar());
        LoadResult r = store.load(TEXT);
        assertEquals(LoadResult.Status.CORRUPT, r.status(), r.message());
        assertTrue(r.message().contains(sidecar().toString()), "names the file: " + r.message());
        assertTrue(r.message().contains(expectedInMessage), r.message());
        SidecarSaveException e = assertThrows(SidecarSaveException.class,
                () -> store.save(SidecarFixtures.full(), SidecarFixtures.document(), TEXT));
        assertTrue(e.getMessage().contains("move it aside"), e.getMessage());
        assertArrayEquals(content, Files.readAllBytes(sidecar()), "a corrupt file is never overwritten");
    }

    @Test
    void aFileOfTheWrongShapeIsDescribedInJsonTermsNotJavaClasses() throws Exception {
        String wrongKind = new String(Files.readAllBytes(saved(SidecarFixtures.full()).path()), StandardCharsets.UTF_8)
                .replaceFirst("\"cl:schemaVersion\" ?: ?1", "\"cl:schemaVersion\": [1]");
        assertCorruptAndUntouched(wrongKind.getBytes(StandardCharsets.UTF_8), "expected a number, found a list");
        assertCorruptAndUntouched("[[[[]]]]".getBytes(StandardCharsets.UTF_8), "not an annotation collection: expected an"
                + " object, found a list");
        assertFalse(new SidecarStore(sidecar()).load(TEXT).message().contains("Dto"));
    }

    @Test
    void truncatedFileIsCorrupt() throws Exception {
        SidecarStore store = saved(SidecarFixtures.full());
        byte[] whole = Files.readAllBytes(store.path());
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertCorruptAndUntouched(half, "truncated");
    }

    @Test
    void malformedAndForeignFilesAreCorrupt() throws Exception {
        assertCorruptAndUntouched("{\"type\": \"AnnotationCollection\", oops}".getBytes(StandardCharsets.UTF_8),
                "line 1, column 34: not valid JSON: found 'o' where a name in double quotes belongs");
        assertCorruptAndUntouched("{\"cl:schemaVersion\": 1, \"x\": [1, 2 3]}".getBytes(StandardCharsets.UTF_8),
                "not valid JSON: found '3' where a comma or a closing bracket belongs");
        assertCorruptAndUntouched("{\"type\": nope}".getBytes(StandardCharsets.UTF_8),
                "not valid JSON: found 'nope' where a JSON value belongs");
        assertCorruptAndUntouched("{\"type\": \"cut\noff\"}".getBytes(StandardCharsets.UTF_8),
                "line break or control character inside quoted text");
        assertCorruptAndUntouched(new byte[] {'{', 5, '}'}, "a control character between values");
        assertCorruptAndUntouched(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'},
                "not UTF-8 text");
        assertCorruptAndUntouched("[1, 2, 3]".getBytes(StandardCharsets.UTF_8), "cannot be read");
        assertCorruptAndUntouched("{\"type\": \"AnnotationCollection\"}".getBytes(StandardCharsets.UTF_8),
                "not a Claimline sidecar");
        assertCorruptAndUntouched("{\"cl:schemaVersion\": 1, \"cl:schemaVersion\": 1}".getBytes(StandardCharsets.UTF_8),
                "Duplicate");
    }

    @Test
    void deepNestingIsCorrupt() throws Exception {
        String deep = "{\"cl:schemaVersion\": 1, \"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertCorruptAndUntouched(deep.getBytes(StandardCharsets.UTF_8), "nested more than 200 levels");
    }

    @Test
    void hugeNumbersAreCorrupt() throws Exception {
        String big = "{\"cl:schemaVersion\": 1, \"x\": " + "9".repeat(5000) + "}";
        assertCorruptAndUntouched(big.getBytes(StandardCharsets.UTF_8), "a number longer than 64 digits");
        String overflow = "{\"cl:schemaVersion\": 99999999999999999999}";
        assertCorruptAndUntouched(overflow.getBytes(StandardCharsets.UTF_8), "out of range");
    }

    @Test
    void stringOverTheLimitIsCorrupt() throws Exception {
        // 12 MB: under the file-size limit, so the parser's string limit is what stops it
        String huge = "{\"cl:schemaVersion\": 1, \"x\": \"" + "a".repeat(12 * 1024 * 1024) + "\"}";
        assertCorruptAndUntouched(huge.getBytes(StandardCharsets.US_ASCII), "a text longer than 10 million characters");
    }

    @Test
    void hundredMegabyteStringIsRefusedBeforeParsing() throws Exception {
        // written in chunks so the test never holds 100 MB in memory
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(sidecar()))) {
            out.write("{\"cl:schemaVersion\": 1, \"x\": \"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
            out.write("\"}".getBytes(StandardCharsets.US_ASCII));
        }
        long size = Files.size(sidecar());
        Instant mtime = Files.getLastModifiedTime(sidecar()).toInstant();
        SidecarStore store = new SidecarStore(sidecar());
        LoadResult r = store.load(TEXT);
        assertEquals(LoadResult.Status.CORRUPT, r.status());
        assertTrue(r.message().contains("larger than 32 MB"), r.message());
        assertThrows(SidecarSaveException.class, () -> store.save(SidecarFixtures.full(), SidecarFixtures.document(), TEXT));
        assertEquals(size, Files.size(sidecar()));
        assertEquals(mtime, Files.getLastModifiedTime(sidecar()).toInstant());
    }

    @Test
    void moveAsideThenStartFresh() throws Exception {
        Files.writeString(sidecar(), "{ not json");
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T21:30:05Z"), ZoneOffset.UTC);
        SidecarStore store = new SidecarStore(sidecar(), clock);
        assertEquals(LoadResult.Status.CORRUPT, store.load(TEXT).status());
        Path aside = store.moveAsideAndStartFresh();
        assertEquals(sidecar().getFileName() + ".corrupt-20261125-213005", aside.getFileName().toString());
        assertEquals("{ not json", Files.readString(aside));
        store.save(SidecarFixtures.full(), SidecarFixtures.document(), TEXT);
        assertEquals(SidecarFixtures.full(), new SidecarStore(sidecar()).load(TEXT).file().annotations());
    }

    @Test
    void newerSchemaOpensReadOnly() throws Exception {
        saved(SidecarFixtures.full());
        String json = Files.readString(sidecar()).replace("\"cl:schemaVersion\": 1", "\"cl:schemaVersion\": 7");
        Files.writeString(sidecar(), json);
        SidecarStore store = new SidecarStore(sidecar());
        LoadResult r = store.load(TEXT);
        assertEquals(LoadResult.Status.NEWER_SCHEMA, r.status());
        assertTrue(r.readOnly());
        assertTrue(r.message().contains("newer version") && r.message().contains("read-only"), r.message());
        assertEquals(SidecarFixtures.full(), r.file().annotations());
        assertTrue(store.isReadOnly());
        assertThrows(SidecarSaveException.class, () -> store.save(SidecarFixtures.full(), SidecarFixtures.document(), TEXT));
        assertEquals(json, Files.readString(sidecar()));
    }

    @Test
    void saveIntoAFolderThatCannotBeWrittenFailsWithAMessage() throws Exception {
        // tests run as root, so permissions do not stop writes: a "folder" that is a regular file does
        Path notADir = dir.resolve("plain-file");
        Files.writeString(notADir, "x");
        SidecarStore store = new SidecarStore(notADir.resolve("a.txt" + SidecarStore.SUFFIX));
        store.load(TEXT);
        AnnotationSet set = SidecarFixtures.full();
        SidecarSaveException e = assertThrows(SidecarSaveException.class,
                () -> store.save(set, SidecarFixtures.document(), TEXT));
        assertTrue(e.getMessage().startsWith("Could not save annotations to " + store.path()), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist") && e.getMessage().contains("Save As"), e.getMessage());
        assertEquals("x", Files.readString(notADir));
    }

    @Test
    void externalChangeToAnotherAnnotationIsMerged() throws Exception {
        AnnotationSet base = SidecarFixtures.full();
        SidecarStore mine = saved(base);
        assertFalse(mine.changedOnDisk());
        // a second instance edits claim-2 and adds a claim
        SidecarStore other = new SidecarStore(sidecar());
        other.load(TEXT);
        Claim c2 = base.claim("claim-2").orElseThrow().withNote("theirs");
        Claim added = SidecarFixtures.claim("new-theirs", "Seoul", 0);
        other.save(base.withClaim(c2).withClaim(added), SidecarFixtures.document(), TEXT);
        // meanwhile this instance edits the first claim
        Claim c1 = base.claims().get(0).withSummary("mine");
        SaveResult r = mine.save(base.withClaim(c1), SidecarFixtures.document(), TEXT, merge());
        assertEquals(SaveResult.Status.MERGED, r.status());
        AnnotationSet expected = base.withClaim(c1).withClaim(c2).withClaim(added);
        assertEquals(expected, r.saved());
        assertEquals(expected, new SidecarStore(sidecar()).load(TEXT).file().annotations());
    }

    @Test
    void claimsReanchoredOnOpeningMergeWithAnExternalEditMadeAgainstTheOldText() throws Exception {
        AnnotationSet base = SidecarFixtures.full();
        saved(base);
        // the article was re-scraped with a new first paragraph; the reader re-anchors the claims on opening
        String now = "An editor's note.\n\n" + TEXT;
        DocumentInfo nowDoc = new DocumentInfo("korea-japan 😀.txt", "cd".repeat(32), Hashes.sha256(now),
                (long) now.codePointCount(0, now.length()), "1", "Seoul and Tokyo", "A. Writer", "2020-01-04T10:38");
        SidecarStore mine = new SidecarStore(sidecar());
        AnnotationSet opened = mine.load(now).file().annotations();
        AnnotationSet placed = opened.withClaims(Reanchoring.standard().reanchor(opened.claims(), now));
        // another program, still on the old text, edits claim-2 while this one edits the first claim
        SidecarStore other = new SidecarStore(sidecar());
        other.load(TEXT);
        other.save(base.withClaim(base.claim("claim-2").orElseThrow().withNote("theirs")), SidecarFixtures.document(), TEXT);
        Claim c1 = placed.claims().get(0).withSummary("mine");
        SaveResult r = mine.save(placed.withClaim(c1), nowDoc, now, merge());

        assertEquals(SaveResult.Status.MERGED, r.status(), "nobody else touched the first claim; the re-anchoring is no edit");
        Claim c2 = r.saved().claim("claim-2").orElseThrow();
        assertEquals("theirs", c2.note());
        assertEquals(placed.claim("claim-2").orElseThrow().anchor(), c2.anchor(), "their claim in the new text's place");
        assertEquals("both blamed history", now.substring(c2.anchor().range().start(), c2.anchor().range().end()));
        assertEquals("mine", r.saved().claims().get(0).summary());
    }

    @Test
    void externalChangeToTheSameAnnotationIsAConflictAndNothingIsWritten() throws Exception {
        AnnotationSet base = SidecarFixtures.full();
        SidecarStore mine = saved(base);
        SidecarStore other = new SidecarStore(sidecar());
        other.load(TEXT);
        Claim theirs = base.claim("claim-2").orElseThrow().withNote("theirs");
        other.save(base.withClaim(theirs), SidecarFixtures.document(), TEXT);
        byte[] onDisk = Files.readAllBytes(sidecar());
        assertTrue(mine.changedOnDisk());
        Claim minec = base.claim("claim-2").orElseThrow().withNote("mine");
        SidecarMerge merge = merge();
        SaveResult r = mine.save(base.withClaim(minec), SidecarFixtures.document(), TEXT, merge);
        assertEquals(SaveResult.Status.CHANGED, r.status());
        assertEquals(1, merge.result().conflicts().size());
        ThreeWayMerge.Conflict c = merge.result().conflicts().get(0);
        assertEquals(minec, c.mine());
        assertEquals(theirs, c.theirs());
        assertArrayEquals(onDisk, Files.readAllBytes(sidecar()), "never overwritten silently");
        // the user keeps both
        AnnotationSet resolved = merge.result().resolve(Map.of("claim-2", ThreeWayMerge.Choice.BOTH), () -> "claim-2-theirs");
        assertEquals(SaveResult.Status.SAVED, mine.saveResolved(resolved, SidecarFixtures.document(), TEXT, r, merge()).status());
        AnnotationSet back = new SidecarStore(sidecar()).load(TEXT).file().annotations();
        assertEquals("mine", back.claim("claim-2").orElseThrow().note());
        assertEquals("theirs", back.claim("claim-2-theirs").orElseThrow().note());
    }

    @Test
    void fieldsAnotherToolAddsWhileOpenSurviveTheMerge() throws Exception {
        AnnotationSet base = SidecarFixtures.full();
        SidecarStore mine = saved(base);
        String theirs = Files.readString(sidecar())
                .replace("\"cl:schemaVersion\": 1,", "\"cl:schemaVersion\": 1, \"x:b\": 2, \"x:a\": 1,")
                .replace("\"type\": \"Annotation\",", "\"type\": \"Annotation\", \"motivation\": \"commenting\",");
        Files.writeString(sidecar(), theirs);
        Claim c = base.claims().get(0).withNote("mine");
        assertEquals(SaveResult.Status.MERGED, mine.save(base.withClaim(c), SidecarFixtures.document(), TEXT, merge()).status());
        String merged = Files.readString(sidecar());
        assertTrue(merged.contains("\"x:b\": 2,\n  \"x:a\": 1"), "kept, in their order: " + merged);
        assertEquals(4, merged.split("\"motivation\": \"commenting\"", -1).length - 1);
        assertEquals("mine", new SidecarStore(sidecar()).load(TEXT).file().annotations().claims().get(0).note());
    }

    @Test
    void corruptExternalChangeIsNotOverwritten() throws Exception {
        SidecarStore mine = saved(SidecarFixtures.full());
        Files.writeString(sidecar(), "{\"cl:schemaVersion\": 1, ");
        SidecarSaveException e = assertThrows(SidecarSaveException.class,
                () -> mine.save(SidecarFixtures.full().withoutClaim("claim-2"), SidecarFixtures.document(), TEXT));
        assertTrue(e.getMessage().contains("changed by another program"), e.getMessage());
        assertEquals("{\"cl:schemaVersion\": 1, ", Files.readString(sidecar()));
    }

    @Test
    void warningsDoNotStopLoading() throws Exception {
        saved(SidecarFixtures.full());
        String json = Files.readString(sidecar()).replace("\"total\": 4", "\"total\": 5");
        Files.writeString(sidecar(), json);
        LoadResult r = SidecarStore.read(sidecar(), TEXT);
        assertEquals(LoadResult.Status.OK, r.status());
        assertFalse(r.warnings().isEmpty());
        assertNotNull(r.file());
        assertEquals(List.of("\"total\" says 5 but there are 4 annotations"), r.warnings());
    }

    /** The repository's merge of an external change (storage itself refuses to write over one). */
    private static SidecarMerge merge() {
        return new SidecarMerge(Reanchoring.standard());
    }
}
