package org.claimline.app;

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
import java.util.List;
import org.claimline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanCommandConfidenceTest {
    @TempDir
    Path dir;

    private static final String PARAGRAPH = "The council voted on the budget yesterday, and the result, close as it was,"
            + " will shape the city for years to come, the mayor said.";

    private JsonNode cleanJson(String html) throws Exception {
        Path f = dir.resolve("page.html");
        Files.writeString(f, html);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AppContext.cli().run(List.of("clean", f.toString(), "--json"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void cleanJsonReportsTheConfidenceAndItsReasons() throws Exception {
        JsonNode good = cleanJson("<html><head><title>Budget</title></head><body><nav>Home News Sport</nav><article>"
                + ("<p>" + PARAGRAPH + "</p>").repeat(5) + "</article></body></html>");
        JsonNode c = good.get("confidence");
        assertTrue(c.get("value").asDouble() >= Article.Confidence.DOUBTFUL_BELOW, c.toString());
        assertFalse(c.get("doubtful").asBoolean());
        assertFalse(c.get("safetyNet").asBoolean());
        assertTrue(c.has("keptProseShare") && c.has("runnerUp"), c.toString());
        assertTrue(good.get("text").asText().startsWith("The council voted"));
    }

    @Test
    void theConfidenceIsOneMoreMemberOfTheArticleObject() throws Exception {
        Article sample = SampleArticle.clean();
        String json = org.claimline.storage.ArticleJson.writeWithConfidence(
                sample.withConfidence(new Article.Confidence(0.25, 0.1, true, 0.9)));
        JsonNode n = new ObjectMapper().readTree(json);
        assertEquals(sample.metadata().title(), n.get("title").asText());
        assertEquals(0.25, n.get("confidence").get("value").asDouble(), 1e-9);
        assertTrue(n.get("confidence").get("doubtful").asBoolean());
        assertTrue(n.get("confidence").get("safetyNet").asBoolean());
    }
}
