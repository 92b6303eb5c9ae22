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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.cleaning.CleaningException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java scorer and shared/tools/score.py give the same numbers on the same predictions. */
class ScorePyAgreementTest {
    private static final Path SHARED = Path.of(System.getProperty("claimline.shared", "../shared"));
    private static final Path SCORE_PY = SHARED.resolve("tools/score.py");
    private static final Pattern PY_LINE = Pattern.compile("shingles4\\s+P=([0-9.]+) R=([0-9.]+) F1=([0-9.]+)");

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
        for (Path page : PageFolders.find(corpus).subList(0, 12)) {
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

    private void compare(Map<String, String[]> pages) throws Exception {
        assumeTrue(Files.isRegularFile(SCORE_PY), "score.py absent");
        assumeTrue(pythonAvailable(), "python3 absent");
        Path pred = Files.createDirectories(tmp.resolve("pred"));
        Path exp = Files.createDirectories(tmp.resolve("exp"));
        List<ShingleScore.PageScore> scores = new ArrayList<>();
        for (Map.Entry<String, String[]> e : pages.entrySet()) {
            String[] pe = e.getValue();
            if (pe[0] != null) {
                Files.writeString(pred.resolve(e.getKey() + ".txt"), pe[0], StandardCharsets.UTF_8);
            }
            Path dir = Files.createDirectories(exp.resolve(e.getKey()));
            Files.writeString(dir.resolve("expected.txt"), pe[1], StandardCharsets.UTF_8);
            ShingleScore.PageScore s = ShingleScore.score(pe[0], pe[1]);
            scores.add(s);
            String one = run(pe[0] == null ? writeEmpty() : pred.resolve(e.getKey() + ".txt"), dir.resolve("expected.txt"));
            Matcher m = Pattern.compile("shingles4 precision=([0-9.]+) recall=([0-9.]+) f1=([0-9.]+)").matcher(one);
            assertTrue(m.find(), one);
            assertEquals(Double.parseDouble(m.group(1)), s.precision(), 0.001, e.getKey() + " precision");
            assertEquals(Double.parseDouble(m.group(2)), s.recall(), 0.001, e.getKey() + " recall");
            assertEquals(Double.parseDouble(m.group(3)), s.f1(), 0.001, e.getKey() + " f1");
        }
        String out = run("--corpus", pred.toString(), exp.toString());
        Matcher m = PY_LINE.matcher(out);
        assertTrue(m.find(), out);
        ShingleScore.CorpusScore c = ShingleScore.aggregate(scores);
        assertEquals(Double.parseDouble(m.group(1)), c.precision(), 0.001, "corpus precision");
        assertEquals(Double.parseDouble(m.group(2)), c.recall(), 0.001, "corpus recall");
        assertEquals(Double.parseDouble(m.group(3)), c.f1(), 0.001, "corpus F1");
    }

    private Path writeEmpty() throws IOException {
        Path p = tmp.resolve("empty.txt");
        Files.writeString(p, "");
        return p;
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
