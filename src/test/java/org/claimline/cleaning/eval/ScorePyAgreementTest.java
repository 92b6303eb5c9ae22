package org.claimline.cleaning.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.cleaning.CleaningException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java scorer and shared/tools/score.py give the same numbers on the same predictions. */
class ScorePyAgreementTest {
    private static final Path SHARED = Path.of(System.getProperty("claimline.shared", "../shared"));
    private static final Path SCORE_PY = SHARED.resolve("tools/score.py");

    @TempDir
    Path tmp;

    @Test
    void syntheticPagesAgree() throws Exception {
        Map<String, String[]> pages = new LinkedHashMap<>();
        pages.put("same", new String[] {"The quick brown fox jumps over the lazy dog.", "The quick brown fox jumps over the lazy dog."});
        pages.put("partial", new String[] {"Menu Home The quick brown fox jumps over the lazy dog. Footer",
            "The quick brown fox jumps over the lazy dog, twice: the quick brown fox jumps."});
        pages.put("unicode", new String[] {"हिन्दी भाषा का इतिहास बहुत पुराना है और रोचक भी",
            "हिन्दी भाषा का इतिहास बहुत पुराना है"});
        pages.put("cjk", new String[] {"日本語の文章です。 東京 大阪 名古屋 札幌 福岡", "東京 大阪 名古屋 札幌"});
        pages.put("short", new String[] {"two words", "two words"});
        pages.put("missing", new String[] {null, "Expected text that the prediction lacks entirely here."});
        pages.put("empty-both", new String[] {"", ""});
        pages.put("repeats", new String[] {"a b c d a b c d a b c d", "a b c d e a b c d"});
        compare(pages);
    }

    @Test
    void cleanerOutputOnCorpusPagesAgrees() throws Exception {
        Path corpus = SHARED.resolve("corpus/scrapinghub-dev");
        assumeTrue(Files.isDirectory(corpus), "corpus absent");
        ArticleCleaner cleaner = new ArticleCleaner();
        Map<String, String[]> pages = new LinkedHashMap<>();
        List<Path> all = PageFolders.find(corpus);
        // a third of the set keeps the test quick; the full set agreed exactly when measured (0.971410 both)
        for (Path page : all.subList(0, Math.min(30, all.size()))) {
            String predicted;
            try {
                predicted = cleaner.clean(Files.readAllBytes(page.resolve("source.html")), "source.html").text();
            } catch (CleaningException e) {
                predicted = null;
            }
            pages.put(page.getFileName().toString(),
                    new String[] {predicted, Files.readString(page.resolve("expected.txt"), StandardCharsets.UTF_8)});
        }
        compare(pages);
    }

    /** One score.py run per set (a Python start is slow on a busy machine); per-page numbers from its JSON. */
    private void compare(Map<String, String[]> pages) throws Exception {
        assumeTrue(Files.isRegularFile(SCORE_PY), "score.py absent");
        assumeTrue(pythonAvailable(), "python3 absent");
        Path pred = Files.createDirectories(tmp.resolve("pred"));
        Path exp = Files.createDirectories(tmp.resolve("exp"));
        Map<String, ShingleScore.PageScore> scores = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : pages.entrySet()) {
            String[] pe = e.getValue();
            if (pe[0] != null) {
                Files.writeString(pred.resolve(e.getKey() + ".txt"), pe[0], StandardCharsets.UTF_8);
            }
            Path dir = Files.createDirectories(exp.resolve(e.getKey()));
            Files.writeString(dir.resolve("expected.txt"), pe[1], StandardCharsets.UTF_8);
            scores.put(e.getKey(), ShingleScore.score(pe[0], pe[1]));
        }
        JsonNode json = new ObjectMapper().readTree(run("--corpus", pred.toString(), exp.toString(), "--json"));
        for (Map.Entry<String, ShingleScore.PageScore> e : scores.entrySet()) {
            JsonNode py = json.get("pages").get(e.getKey()).get("shingles4");
            ShingleScore.PageScore s = e.getValue();
            assertEquals(py.get("tp").asLong(), s.tp(), e.getKey() + " tp");
            assertEquals(py.get("fp").asLong(), s.fp(), e.getKey() + " fp");
            assertEquals(py.get("fn").asLong(), s.fn(), e.getKey() + " fn");
            assertEquals(py.get("precision").asDouble(), s.precision(), 0.001, e.getKey() + " precision");
            assertEquals(py.get("recall").asDouble(), s.recall(), 0.001, e.getKey() + " recall");
            assertEquals(py.get("f1").asDouble(), s.f1(), 0.001, e.getKey() + " f1");
        }
        JsonNode corpus = json.get("corpus").get("shingles4");
        ShingleScore.CorpusScore c = ShingleScore.aggregate(List.copyOf(scores.values()));
        System.out.printf("score.py F1 %.6f, Java F1 %.6f over %d pages%n", corpus.get("f1").asDouble(), c.f1(), pages.size());
        assertEquals(pages.size(), json.get("corpus").get("pages").asInt());
        assertEquals(corpus.get("precision").asDouble(), c.precision(), 0.001, "corpus precision");
        assertEquals(corpus.get("recall").asDouble(), c.recall(), 0.001, "corpus recall");
        assertEquals(corpus.get("f1").asDouble(), c.f1(), 0.001, "corpus F1");
    }

    private static String run(Object... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("python3", SCORE_PY.toString()));
        for (Object a : args) {
            cmd.add(a.toString());
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "score.py timed out");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static boolean pythonAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
