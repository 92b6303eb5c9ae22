package org.claimline.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.claimline.export.CorpusExporter;
import org.claimline.export.ExportDocument;
import org.claimline.export.HtmlReportExporter;
import org.claimline.model.Actor;
import org.claimline.model.Anchor;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.BlockKind;
import org.claimline.model.Claim;
import org.claimline.model.DateValue;
import org.claimline.model.Issue;
import org.claimline.model.Stance;
import org.claimline.model.Taxonomy;
import org.claimline.model.TextRange;

/**
 * {@code bench-export [--articles N] [--claims M] [--out DIR]}: times every corpus format on generated
 * articles (default 500 articles, 10,000 claims) and samples the heap after a GC at 10% and at the end of each,
 * to show memory does not grow with the number of articles. Articles are generated on demand, as a real corpus
 * is loaded, so generation time is reported separately.
 */
final class BenchExportCommand implements CliCommand {
    private static final String[] WORDS = ("the government said talks on trade and security would resume after "
            + "months of tension between Seoul and Tokyo while critics argued that history cannot be settled by "
            + "diplomats alone and companies warned export curbs hurt both economies").split(" ");

    private final org.claimline.export.Exporters.JsonLdWriter jsonLd;

    BenchExportCommand(org.claimline.export.Exporters.JsonLdWriter jsonLd) {
        this.jsonLd = jsonLd;
    }

    @Override
    public String name() {
        return "bench-export";
    }

    @Override
    public String summary() {
        return "[--articles N] [--claims M] [--out DIR]   time every export format on a generated corpus";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        int articles = 500;
        int claims = 10_000;
        Path outDir = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (i + 1 >= args.size()) {
                err.println("claimline bench-export: " + a + " needs a value");
                return 2;
            }
            switch (a) {
                case "--articles" -> articles = Integer.parseInt(args.get(++i));
                case "--claims" -> claims = Integer.parseInt(args.get(++i));
                case "--out" -> outDir = Path.of(args.get(++i));
                default -> {
                    err.println("claimline bench-export: unknown option " + a);
                    return 2;
                }
            }
        }
        boolean temp = outDir == null;
        Path dir = temp ? Files.createTempDirectory("claimline-bench-export") : Files.createDirectories(outDir);
        List<ExportDocument.Loader> loaders = new ArrayList<>();
        int perArticle = Math.max(1, claims / Math.max(1, articles));
        for (int i = 0; i < articles; i++) {
            int n = i;
            loaders.add(() -> generate(n, perArticle));
        }
        out.printf("bench-export: %d articles, %d claims%n", articles, perArticle * articles);
        CorpusExporter corpus = new CorpusExporter();
        time("generate only", loaders, out, p -> {
            for (int i = 0; i < loaders.size(); i++) {
                loaders.get(i).load();
                p.accept(i + 1, loaders.size());
            }
        });
        time("md (one file)", loaders, out, p -> {
            try (Writer w = Files.newBufferedWriter(dir.resolve("corpus.md"), StandardCharsets.UTF_8)) {
                corpus.writeMarkdown(loaders, w, p);
            }
        });
        time("csv (one file)", loaders, out, p -> {
            try (Writer w = Files.newBufferedWriter(dir.resolve("corpus.csv"), StandardCharsets.UTF_8)) {
                corpus.writeCsv(loaders, true, w, p);
            }
        });
        time("qdpx (one project)", loaders, out, p -> {
            try (OutputStream o = Files.newOutputStream(dir.resolve("corpus.qdpx"))) {
                corpus.writeQdpx(loaders, "bench", Instant.parse("2026-01-01T00:00:00Z"), o, p);
            }
        });
        Path html = Files.createDirectories(dir.resolve("html"));
        time("html (file per article)", loaders, out, p -> {
            HtmlReportExporter h = new HtmlReportExporter();
            for (int i = 0; i < loaders.size(); i++) {
                Files.writeString(html.resolve("a" + i + ".html"), h.write(loaders.get(i).load()), StandardCharsets.UTF_8);
                p.accept(i + 1, loaders.size());
            }
        });
        try {
            Path ld = Files.createDirectories(dir.resolve("jsonld"));
            time("jsonld (file per article)", loaders, out, p -> {
                for (int i = 0; i < loaders.size(); i++) {
                    Files.writeString(ld.resolve("a" + i + ".jsonld"), jsonLd.write(loaders.get(i).load()),
                            StandardCharsets.UTF_8);
                    p.accept(i + 1, loaders.size());
                }
            });
        } catch (IOException e) {
            out.println("  jsonld: skipped: " + e.getMessage());
        }
        if (temp) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } else {
            out.println("outputs in " + dir);
        }
        return 0;
    }

    private interface Job {
        void run(BiConsumer<Integer, Integer> progress) throws IOException;
    }

    private static void time(String label, List<ExportDocument.Loader> loaders, PrintStream out, Job job)
            throws IOException {
        long[] heap = new long[2];
        int tenth = Math.max(1, loaders.size() / 10);
        long[] gcNanos = new long[1];
        BiConsumer<Integer, Integer> sample = (done, total) -> {
            if (done == tenth || done.equals(total)) {
                long g = System.nanoTime();
                System.gc();
                Runtime r = Runtime.getRuntime();
                heap[done.equals(total) ? 1 : 0] = r.totalMemory() - r.freeMemory();
                gcNanos[0] += System.nanoTime() - g;
            }
        };
        // CPU time of this thread as well as wall time: on a shared machine the wall clock measures the neighbours.
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        job.run(sample);
        double secs = (System.nanoTime() - t0 - gcNanos[0]) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        out.printf("  %-26s %6.2f s wall %6.2f s cpu   heap after GC: %5.1f MB at %d articles, %5.1f MB at %d%n",
                label, secs, cpu, heap[0] / 1048576.0, tenth, heap[1] / 1048576.0, loaders.size());
    }

    /** A deterministic op-ed-sized article (about 15 paragraphs) with {@code claims} claims on its sentences. */
    static ExportDocument generate(int index, int claims) {
        Random rnd = new Random(index * 7919L + 17);
        List<Block> blocks = new ArrayList<>();
        for (int p = 0; p < 15; p++) {
            StringBuilder sb = new StringBuilder();
            int sentences = 3 + rnd.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                int words = 10 + rnd.nextInt(15);
                for (int w = 0; w < words; w++) {
                    String word = WORDS[rnd.nextInt(WORDS.length)];
                    sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                            .append(w == words - 1 ? ". " : " ");
                }
            }
            blocks.add(Block.kept(p == 7 ? BlockKind.HEADING : BlockKind.PARAGRAPH, sb.toString().strip()));
        }
        Article a = new Article(Article.Metadata.empty().withTitle("Generated op-ed " + index)
                .withByline(List.of("Author " + index % 40)).withPublished(DateValue.parseIso("2020-01-04")), blocks);
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            issues.add(new Issue("i" + i, "Issue " + i, String.format("#%06x", rnd.nextInt(0x1000000))));
        }
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            actors.add(new Actor("a" + i, "Actor " + i, List.of()));
        }
        String text = a.text();
        List<Claim> cs = new ArrayList<>();
        for (int c = 0; c < claims; c++) {
            int start = rnd.nextInt(Math.max(1, text.length() - 200));
            int end = Math.min(text.length(), start + 20 + rnd.nextInt(180));
            cs.add(new Claim("c" + index + "-" + c, Anchor.exact(text, new TextRange(start, end)), "Summary of claim " + c,
                    List.of("i" + rnd.nextInt(8)), List.of("a" + rnd.nextInt(10), "a" + rnd.nextInt(10)),
                    Stance.values()[rnd.nextInt(4)], c % 3 == 0 ? "A note, with \"quotes\"\nand a second line" : "",
                    List.of(), Instant.parse("2026-01-01T00:00:00Z"), null, "bench"));
        }
        return new ExportDocument("generated/" + index + ".txt", a,
                new AnnotationSet(new Taxonomy(issues, actors), cs));
    }
}
