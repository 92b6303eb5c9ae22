package org.claimline.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.claimline.analysis.Analysis;
import org.claimline.analysis.ClaimRow;
import org.claimline.analysis.ClaimsTable;
import org.claimline.analysis.CoOccurrence;
import org.claimline.analysis.Count;
import org.claimline.analysis.Dimension;
import org.claimline.analysis.Filter;
import org.claimline.analysis.Matrix;
import org.claimline.analysis.OutletComparison;
import org.claimline.analysis.SourceArticle;
import org.claimline.analysis.Timeline;
import org.claimline.export.AnalysisReport;
import org.claimline.model.Actor;
import org.claimline.model.Article;
import org.claimline.model.Issue;
import org.claimline.model.Stance;
import org.claimline.model.Taxonomy;
import org.claimline.session.IssuePalette;

/**
 * {@code bench-analysis [--articles N] [--claims M] [--runs R] [--dir DIR]}: writes a workspace of generated
 * HTML articles with sidecars (claims placed by the anchorer, saved by the sidecar store), reads it as the
 * analysis commands do, then times each figure R times (after warming up) and prints
 * {@code <figure>: <median> ms (p95 <p95> ms)}. The same figures are then taken on 10 %, 50 % and 100 % of the
 * claims of every article (10,000 / 50,000 / 100,000 with {@code --claims 100000}) and the growth printed as
 * ratios, so linearity is checked in one run.
 */
final class BenchAnalysisCommand implements CliCommand {
    static final List<String> ISSUES = List.of("Trade and export controls", "Forced labour compensation",
            "Comfort women", "Military intelligence sharing", "North Korean missiles", "Fukushima water release",
            "Territorial dispute", "History textbooks", "Tourism and culture", "Semiconductor supply chain",
            "Alliance with the US", "Domestic politics");
    static final List<String> ACTORS = List.of("Japan", "South Korea", "United States", "China", "North Korea",
            "Moon Jae-in", "Yoon Suk-yeol", "Shinzo Abe", "Fumio Kishida", "Joe Biden", "Donald Trump", "Xi Jinping",
            "Kim Jong-un", "Supreme Court of Korea", "Japanese government", "Korean government", "Samsung",
            "Mitsubishi Heavy Industries", "Nippon Steel", "Victims' groups", "Keidanren", "Korean Chamber of Commerce",
            "United Nations", "IAEA", "Democratic Party of Korea", "People Power Party", "Liberal Democratic Party",
            "Japanese media", "Korean media", "Civic groups");
    static final List<String> OUTLETS = List.of("The Korea Herald", "The Japan Times", "Asahi Shimbun",
            "Chosun Ilbo", "JoongAng Daily", "Nikkei Asia", "The Diplomat", "Hankyoreh", "Yomiuri Shimbun",
            "Korea Times", "South China Morning Post", "Foreign Policy");
    static final List<String> CODERS = List.of("ana", "ben", "chloe");
    private static final String[] WORDS = ("the government said talks on trade and security would resume after "
            + "months of tension between Seoul and Tokyo while critics argued that history cannot be settled by "
            + "diplomats alone and companies warned export curbs hurt both economies as voters watched the "
            + "courts ruling on compensation for wartime labour and the alliance with Washington").split(" ");

    @Override
    public String name() {
        return "bench-analysis";
    }

    @Override
    public String summary() {
        return "[--articles N] [--claims M] [--runs R] [--dir DIR]   time the analysis views on a generated workspace";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        int articles = 2000;
        int claims = 50_000;
        int runs = 15;
        Path dir = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (i + 1 >= args.size()) {
                err.println("claimline bench-analysis: " + a + " needs a value");
                return 2;
            }
            String v = args.get(++i);
            try {
                switch (a) {
                    case "--articles" -> articles = Integer.parseInt(v);
                    case "--claims" -> claims = Integer.parseInt(v);
                    case "--runs" -> runs = Integer.parseInt(v);
                    case "--dir" -> dir = Path.of(v);
                    default -> {
                        err.println("claimline bench-analysis: unknown option " + a);
                        return 2;
                    }
                }
            } catch (NumberFormatException e) {
                err.println("claimline bench-analysis: " + a + " takes a whole number, not " + v);
                return 2;
            }
        }
        if (articles < 1 || claims < 1 || runs < 1) {
            err.println("claimline bench-analysis: --articles, --claims and --runs must be at least 1");
            return 2;
        }
        boolean temp = dir == null;
        Path ws = temp ? Files.createTempDirectory("claimline-bench-analysis") : Files.createDirectories(dir);
        try {
            long t0 = System.nanoTime();
            Path marker = ws.resolve(".bench-analysis");
            String stamp = articles + " " + claims;
            if (Files.isRegularFile(marker) && Files.readString(marker).equals(stamp)) {
                out.printf(Locale.ROOT, "bench-analysis: %d articles, %d claims, generated before in %s%n", articles,
                        claims, ws);
            } else {
                generate(ws, articles, claims, err);
                Files.writeString(marker, stamp);
                out.printf(Locale.ROOT, "bench-analysis: %d articles, %d claims, generated in %.1f s (%s)%n", articles,
                        claims, (System.nanoTime() - t0) / 1e9, ws);
            }
            long t1 = System.nanoTime();
            ClaimsTable table = ClaimsTable.read(AppContext.folderCorpus(ws));
            out.printf(Locale.ROOT, "read the folder (clean %d articles, read their sidecars): %.0f ms (once)%n",
                    table.articles().size(), (System.nanoTime() - t1) / 1e6);
            Path report = ws.resolve("bench-report.html");
            figures(table, 5, report, null); // warms the JIT up on every figure before anything is kept
            int[] percents = {10, 50, 100};
            List<Map<String, Double>> scaled = new ArrayList<>();
            int[] sizes = new int[3];
            for (int p = 0; p < 3; p++) {
                ClaimsTable sub = percents[p] == 100 ? table : subset(table, percents[p]);
                sizes[p] = sub.rows().size();
                scaled.add(figures(sub, runs, report, percents[p] == 100 ? out : null));
            }
            Map<String, Double> full = scaled.get(2);
            System.gc();
            Runtime rt = Runtime.getRuntime();
            out.printf(Locale.ROOT, "heap after GC with the table built: %.0f MB%n",
                    (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
            out.println("growth (same articles, 10 % / 50 % / 100 % of each article's claims; median CPU time, which"
                    + " the neighbours on a shared machine do not inflate):");
            for (String f : full.keySet()) {
                out.printf(Locale.ROOT, "  %-28s %7.1f ms @ %,d  %7.1f ms @ %,d  %7.1f ms @ %,d   ratio 100%%/10%%: %.1f"
                                + " (claims x%.1f)%n", f, scaled.get(0).get(f), sizes[0], scaled.get(1).get(f), sizes[1],
                        scaled.get(2).get(f), sizes[2], scaled.get(2).get(f) / Math.max(0.001, scaled.get(0).get(f)),
                        (double) sizes[2] / sizes[0]);
            }
        } finally {
            if (temp) {
                try (Stream<Path> s = Files.walk(ws)) {
                    for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
        return 0;
    }

    /** Times every figure; prints them when {@code out} is given. Returns figure → median CPU ms. */
    private static Map<String, Double> figures(ClaimsTable table, int runs, Path report, PrintStream out) {
        Map<String, Double> medians = new LinkedHashMap<>();
        Filter filter = Filter.NONE.with(Dimension.ISSUE, ISSUES.get(0)).with(Dimension.ISSUE, ISSUES.get(3))
                .withRange(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31)).withText("government");
        List<ClaimRow> all = table.rows();
        time("build the claims table", runs, medians, out,
                () -> ClaimsTable.of(table.name(), table.articles(), table.problems()).rows().size());
        time("apply a filter", runs, medians, out, () -> filter.apply(all).size());
        time("recompute the matrix", runs, medians, out,
                () -> Matrix.compute(all, Dimension.ISSUE, Dimension.ACTOR, Count.CLAIMS).total());
        time("matrix counting articles", runs, medians, out,
                () -> Matrix.compute(all, Dimension.OUTLET, Dimension.ACTOR, Count.ARTICLES).total());
        time("timeline", runs, medians, out, () -> Timeline.compute(all).months().size());
        time("outlet comparison", runs, medians, out, () -> OutletComparison.compute(all, 5).outlets().size());
        time("co-occurrence (actors)", runs, medians, out,
                () -> CoOccurrence.compute(all, Dimension.ACTOR).keys().size());
        time("export the HTML report", Math.max(3, runs / 3), medians, out, () -> {
            String html = new AnalysisReport().write(Analysis.of(table, Filter.NONE, Dimension.ISSUE, Dimension.ACTOR,
                    Count.CLAIMS), Instant.now());
            try {
                AnalysisArgs.writeAtomically(report, html);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return html.length();
        });
        return medians;
    }

    private static void time(String figure, int runs, Map<String, Double> medians, PrintStream out,
                             Supplier<Object> job) {
        for (int i = 0; i < Math.min(3, runs); i++) {
            job.get();
        }
        // CPU time of this thread as well as wall time: on a shared machine the wall clock measures the neighbours.
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            job.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        double median = ms[runs / 2];
        double p95 = ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)];
        medians.put(figure, cpu[runs / 2]);
        if (out != null) {
            out.printf(Locale.ROOT, "%s: %.1f ms (p95 %.1f ms; cpu %.1f ms)%n", figure, median, p95, cpu[runs / 2]);
        }
    }

    /** The same articles with the first {@code percent} % of each one's claims. */
    private static ClaimsTable subset(ClaimsTable t, int percent) {
        List<SourceArticle> arts = new ArrayList<>();
        for (SourceArticle a : t.articles()) {
            int n = (int) Math.round(a.claims().size() * percent / 100.0);
            arts.add(new SourceArticle(a.path(), a.displayPath(), a.title(), a.outlet(), a.published(), a.issueColors(),
                    a.claims().subList(0, n)));
        }
        return ClaimsTable.of(t.name(), arts, t.problems());
    }

    /** Writes {@code articles} generated HTML op-eds with {@code claims} claims spread over them into {@code ws}. */
    static void generate(Path ws, int articles, int claims, PrintStream err) throws Exception {
        AnnotatedCorpusWriter writer = new AnnotatedCorpusWriter(AppContext.cleaner(), AppContext.placer());
        Taxonomy taxonomy = taxonomy();
        for (int i = 0; i < articles; i++) {
            Random rnd = new Random(i * 7919L + 17);
            int n = claims / articles + (i < claims % articles ? 1 : 0);
            String outlet = i % 23 == 5 ? null : OUTLETS.get(Math.min(OUTLETS.size() - 1,
                    (int) Math.floor(Math.abs(rnd.nextGaussian()) * 4)));
            LocalDate date = i % 19 == 3 ? null : LocalDate.of(2019, 1, 1).plusDays(rnd.nextInt(730));
            Path file = ws.resolve(String.format(Locale.ROOT, "%s/op-ed-%05d.html",
                    outlet == null ? "misc" : outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"), i));
            List<String> sentences = new ArrayList<>();
            String html = html(i, outlet, date, rnd, sentences);
            Article a = writer.writeArticle(file, html.getBytes(StandardCharsets.UTF_8));
            List<AnnotatedCorpusWriter.ClaimSpec> specs = new ArrayList<>(n);
            for (int c = 0; c < n; c++) {
                specs.add(spec(rnd, sentences.get(rnd.nextInt(sentences.size())), c));
            }
            writer.writeClaims(file, a, taxonomy, specs);
            if (err != null && (i + 1) % 100 == 0) {
                err.printf("\rgenerating %d/%d articles", i + 1, articles);
                if (i + 1 == articles) {
                    err.println();
                }
            }
        }
    }

    static Taxonomy taxonomy() {
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < ISSUES.size(); i++) {
            issues.add(new Issue("i" + i, ISSUES.get(i), IssuePalette.COLORS.get(i % IssuePalette.COLORS.size())));
        }
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < ACTORS.size(); i++) {
            actors.add(new Actor("a" + i, ACTORS.get(i), List.of()));
        }
        return new Taxonomy(issues, actors);
    }

    private static AnnotatedCorpusWriter.ClaimSpec spec(Random rnd, String quote, int c) {
        int issues = rnd.nextInt(10) < 7 ? 1 : rnd.nextInt(10) < 8 ? 2 : 0;
        List<String> is = new ArrayList<>();
        for (int k = 0; k < issues; k++) {
            String id = "i" + skewed(rnd, ISSUES.size());
            if (!is.contains(id)) {
                is.add(id);
            }
        }
        List<String> as = new ArrayList<>();
        int actors = 1 + rnd.nextInt(3);
        for (int k = 0; k < actors; k++) {
            String id = "a" + skewed(rnd, ACTORS.size());
            if (!as.contains(id)) {
                as.add(id);
            }
        }
        Stance stance = Stance.values()[rnd.nextInt(10) < 4 ? 1 : rnd.nextInt(4)];
        return new AnnotatedCorpusWriter.ClaimSpec(quote, "Claim " + c + ": " + quote.substring(0,
                Math.min(60, quote.length())), is, as, stance, c % 5 == 0 ? "Check against the ruling." : "",
                CODERS.get(rnd.nextInt(CODERS.size())), Instant.parse("2026-11-01T09:00:00Z").plusSeconds(c * 37L));
    }

    /** A Zipf-like pick: low indices much more often, as real codebooks are used. */
    static int skewed(Random rnd, int n) {
        return Math.min(n - 1, (int) Math.floor(Math.pow(rnd.nextDouble(), 2.2) * n));
    }

    private static String html(int i, String outlet, LocalDate date, Random rnd, List<String> sentences) {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 12; p++) {
            body.append("<p>");
            int count = 3 + rnd.nextInt(3);
            for (int s = 0; s < count; s++) {
                StringBuilder sb = new StringBuilder();
                int words = 10 + rnd.nextInt(14);
                for (int w = 0; w < words; w++) {
                    String word = WORDS[rnd.nextInt(WORDS.length)];
                    sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                            .append(w == words - 1 ? "." : " ");
                }
                sentences.add(sb.toString());
                body.append(sb).append(' ');
            }
            body.append("</p>\n");
        }
        String title = "Op-ed " + i + ": what Seoul and Tokyo owe each other";
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + (outlet == null ? "" : "<meta property=\"og:site_name\" content=\"" + outlet + "\">")
                + (date == null ? "" : "<meta property=\"article:published_time\" content=\"" + date + "T08:00:00Z\">")
                + "</head><body><article><h1>" + title + "</h1>\n" + body + "</article></body></html>\n";
    }
}
