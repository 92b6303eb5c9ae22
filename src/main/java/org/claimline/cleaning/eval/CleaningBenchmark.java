package org.claimline.cleaning.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.cleaning.CleaningException;

/** Times the cleaner per page, from bytes in memory, in one warmed-up JVM. */
public final class CleaningBenchmark {

    /** Timing of one input kind: median and 95th percentile of per-page milliseconds. */
    public record Timing(String kind, double medianMs, double p95Ms, int pages) {
        public String line() {
            return String.format(java.util.Locale.ROOT, "%s: median %.1f ms, p95 %.1f ms, %d pages", kind, medianMs, p95Ms,
                    pages);
        }
    }

    private record Input(byte[] bytes, String name) {
    }

    private final ArticleCleaner cleaner;
    private final int warmupRounds;
    private final int timedRounds;

    public CleaningBenchmark(ArticleCleaner cleaner, int warmupRounds, int timedRounds) {
        this.cleaner = cleaner;
        this.warmupRounds = warmupRounds;
        this.timedRounds = timedRounds;
    }

    /** One timing per input kind found under {@code dir}: {@code html}, then {@code txt}. */
    public List<Timing> run(Path dir) throws IOException {
        List<Path> pages = PageFolders.find(dir);
        List<Timing> out = new ArrayList<>();
        for (String kind : List.of("html", "txt")) {
            List<Input> inputs = new ArrayList<>();
            for (Path p : pages) {
                Path f = p.resolve("source." + kind);
                if (Files.isRegularFile(f)) {
                    inputs.add(new Input(Files.readAllBytes(f), f.getFileName().toString()));
                }
            }
            if (!inputs.isEmpty()) {
                out.add(time(kind, inputs));
            }
        }
        return out;
    }

    private Timing time(String kind, List<Input> inputs) {
        for (int r = 0; r < warmupRounds; r++) {
            for (Input in : inputs) {
                cleanQuietly(in);
            }
        }
        double[] perPage = new double[inputs.size()];
        double[] rounds = new double[timedRounds];
        for (int i = 0; i < inputs.size(); i++) {
            for (int r = 0; r < timedRounds; r++) {
                long t0 = System.nanoTime();
                cleanQuietly(inputs.get(i));
                rounds[r] = (System.nanoTime() - t0) / 1e6;
            }
            perPage[i] = percentile(rounds, 0.5);
        }
        return new Timing(kind, percentile(perPage, 0.5), percentile(perPage, 0.95), inputs.size());
    }

    private void cleanQuietly(Input in) {
        try {
            cleaner.clean(in.bytes(), in.name());
        } catch (CleaningException e) {
            // a refused page still costs its time; the benchmark only measures speed
        }
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] values, double q) {
        double[] s = values.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(q * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
    }
}
