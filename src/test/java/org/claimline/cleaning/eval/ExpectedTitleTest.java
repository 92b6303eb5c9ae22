package org.claimline.cleaning.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectedTitleTest {
    @TempDir
    Path dir;

    private String title(String json) throws Exception {
        Path p = dir.resolve("expected-metadata.json");
        Files.writeString(p, json);
        return CorpusEvaluator.expectedTitle(p);
    }

    @Test
    void readsTheTitleFieldWithItsEscapes() throws Exception {
        assertEquals("Seoul \"and\" Tokyo \u00e9", title("{\"url\": \"x\", \"title\": \"Seoul \\\"and\\\" Tokyo \\u00e9\"}"));
        assertEquals("Top", title("{\"author\": {\"title\": \"nested\"}, \"title\": \"Top\"}"));
    }

    @Test
    void noTitleIsNull() throws Exception {
        assertNull(title("{\"title\": null}"));
        assertNull(title("{\"title\": \"  \"}"));
        assertNull(title("{\"url\": \"x\"}"));
        assertNull(title("{broken"));
        assertNull(CorpusEvaluator.expectedTitle(dir.resolve("missing.json")));
    }
}
