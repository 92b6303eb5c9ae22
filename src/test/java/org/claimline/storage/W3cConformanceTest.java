package org.claimline.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimline.model.AnnotationSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every annotation Claimline writes passes the W3C Web Annotation test suite's MUST assertions: the sidecar
 * the store saves and the {@code jsonld} export (the corpus export is checked in the app's export tests).
 */
class W3cConformanceTest {
    private static W3cMusts suite;

    @BeforeAll
    static void loadSuite() {
        suite = W3cMusts.load();
    }

    @Test
    void theSuiteRejectsABareFileNameAsTarget() throws Exception {
        // the shape every sidecar had before: without the uri format asserted this would pass unnoticed
        String old = "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"id\":\"urn:uuid:0b7a3c1e-6a55-4c3e-9d7e-2f1a8e5b9c10\","
                + "\"type\":\"Annotation\",\"target\":{\"type\":\"SpecificResource\",\"source\":\"korea-japan-relations.txt\","
                + "\"selector\":{\"type\":\"TextQuoteSelector\",\"exact\":\"x\"}}}";
        List<W3cMusts.Failure> f = suite.check(old.getBytes(StandardCharsets.UTF_8));
        assertTrue(f.stream().anyMatch(x -> x.assertion().contains("3.2-targetObjectsRecognized")), f.toString());
    }

    @Test
    void theSuitesOwnExamplesPass() throws Exception {
        Path dir = Path.of(System.getProperty("claimline.shared", "../shared"), "formats/w3c-web-annotation");
        assumeTrue(Files.isRegularFile(dir.resolve("anno1.json")));
        for (String name : List.of("anno1.json", "anno17.json", "anno29.json")) {
            assertEquals(List.of(), suite.check(Files.readAllBytes(dir.resolve(name))), name);
        }
    }

    @Test
    void savedSidecarPassesEveryMust(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("korea-japan 😀.txt");
        Files.writeString(article, SidecarFixtures.TEXT);
        SidecarStore store = SidecarStore.forArticle(article);
        store.save(SidecarFixtures.full(), SidecarFixtures.document(), SidecarFixtures.TEXT);
        byte[] saved = Files.readAllBytes(store.path());
        assertEquals(List.of(), suite.check(saved));
        JsonNode target = SidecarMapper.MAPPER.readTree(saved).path("first").path("items").get(0).path("target");
        assertEquals(TextSource.iri(SidecarFixtures.TEXT), target.path("source").asText());
    }

    @Test
    void jsonLdExportPassesEveryMustAndNamesTheCleanedText() throws Exception {
        AnnotationSet set = SidecarFixtures.full();
        byte[] jsonld = JsonLdWriter.write(set, SidecarFixtures.document(), SidecarFixtures.TEXT);
        assertEquals(List.of(), suite.check(jsonld));
        JsonNode root = SidecarMapper.MAPPER.readTree(jsonld);
        String source = "ni:///sha-256;" + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(SidecarFixtures.TEXT.getBytes(StandardCharsets.UTF_8)));
        for (JsonNode item : root.path("first").path("items")) {
            assertEquals(source, item.path("target").path("source").asText(), "every target names the cleaned text");
            assertTrue(java.net.URI.create(item.path("target").path("source").asText()).isAbsolute());
        }
        assertEquals("korea-japan 😀.txt", root.path("cl:document").path("cl:source").asText(), "the raw file stays");
    }

    @Test
    void oldSidecarsWithAFileNameAsSourceStillReadAndAreWrittenBackAsIris() throws Exception {
        byte[] now = JsonLdWriter.write(SidecarFixtures.full(), SidecarFixtures.document(), SidecarFixtures.TEXT);
        ObjectNode root = (ObjectNode) SidecarMapper.MAPPER.readTree(now);
        root.path("first").path("items").forEach(i -> ((ObjectNode) i.get("target")).put("source", "korea-japan 😀.txt"));
        byte[] old = SidecarMapper.MAPPER.writeValueAsBytes(root);
        assertFalse(suite.check(old).isEmpty(), "the old shape fails the suite");
        SidecarCodec.Decoded d = SidecarCodec.decode(old, SidecarFixtures.TEXT);
        assertEquals(SidecarFixtures.full().claims(), d.file().annotations().claims());
        assertEquals(List.of(), suite.check(SidecarCodec.encode(d.file(), SidecarFixtures.TEXT)));
    }
}
