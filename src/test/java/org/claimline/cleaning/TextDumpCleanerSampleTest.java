package org.claimline.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.BlockKind;
import org.junit.jupiter.api.Test;

/** The sample dump: exact title, byline, dates and the 15 body paragraphs, nothing else. */
class TextDumpCleanerSampleTest {

    private static final String RESOURCE = "/org/claimline/app/korea-japan-relations.txt";

    private static Article cleanBytes(byte[] bytes) throws Exception {
        return new ArticleCleaner().clean(bytes, "korea-japan-relations.txt");
    }

    @Test
    void sampleMatchesExpectedJson() throws Exception {
        String shared = System.getProperty("claimline.shared");
        assumeTrue(shared != null, "claimline.shared not set");
        Path dir = Path.of(shared, "samples");
        Path txt = dir.resolve("korea-japan-relations.txt");
        Path json = dir.resolve("korea-japan-relations.expected.json");
        assumeTrue(Files.isRegularFile(txt) && Files.isRegularFile(json), "shared sample absent");

        JsonNode e = new ObjectMapper().readTree(json.toFile());
        Article a = cleanBytes(Files.readAllBytes(txt));

        assertEquals(e.get("title").asText(), a.title());
        assertEquals(e.get("byline").asText(), a.metadata().bylineText());
        assertEquals(e.get("published").asText(), a.metadata().published().toIso());
        assertEquals(e.get("updated").asText(), a.metadata().updated().toIso());
        assertEquals(e.get("leadImageCaption").asText(), a.metadata().leadImageCaption());

        List<String> paragraphs = new ArrayList<>();
        e.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        assertEquals(paragraphs, a.textBlocks().stream().map(Block::text).toList());
        assertEquals(String.join(Article.BLOCK_SEPARATOR, paragraphs), a.text());

        for (JsonNode m : e.get("mustNotContain")) {
            String s = m.asText();
            assertFalse(a.text().contains(s), "text contains " + s);
            assertFalse(a.title().contains(s), "title contains " + s);
            assertFalse(a.metadata().bylineText().contains(s), "byline contains " + s);
        }
        assertFalse(a.confidence().doubtful(), "the sample must not be called doubtful: " + a.confidence());
        assertFalse(a.confidence().safetyNet(), a.confidence().toString());
        String bio = e.get("authorBio").asText();
        assertTrue(a.keptBlocks().stream().anyMatch(b -> b.kind() == BlockKind.AUTHOR_BIO && b.text().equals(bio)));
    }

    @Test
    void bundledSampleCleans() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
            assertNotNull(in, "bundled sample missing");
            bytes = in.readAllBytes();
        }
        Article a = cleanBytes(bytes);
        assertEquals("How to restore relations between Korea and Japan", a.title());
        assertEquals(List.of("Song Wha-sup"), a.metadata().byline());
        assertEquals("2020-01-04T10:38", a.metadata().published().toIso());
        assertEquals("2020-01-16T10:31", a.metadata().updated().toIso());
        assertEquals("en", a.metadata().language());
        List<Block> text = a.textBlocks();
        assertEquals(15, text.size());
        assertEquals("Last year was one of the most confrontational periods for Korea-Japan relations in recent memory.",
                text.get(0).text());
        assertTrue(text.get(14).text().startsWith("To dispel concerns over Korea's tilting toward China"));
        assertTrue(text.get(14).text().endsWith("bilateral trust must be in place for further dialogue."));
    }

    @Test
    void everyDroppedLineIsKeptWithAReasonInDocumentOrder() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
            bytes = in.readAllBytes();
        }
        Article a = cleanBytes(bytes);
        long nonBlank = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).lines()
                .filter(l -> l.chars().anyMatch(c -> !Character.isWhitespace(c) && c != '\u00A0')).count();
        assertEquals(nonBlank, a.blocks().size());
        assertTrue(a.removedBlocks().stream().allMatch(b -> b.removedReason() != null && !b.removedReason().isBlank()));
        List<String> reasons = a.removedBlocks().stream().map(Block::removedReason).distinct().toList();
        for (String r : List.of("navigation", "image file name", "title", "byline", "date", "caption", "share buttons")) {
            assertTrue(reasons.contains(r), "no block removed as " + r + ": " + reasons);
        }
        int title = indexOf(a, "VIEWHow to restore relations between Korea and Japan");
        int firstParagraph = indexOf(a, "Last year was one of the most confrontational");
        assertTrue(title >= 0 && title < firstParagraph);
        // restoring a removed block puts it back into the text
        int related = indexOf(a, "2019-12-24 16:15 | Foreign Affairs");
        assertFalse(a.blocks().get(related).isKept());
        assertTrue(a.withBlockRestored(related).text().contains("2019-12-24 16:15 | Foreign Affairs"));
    }

    private static int indexOf(Article a, String prefix) {
        for (int i = 0; i < a.blocks().size(); i++) {
            if (a.blocks().get(i).text().startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aOneLineOpeningHookIsTheArticlesFirstParagraphNotBoilerplate() throws Exception {
        String dump;
        try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
            assertNotNull(in);
            dump = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String first = "Last year was one of the most";
        int at = dump.indexOf(first);
        assertTrue(at > 0);
        Article plain = cleanBytes(dump.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String hook = "It was a bad year for both countries.";
        Article hooked = cleanBytes((dump.substring(0, at) + hook + "\n" + dump.substring(at))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<String> expected = new ArrayList<>(plain.textBlocks().stream().map(Block::text).toList());
        int firstIndex = expected.indexOf(expected.stream().filter(t -> t.startsWith(first)).findFirst().orElseThrow());
        expected.add(firstIndex, hook);
        assertEquals(expected, hooked.textBlocks().stream().map(Block::text).toList());
    }
}
