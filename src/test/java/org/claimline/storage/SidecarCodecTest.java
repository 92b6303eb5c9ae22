package org.claimline.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.claimline.model.CodePointIndex;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Claim;
import org.junit.jupiter.api.Test;

class SidecarCodecTest {

    private static SidecarFile roundTrip(SidecarFile f) throws Exception {
        return SidecarCodec.decode(SidecarCodec.encode(f, SidecarFixtures.TEXT), SidecarFixtures.TEXT).file();
    }

    @Test
    void modelToSidecarToModelIsIdentityForEveryField() throws Exception {
        SidecarFile f = new SidecarFile(SidecarFixtures.document(), SidecarFixtures.full(), null);
        SidecarFile back = roundTrip(f);
        assertEquals(f.annotations(), back.annotations());
        assertEquals(f.document(), back.document());
        for (Claim c : back.annotations().claims()) {
            if (c.range() != null) {
                assertEquals(c.quote(), SidecarFixtures.TEXT.substring(c.range().start(), c.range().end()));
            }
        }
    }

    @Test
    void aLoneSurrogateIsReplacedNeverMergedWithTheNextCharacter() throws Exception {
        // as a hand edit leaves it: a lone "\ud800" escape before a space, in a body and in an unknown field
        byte[] good = SidecarCodec.encode(new SidecarFile(SidecarFixtures.document(), SidecarFixtures.full(), null),
                SidecarFixtures.TEXT);
        String json = new String(good, StandardCharsets.UTF_8)
                .replace("\"The pact lapsed 😀\"", "\"The pact\\ud800 lapsed\\udc00x\"")
                .replace("\"cl:schemaVersion\": 1,", "\"cl:schemaVersion\": 1, \"x-note\\ud800\": \"a\\ud800 b\",");
        SidecarFile loaded = SidecarCodec.decode(json.getBytes(StandardCharsets.UTF_8), SidecarFixtures.TEXT).file();
        String written = new String(SidecarCodec.encode(loaded, SidecarFixtures.TEXT), StandardCharsets.UTF_8);
        assertFalse(written.contains("\uD800\uDC20"), "never U+10020: the lone surrogate merged with the space");
        assertFalse(written.codePoints().anyMatch(cp -> cp >= 0x10000 && cp <= 0x103FF), "no merged supplementary character");
        assertTrue(written.contains("\"The pact\uFFFD lapsed\uFFFDx\""), written);
        assertTrue(written.contains("\"x-note\uFFFD\": \"a\uFFFD b\""), written);
        SidecarFile again = SidecarCodec.decode(written.getBytes(StandardCharsets.UTF_8), SidecarFixtures.TEXT).file();
        assertEquals("The pact\uFFFD lapsed\uFFFDx", again.annotations().claims().get(0).summary());
        assertEquals("😀", WellFormedStrings.repair("😀"), "pairs stay pairs");
    }

    @Test
    void positionsAreCodePointsInTheFile() throws Exception {
        SidecarFile f = new SidecarFile(SidecarFixtures.document(), SidecarFixtures.full(), null);
        JsonNode root = SidecarMapper.MAPPER.readTree(SidecarCodec.encode(f, SidecarFixtures.TEXT));
        String t = SidecarFixtures.TEXT;
        for (JsonNode a : root.path("first").path("items")) {
            String exact = null;
            for (JsonNode s : a.path("target").path("selector")) {
                if (s.path("type").asText().equals("TextQuoteSelector")) {
                    exact = s.path("exact").asText();
                }
            }
            for (JsonNode s : a.path("target").path("selector")) {
                if (s.path("type").asText().equals("TextPositionSelector")) {
                    int start = t.offsetByCodePoints(0, s.path("start").asInt());
                    int end = t.offsetByCodePoints(0, s.path("end").asInt());
                    assertEquals(exact, t.substring(start, end));
                }
            }
        }
        // the first claim starts after one emoji: code points are one less than UTF-16 units
        Claim c1 = SidecarFixtures.full().claims().get(0);
        JsonNode pos = root.path("first").path("items").get(0).path("target").path("selector").get(1);
        assertEquals(c1.range().start() - 1, pos.path("start").asInt());
        assertEquals("AnnotationCollection", root.path("type").asText());
        assertEquals("http://www.w3.org/ns/anno.jsonld", root.path("@context").get(0).asText());
        assertTrue(root.path("first").path("items").get(0).path("id").asText().startsWith("urn:uuid:"));
    }

    @Test
    void unknownFieldsAtEveryLevelSurviveLoadAndSave() throws Exception {
        SidecarFile f = new SidecarFile(SidecarFixtures.document(), SidecarFixtures.full(), null);
        ObjectNode root = (ObjectNode) SidecarMapper.MAPPER.readTree(SidecarCodec.encode(f, SidecarFixtures.TEXT));
        root.put("x:collection", "c");
        ((ObjectNode) root.get("cl:document")).putObject("x:doc").put("deep", true);
        ((ObjectNode) root.get("cl:taxonomy")).put("x:tax", 1);
        ((ObjectNode) root.get("cl:taxonomy").get("cl:issues").get(0)).put("x:issue", "i");
        ((ObjectNode) root.get("first")).put("x:page", "p");
        ObjectNode anno = (ObjectNode) root.get("first").get("items").get(0);
        anno.put("motivation", "commenting");
        anno.putArray("x:list").add(1).add("two");
        ((ObjectNode) anno.get("body").get(0)).put("language", "en");
        ((ObjectNode) anno.get("body").get(2)).put("x:issueBody", "kept");
        anno.withArray("body").addObject().put("type", "SpecificResource").put("source", "http://example.org/audio.mp3");
        ObjectNode target = (ObjectNode) anno.get("target");
        target.put("styleClass", "red");
        ((ObjectNode) target.get("selector").get(0)).put("x:sel", 3);
        target.withArray("selector").addObject().put("type", "CssSelector").put("value", "#p2");
        ((ObjectNode) target.get("cl:anchoring")).put("x:anc", "a");
        byte[] edited = SidecarMapper.WRITER.writeValueAsBytes(root);

        SidecarFile loaded = SidecarCodec.decode(edited, SidecarFixtures.TEXT).file();
        assertEquals(f.annotations(), loaded.annotations());
        // a user edit to that claim must not drop the unknown fields either
        Claim c = loaded.annotations().claims().get(0).withSummary("edited summary");
        SidecarFile edited2 = loaded.withAnnotations(loaded.annotations().withClaim(c));
        JsonNode again = SidecarMapper.MAPPER.readTree(SidecarCodec.encode(edited2, SidecarFixtures.TEXT));
        assertEquals("c", again.path("x:collection").asText());
        assertTrue(again.path("cl:document").path("x:doc").path("deep").asBoolean());
        assertEquals(1, again.path("cl:taxonomy").path("x:tax").asInt());
        assertEquals("i", again.path("cl:taxonomy").path("cl:issues").get(0).path("x:issue").asText());
        assertEquals("p", again.path("first").path("x:page").asText());
        JsonNode a2 = again.path("first").path("items").get(0);
        assertEquals("commenting", a2.path("motivation").asText());
        assertEquals("two", a2.path("x:list").get(1).asText());
        assertEquals("edited summary", a2.path("body").get(0).path("value").asText());
        assertEquals("kept", a2.path("body").get(2).path("x:issueBody").asText());
        assertEquals("http://example.org/audio.mp3", a2.path("body").get(a2.path("body").size() - 1).path("source").asText());
        assertEquals("red", a2.path("target").path("styleClass").asText());
        assertEquals(3, a2.path("target").path("selector").get(0).path("x:sel").asInt());
        assertEquals("CssSelector", a2.path("target").path("selector").get(2).path("type").asText());
        assertEquals("a", a2.path("target").path("cl:anchoring").path("x:anc").asText());
        // unchanged content re-encodes to the very same bytes
        byte[] once = SidecarCodec.encode(loaded, SidecarFixtures.TEXT);
        byte[] twice = SidecarCodec.encode(SidecarCodec.decode(once, SidecarFixtures.TEXT).file(), SidecarFixtures.TEXT);
        assertArrayEquals(once, twice);
    }

    @Test
    void renamedIssueKeepsItsClaimsBecauseBodiesCarryTheId() throws Exception {
        AnnotationSet set = SidecarFixtures.full();
        String json = new String(SidecarCodec.encode(new SidecarFile(null, set, null), SidecarFixtures.TEXT), StandardCharsets.UTF_8);
        // a hand edit renames the issue in the taxonomy only
        json = json.replace("\"cl:name\": \"GSOMIA\"", "\"cl:name\": \"Intelligence pact\"");
        AnnotationSet back = SidecarCodec.decode(json.getBytes(StandardCharsets.UTF_8), SidecarFixtures.TEXT).file().annotations();
        assertEquals("Intelligence pact", back.taxonomy().issue("i-gsomia").orElseThrow().name());
        assertEquals(set.claims().get(0).issueIds(), back.claims().get(0).issueIds());
    }

    @Test
    void semanticProblemsAreListed() {
        String bad = "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"type\":\"AnnotationCollection\","
                + "\"cl:schemaVersion\":1,\"first\":{\"type\":\"AnnotationPage\",\"items\":["
                + "{\"id\":\"urn:uuid:x\",\"type\":\"Annotation\",\"created\":\"yesterday\",\"target\":{\"selector\":"
                + "[{\"type\":\"TextQuoteSelector\",\"exact\":\"a\"},{\"type\":\"TextPositionSelector\",\"start\":5,\"end\":2}]}},"
                + "{\"id\":\"urn:uuid:y\",\"type\":\"Annotation\",\"target\":{\"source\":\"a.txt\"}}]}}";
        SidecarFormatException e = assertThrows(SidecarFormatException.class,
                () -> SidecarCodec.decode(bad.getBytes(StandardCharsets.UTF_8), null));
        assertTrue(e.getMessage().contains("\"created\" is not an ISO-8601 instant"), e.getMessage());
        assertTrue(e.getMessage().contains("0 <= start <= end"), e.getMessage());
        assertTrue(e.getMessage().contains("no TextQuoteSelector"), e.getMessage());
    }

    @Test
    void codePointIndexConvertsBothWays() {
        String t = SidecarFixtures.TEXT;
        CodePointIndex idx = CodePointIndex.of(t);
        int cps = 0;
        for (int i = 0; i <= t.length(); i = i < t.length() ? t.offsetByCodePoints(i, 1) : i + 1) {
            assertEquals(cps, idx.toCodePoints(i));
            assertEquals(i, idx.toUtf16(cps));
            cps++;
        }
        assertFalse(t.chars().allMatch(ch -> ch < 0xD800));
    }
}
