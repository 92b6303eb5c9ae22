package org.claimline.lab;

import org.claimline.app.Args;

import org.claimline.app.CliCommand;
import org.claimline.app.WorkspaceWiring;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.claimline.search.WorkspaceIndexer;
import org.claimline.workspace.CodebookEdit;
import org.claimline.workspace.LibraryQuery;
import org.claimline.workspace.LibraryRow;
import org.claimline.workspace.Progress;
import org.claimline.workspace.ReadingStatus;
import org.claimline.workspace.WorkspaceCodebook;
import org.claimline.workspace.bench.WorkspaceGenerator;

/**
 * {@code bench-workspace [--articles N[,N...]] [--claims M] [--runs R] [--keep]}: generates a workspace in a
 * temporary folder and times what an analyst waits for: the cold index (articles/s), opening it again up to the
 * library rows, searching a common word, a codebook rename through every sidecar, and the heap after indexing.
 * With several sizes, each figure's growth is printed as a ratio against the size's growth.
 */
public final class BenchWorkspaceCommand implements CliCommand {
    @Override
    public String name() {
        return "bench-workspace";
    }

    @Override
    public String summary() {
        return "[--articles N[,N..]] [--claims M]   time indexing, opening, search, codebook rename";
    }

    private static final List<Args.Option> OPTIONS = List.of(
            Args.Option.valued("N[,N...]", "workspace sizes to time (default 2,000)", "--articles"),
            Args.Option.valued("M", "claims in the first size (default 10 per article)", "--claims"),
            Args.Option.valued("R", "timed runs of each step (default 3)", "--runs"),
            Args.Option.flag("keep the generated workspaces", "--keep"));

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args parsed = Args.parse(name(), OPTIONS, args);
        if (parsed.help()) {
            out.print(Args.helpText(name(), "[--articles N[,N...]] [--claims M] [--runs R] [--keep]", OPTIONS));
            return 0;
        }
        parsed.positional(0, name(), "options only");
        List<Integer> sizes = List.of(2000);
        if (parsed.value("--articles") != null) {
            try {
                sizes = Stream.of(parsed.value("--articles").split(",")).map(String::strip).map(Integer::parseInt)
                        .toList();
            } catch (NumberFormatException e) {
                throw new Args.UsageException("--articles needs a number or numbers separated by commas, got "
                        + parsed.value("--articles"));
            }
        }
        Integer claims = parsed.value("--claims") == null ? null : parsed.intValue("--claims", 0, 0);
        int runs = parsed.intValue("--runs", 3, 1);
        boolean keep = parsed.flag("--keep");
        int firstSize = sizes.get(0);
        double claimsPerArticle = claims == null ? 10.0 : claims / (double) firstSize;
        warmUp();
        Map<String, List<Double>> perSize = new LinkedHashMap<>();
        for (int n : sizes) {
            Map<String, Double> figures = benchOne(n, (int) Math.round(n * claimsPerArticle), runs, keep, out);
            figures.forEach((k, v) -> perSize.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        if (sizes.size() > 1) {
            int last = sizes.size() - 1;
            double scale = sizes.get(last) / (double) sizes.get(0);
            for (Map.Entry<String, List<Double>> e : perSize.entrySet()) {
                double r = e.getValue().get(last) / Math.max(1e-9, e.getValue().get(0));
                out.printf(Locale.ROOT, "growth %s %d→%d articles: ×%.2f for ×%.1f articles (%s)%n", e.getKey(),
                        sizes.get(0), sizes.get(last), r, scale, r <= scale * 1.25 ? "linear or better" : "faster than linear");
            }
        }
        return 0;
    }

    private Map<String, Double> benchOne(int articles, int claims, int runs, boolean keep, PrintStream out) throws IOException {
        Path tmp = Files.createTempDirectory("claimline-bench-workspace");
        Map<String, Double> figures = new LinkedHashMap<>();
        try {
            Path ws = Files.createDirectories(tmp.resolve("workspace"));
            new WorkspaceGenerator().generate(ws, articles, claims, 2026);
            out.printf(Locale.ROOT, "workspace: %d articles, %d claims in %s%n", articles, claims, ws);
            List<Double> cold = new ArrayList<>();
            List<Double> coldCpu = new ArrayList<>();
            Path cache = null;
            long heap = 0;
            for (int r = 0; r < runs; r++) {
                cache = tmp.resolve("cache-" + r);
                long t0 = System.nanoTime();
                long c0 = cpuNanos();
                try (WorkspaceIndexer ix = WorkspaceWiring.indexer(ws, cache)) {
                    ix.update(Progress.NONE);
                    cold.add(ms(t0));
                    coldCpu.add((cpuNanos() - c0) / 1e6);
                    if (r == runs - 1) {
                        heap = heapAfterGc();
                    }
                }
            }
            double coldMedian = print(out, "cold index (" + articles + " articles)", cold);
            out.printf(Locale.ROOT, "cold index throughput: %.0f articles/s%n", articles / (coldMedian / 1000.0));
            // the CPU the process spent: on a machine shared with other work, the wall time above says more about
            // the load than about the code; this is what the same work costs on idle cores
            coldCpu.sort(null);
            double cpuPer = coldCpu.get(coldCpu.size() / 2) / articles;
            int cores = Runtime.getRuntime().availableProcessors();
            out.printf(Locale.ROOT, "cold index CPU: %.1f ms per article (%.0f articles/s on %d idle cores; load average now %.1f)%n",
                    cpuPer, cores * 1000.0 / cpuPer, cores, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            figures.put("cold index", coldMedian);
            out.printf(Locale.ROOT, "heap after indexing: %d MB%n", heap >> 20);
            figures.put("heap after indexing", (double) heap);

            List<Double> warm = new ArrayList<>();
            for (int r = 0; r < Math.max(5, runs * 2); r++) {
                long t0 = System.nanoTime();
                try (WorkspaceIndexer ix = WorkspaceWiring.indexer(ws, cache)) {
                    WorkspaceIndexer.Outcome o = ix.update(Progress.NONE);
                    Map<String, ReadingStatus> st = WorkspaceWiring.statuses(ws).load();
                    List<LibraryRow> rows = o.snapshot().articles().stream()
                            .map(a -> new LibraryRow(a, st.get(a.rel()))).toList();
                    if (LibraryQuery.ALL.sortedBy(LibraryQuery.Column.DATE, true).apply(rows).size() != articles) {
                        throw new IllegalStateException("the library lost articles");
                    }
                    warm.add(ms(t0));
                }
            }
            figures.put("warm open to library", print(out, "warm open to library", warm));

            try (WorkspaceIndexer ix = WorkspaceWiring.indexer(ws, cache)) {
                ix.update(Progress.NONE);
                for (int i = 0; i < 5; i++) {
                    ix.index().search("government", 50);
                }
                List<Double> search = new ArrayList<>();
                int hits = 0;
                for (int i = 0; i < 20; i++) {
                    long t0 = System.nanoTime();
                    hits = ix.index().search("government", 50).size();
                    search.add(ms(t0));
                }
                figures.put("search", print(out, "search \"government\" (" + hits + " hits shown)", search));
            }

            WorkspaceCodebook cb = new WorkspaceCodebook(ws);
            List<Double> rename = new ArrayList<>();
            int written = 0;
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                written = cb.apply(new CodebookEdit.Rename(CodebookEdit.Kind.ISSUE, "issue-0", "Trade " + r), Progress.NONE)
                        .written();
                rename.add(ms(t0));
            }
            figures.put("codebook rename", print(out, "codebook rename across " + written + " sidecars", rename));
            return figures;
        } finally {
            if (!keep) {
                try (Stream<Path> s = Files.walk(tmp)) {
                    for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    /**
     * Indexes and searches a small workspace first, so the just-in-time compiler has done its work before the
     * first timed size (else the smallest size carries the warm-up and every growth ratio looks better than it is).
     */
    private static void warmUp() throws IOException {
        Path tmp = Files.createTempDirectory("claimline-bench-warmup");
        try {
            Path ws = Files.createDirectories(tmp.resolve("workspace"));
            new WorkspaceGenerator().generate(ws, 300, 1500, 7);
            try (WorkspaceIndexer ix = WorkspaceWiring.indexer(ws, tmp.resolve("cache"))) {
                ix.update(Progress.NONE);
                for (int i = 0; i < 20; i++) {
                    ix.index().search("government", 50);
                }
            }
            new WorkspaceCodebook(ws).apply(new CodebookEdit.Rename(CodebookEdit.Kind.ISSUE, "issue-0", "Warm"), Progress.NONE);
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** CPU time of the whole process (every thread), where the platform reports it; else 0. */
    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double print(PrintStream out, String figure, List<Double> samples) {
        List<Double> s = new ArrayList<>(samples);
        s.sort(null);
        double med = s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
        double p95 = s.get(Math.min(s.size() - 1, (int) Math.ceil(s.size() * 0.95) - 1));
        out.printf(Locale.ROOT, "%s: %.1f ms (p95 %.1f ms)%n", figure, med, p95);
        return med;
    }
}
