package org.claimline.cleaning.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.model.Article;

/**
 * Developer tool (not a test): cleans every {@code PAGE/source.txt} under a corpus folder in one JVM, writes
 * {@code OUT/PAGE.txt} for score.py and prints the median time per page.
 * Usage: {@code CorpusDumpMain CORPUS_DIR OUT_DIR}.
 */
public final class CorpusDumpMain {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        List<Path> pages;
        try (Stream<Path> s = Files.list(corpus)) {
            pages = s.filter(p -> Files.isRegularFile(p.resolve("source.txt"))).sorted().toList();
        }
        ArticleCleaner cleaner = new ArticleCleaner();
        List<byte[]> inputs = new ArrayList<>();
        for (Path p : pages) {
            inputs.add(Files.readAllBytes(p.resolve("source.txt")));
        }
        for (int warm = 0; warm < Integer.getInteger("warm", 5); warm++) {
            for (byte[] b : inputs) {
                try {
                    cleaner.clean(b, "source.txt");
                } catch (Exception e) {
                    // measured below
                }
            }
        }
        long[] times = new long[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            long t0 = System.nanoTime();
            String text;
            try {
                Article a = cleaner.clean(inputs.get(i), "source.txt");
                text = a.text();
            } catch (Exception e) {
                text = "";
                System.err.println(pages.get(i).getFileName() + ": " + e);
            }
            times[i] = System.nanoTime() - t0;
            Files.writeString(out.resolve(pages.get(i).getFileName() + ".txt"), text, StandardCharsets.UTF_8);
        }
        long[] sorted = times.clone();
        java.util.Arrays.sort(sorted);
        System.out.printf("%d pages, median %.2f ms, p95 %.2f ms%n", pages.size(), sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6);
    }
}
