package org.claimline.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimline.anchoring.bench.MutationBenchmark;

/**
 * {@code bench-anchor [DIR] [--seed N] [--no-timing]}: the re-anchoring mutation benchmark over the articles in
 * {@code DIR/*}{@code /*}{@code /expected.txt} (default: the shared corpus), or over generated text when there is
 * none.
 */
final class BenchAnchorCommand implements CliCommand {
    @Override
    public String name() {
        return "bench-anchor";
    }

    @Override
    public String summary() {
        return "[DIR] [--seed N] [--look-alikes] [--no-timing]   re-anchoring accuracy and speed under edits";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        long seed = 4;
        Path dir = null;
        boolean verbose = false;
        boolean lookAlikes = false;
        boolean timing = true;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ("--seed".equals(a) && i + 1 < args.size()) {
                seed = Long.parseLong(args.get(++i));
            } else if ("--look-alikes".equals(a)) {
                lookAlikes = true;
            } else if ("--no-timing".equals(a)) {
                timing = false;
            } else if ("--verbose".equals(a)) {
                verbose = true;
            } else if (a.startsWith("--")) {
                err.println("claimline bench-anchor: unknown option " + a);
                return 2;
            } else {
                dir = Path.of(a);
            }
        }
        if (dir == null) {
            String shared = System.getProperty("claimline.shared");
            dir = shared != null ? Path.of(shared, "corpus") : Path.of("..", "shared", "corpus");
        }
        List<String> articles = read(dir);
        String source = articles.size() + " articles from " + dir;
        if (articles.isEmpty()) {
            articles = MutationBenchmark.generatedArticles(seed, 60);
            source = "60 generated articles (no expected.txt under " + dir + ")";
        }
        MutationBenchmark bench = new MutationBenchmark(seed, lookAlikes);
        MutationBenchmark.Result r = bench.run(articles);
        out.println("source: " + source + ", seed " + seed + (lookAlikes ? ", with look-alike paragraphs" : ""));
        out.println("annotations: " + (r.total + r.ambiguous) + " (scored: " + r.total + "; ambiguous already in the old text, not scored: " + r.ambiguous + ")");
        out.println("correct: " + r.correct);
        out.println("moved: " + r.moved);
        out.println("orphaned: " + r.orphaned);
        out.println("wrong: " + r.wrong);
        if (r.wrong > 0) {
            out.println("  of which deleted passages placed: " + r.wrongDeleted + "; placed where the recorded selector"
                    + " reads at least as closely as at the passage itself: " + r.wrongSelectorCloser);
        }
        out.println("twin: " + r.twin + " (of correct: on the duplicated paragraph's copy or identical text and context)");
        printClass(out, "verbatim quotes correctly placed", r, MutationBenchmark.Result.VERBATIM, 0.99);
        printClass(out, "quotes <=10% changed correctly placed", r, MutationBenchmark.Result.SMALL, 0.95);
        printClass(out, "quotes >10% changed correctly placed", r, MutationBenchmark.Result.LARGE, -1);
        printClass(out, "deleted passages orphaned", r, MutationBenchmark.Result.DELETED, 1.0);
        out.println("placements digest: " + r.placementDigest() + " (scores digest: " + r.scoreDigest() + ")");
        if (verbose) {
            r.wrongExamples.forEach(w -> out.println("  wrong: " + w));
            r.missedVerbatim.forEach(w -> out.println("  missed verbatim: " + w));
        }
        if (!timing) {
            return r.wrong == 0 ? 0 : 1;
        }
        double[] t = bench.timeMillis(articles, 1_000_000, 1000);
        out.printf("time: %.1f ms (CPU %.1f ms) to re-anchor %d annotations over %d characters, median of 7 after"
                + " %d warm-up runs (target <= 200 ms); the first run, cold: %.1f ms%n", t[0], t[1], (int) t[3], (int) t[2],
                MutationBenchmark.WARM_UP_RUNS, t[4]);
        return r.wrong == 0 ? 0 : 1;
    }

    private static void printClass(PrintStream out, String label, MutationBenchmark.Result r, int cls, double target) {
        out.printf("%s: %.2f %% (%d of %d)%s%n", label, 100 * r.rate(cls), r.classCorrect[cls], r.classTotal[cls],
                target < 0 ? "" : String.format(" target >= %.0f %%", 100 * target));
    }

    private static List<String> read(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(dir, 3)) {
            for (Path p : s.filter(f -> f.getFileName().toString().equals("expected.txt")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
