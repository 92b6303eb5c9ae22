package org.claimline.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.claimline.model.AnchorStatus;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Claim;
import org.claimline.model.Stance;
import org.junit.jupiter.api.Test;

class W3cImportTest {
    private final W3cImport importer = new W3cImport();

    private W3cImport.Result read(String json, String text) throws Exception {
        return importer.read(json.getBytes(StandardCharsets.UTF_8), text);
    }

    @Test
    void everyW3cExampleWithATextSelectorImportsAndTheOthersAreSkippedWithAReason() throws Exception {
        Path dir = Path.of(System.getProperty("claimline.shared", "../shared"), "formats", "w3c-web-annotation");
        assumeTrue(Files.isDirectory(dir), "shared W3C examples not present");
        Map<String, W3cImport.Result> results = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                results.put(f.getFileName().toString(), importer.read(f, null));
            }
        }
        assertTrue(results.size() >= 40, "examples found: " + results.size());
        Set<String> withText = Set.of("anno26.json", "anno27.json", "anno32.json");
        for (var e : results.entrySet()) {
            W3cImport.Result r = e.getValue();
            if (e.getKey().equals("anno41.json")) {
                // a position inside an XML fragment, without a quote: nothing to place it by, said so
                assertEquals(0, r.claims().size());
                assertEquals("its only position is relative to another selector and it has no quote",
                        r.skipped().get(0).reason());
            } else if (withText.contains(e.getKey())) {
                assertEquals(1, r.claims().size(), e.getKey() + " " + r.skipped());
            } else {
                assertEquals(0, r.claims().size(), e.getKey());
                assertEquals(1, r.skipped().size(), e.getKey());
                assertTrue(r.skipped().get(0).reason().startsWith("no text selector"), r.skipped().get(0).reason());
            }
        }
        Claim a26 = results.get("anno26.json").claims().get(0);
        assertEquals("anotation", a26.quote());
        assertEquals("this is an ", a26.anchor().quote().prefix());
        assertEquals(AnchorStatus.ORPHAN, a26.anchor().status(), "quote-only anchors wait to be re-anchored");
        assertEquals("http://example.org/comment1", a26.note());
        assertEquals("http://example.org/anno26", a26.id());
        assertEquals("Selected Text", results.get("anno32.json").claims().get(0).quote());
        assertEquals(new org.claimline.model.TextRange(412, 795), results.get("anno27.json").claims().get(0).range());
    }

    @Test
    void positionOnlySelectorTakesItsQuoteFromTheArticle() throws Exception {
        String text = "ab😀cd efg";
        String json = "{\"type\":\"Annotation\",\"target\":{\"source\":\"x.txt\",\"selector\":"
                + "{\"type\":\"TextPositionSelector\",\"start\":2,\"end\":5}}}";
        Claim c = read(json, text).claims().get(0);
        assertEquals("😀cd", c.quote());
        assertEquals(AnchorStatus.ANCHORED, c.anchor().status());
        assertEquals(2, c.range().start());
    }

    @Test
    void foreignCollectionsArraysAndBodyShapes() throws Exception {
        String text = "Japan said the GSOMIA pact lapsed. Korea disagreed.";
        String anno1 = "{\"id\":\"urn:uuid:11111111-1111-4111-8111-111111111111\",\"type\":\"Annotation\",\"motivation\":\"commenting\","
                + "\"created\":\"2024-03-01T10:00:00+01:00\",\"creator\":\"http://example.org/u1\","
                + "\"body\":[{\"type\":\"TextualBody\",\"value\":\"pact\",\"purpose\":\"classifying\"},"
                + "{\"type\":\"TextualBody\",\"value\":\"Japan\",\"purpose\":\"identifying\"},"
                + "{\"type\":\"TextualBody\",\"value\":\"a <b>bold</b> note\",\"format\":\"text/html\"},"
                + "{\"type\":\"TextualBody\",\"value\":\"t1\",\"purpose\":\"tagging\"}],"
                + "\"target\":{\"source\":\"a.txt\",\"selector\":[{\"type\":\"TextQuoteSelector\",\"exact\":\"GSOMIA pact lapsed\"},"
                + "{\"type\":\"TextPositionSelector\",\"start\":15,\"end\":33}]}}";
        String anno2 = "{\"type\":\"Annotation\",\"body\":{\"type\":\"TextualBody\",\"value\":\"PACT\",\"purpose\":\"classifying\"},"
                + "\"target\":[\"http://example.org/elsewhere\",{\"source\":\"a.txt\",\"selector\":{\"type\":\"TextQuoteSelector\","
                + "\"exact\":\"Korea disagreed\"}}]}";
        for (String json : List.of(
                "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"type\":\"AnnotationCollection\",\"first\":{\"type\":\"AnnotationPage\",\"items\":[" + anno1 + "," + anno2 + "]}}",
                "{\"type\":\"AnnotationCollection\",\"items\":[" + anno1 + "," + anno2 + "]}",
                "[" + anno1 + "," + anno2 + "]")) {
            W3cImport.Result r = read(json, text);
            assertEquals(2, r.claims().size(), json);
            Claim c1 = r.claims().get(0);
            assertEquals("11111111-1111-4111-8111-111111111111", c1.id());
            assertEquals(AnchorStatus.ANCHORED, c1.anchor().status());
            assertEquals("GSOMIA pact lapsed", text.substring(c1.range().start(), c1.range().end()));
            assertEquals("a bold note", c1.note());
            assertEquals(List.of("t1"), c1.tags());
            assertEquals("http://example.org/u1", c1.creator());
            assertEquals(java.time.Instant.parse("2024-03-01T09:00:00Z"), c1.created());
            // same issue name (ignoring case) is the same taxonomy entry
            assertEquals(1, r.taxonomy().issues().size());
            assertEquals(c1.issueIds(), r.claims().get(1).issueIds());
            assertEquals("Japan", r.taxonomy().actor(c1.actorIds().get(0)).orElseThrow().name());
            // a quote-only selector is placed where its exact text (with its context, here none) is, when unique
            Claim c2 = r.claims().get(1);
            assertEquals("Korea disagreed", text.substring(c2.range().start(), c2.range().end()));
            assertEquals(Set.of("a.txt", "http://example.org/elsewhere"), r.sources());
        }
        W3cImport.Result single = read(anno2, text);
        assertEquals(1, single.claims().size());
    }

    @Test
    void ourJsonLdExportRoundTripsThroughTheImporter() throws Exception {
        AnnotationSet set = SidecarFixtures.full();
        byte[] jsonld = JsonLdWriter.write(set, SidecarFixtures.document(), SidecarFixtures.TEXT);
        W3cImport.Result r = importer.read(jsonld, SidecarFixtures.TEXT);
        assertEquals(set.claims(), r.claims());
        assertEquals(set.taxonomy(), r.taxonomy());
        assertEquals(SidecarFixtures.document(), r.document());
        assertEquals(new String(jsonld, StandardCharsets.UTF_8),
                new String(JsonLdWriter.write(set, SidecarFixtures.document(), SidecarFixtures.TEXT), StandardCharsets.UTF_8),
                "deterministic");

        // a plain W3C consumer sees the same passages and bodies without any of our own fields
        ObjectNode root = (ObjectNode) SidecarMapper.MAPPER.readTree(jsonld);
        stripOurFields(root);
        String plain = SidecarMapper.MAPPER.writeValueAsString(root);
        assertFalse(plain.contains("\"cl:"), plain);
        W3cImport.Result foreign = read(plain, SidecarFixtures.TEXT);
        assertNull(foreign.document());
        assertEquals(set.claims().size(), foreign.claims().size());
        for (int i = 0; i < set.claims().size(); i++) {
            Claim want = set.claims().get(i);
            Claim got = foreign.claims().get(i);
            assertEquals(want.id(), got.id());
            assertEquals(want.quote(), got.quote());
            assertEquals(want.range(), got.range());
            assertEquals(want.summary(), got.summary());
            assertEquals(want.note(), got.note());
            assertEquals(want.tags(), got.tags());
            assertEquals(want.issueIds().stream().map(id -> set.taxonomy().issue(id).orElseThrow().name()).toList(),
                    got.issueIds().stream().map(id -> foreign.taxonomy().issue(id).orElseThrow().name()).toList());
            assertEquals(Stance.UNCLEAR, got.stance());
        }
    }

    private static void stripOurFields(com.fasterxml.jackson.databind.JsonNode n) {
        if (n instanceof ObjectNode o) {
            List<String> ours = new java.util.ArrayList<>();
            o.fieldNames().forEachRemaining(f -> {
                if (f.startsWith("cl:")) {
                    ours.add(f);
                }
            });
            o.remove(ours);
        }
        n.forEach(W3cImportTest::stripOurFields);
    }

    @Test
    void targetsNamingAnotherTextOrFileAreReported(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("theirs.jsonld");
        Files.write(file, JsonLdWriter.write(SidecarFixtures.full(), SidecarFixtures.document(), SidecarFixtures.TEXT));
        String article = SidecarFixtures.document().sourceName();
        assertEquals(List.of(), importer.read(file, SidecarFixtures.TEXT, article).warnings(), "the same text and file");
        String edited = SidecarFixtures.TEXT.replace("argue again", "argue once more");
        List<String> w = importer.read(file, edited, article).warnings();
        assertTrue(w.stream().anyMatch(x -> x.contains("another version of the article's text")), w.toString());
        List<String> other = importer.read(file, SidecarFixtures.TEXT, "other.txt").warnings();
        assertTrue(other.stream().anyMatch(x -> x.contains("target korea-japan 😀.txt, not other.txt")), other.toString());
    }

    @Test
    void hostileImportFailsWithAMessage() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        SidecarFormatException e = assertThrows(SidecarFormatException.class, () -> read(deep, null));
        assertTrue(e.getMessage().contains("nested more than 200 levels"), e.getMessage());
        assertThrows(SidecarFormatException.class, () -> read("{\"type\":\"Annotation\"", null));
        assertThrows(SidecarFormatException.class, () -> read("42", null));
    }

    @Test
    void brokenClaimlineFieldsFallBackToPlainReading() throws Exception {
        byte[] jsonld = JsonLdWriter.write(SidecarFixtures.full(), SidecarFixtures.document(), SidecarFixtures.TEXT);
        String broken = new String(jsonld, StandardCharsets.UTF_8).replace("\"created\": \"2026-01-01T00:00:00Z\"",
                "\"created\": \"new year\"");
        W3cImport.Result r = read(broken, SidecarFixtures.TEXT);
        assertEquals(4, r.claims().size());
        assertFalse(r.warnings().isEmpty());
    }
}
