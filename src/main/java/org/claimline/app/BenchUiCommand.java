package org.claimline.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.model.Anchor;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Claim;
import org.claimline.model.Issue;
import org.claimline.model.Stance;
import org.claimline.model.Taxonomy;
import org.claimline.model.TextRange;
import org.claimline.session.ClaimFilter;
import org.claimline.session.IssuePalette;
import org.claimline.session.ReaderSession;
import org.claimline.ui.MainView;
import org.claimline.ui.common.MemoryPreferences;
import org.claimline.ui.reader.ReaderViewModel;

/**
 * {@code bench-ui}: the real reader window, headless (Monocle), timed: launch to the sample rendered;
 * then on a generated 2 MB article with 250, 500 and 1,000 claims, open-to-rendered, adding one claim
 * (with its restyle) and filtering. One line per figure: {@code <figure>: <median> ms (p95 <p95> ms)}.
 */
final class BenchUiCommand implements CliCommand {
    private static final int TEXT_BYTES = 2 * 1024 * 1024;
    // CPU time of the FX thread: wall time on a shared, loaded machine mostly measures the other processes
    private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Override
    public String name() {
        return "bench-ui";
    }

    @Override
    public String summary() {
        return "[--runs N]                  time the reader window headless (open, add claim, filter)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        int runs = 30;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--runs") && i + 1 < args.size()) {
                runs = Integer.parseInt(args.get(++i));
            }
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        headless();
        ExecutorService io = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-io");
            t.setDaemon(true);
            return t;
        });
        InMemoryAnnotationStore store = new InMemoryAnnotationStore();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        MainView view = onFx(() -> {
            ReaderViewModel vm = new ReaderViewModel(new CleanerArticleSource(AppContext.cleaner()), store,
                    new MemoryPreferences(), io, Platform::runLater);
            MainView v = new MainView(vm);
            Stage stage = new Stage();
            Scene scene = v.createScene(stage);
            stage.setScene(scene);
            v.bind();
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            return v;
        });
        ReaderViewModel vm = view.viewModel();
        long launched = timeOpen(view, () -> vm.openSample());
        out.printf("launch-to-sample-rendered: %d ms (p95 %d ms)%n", System.currentTimeMillis() - jvmStart,
                System.currentTimeMillis() - jvmStart);
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            warm.add(timeOpen(view, vm::openSample));
        }
        print(out, "open-sample-to-rendered", millis(warm));
        if (launched < 0) {
            err.println("the sample did not render");
            return 1;
        }

        Path dir = Files.createTempDirectory("claimline-bench");
        try {
            Path file = dir.resolve("generated-2mb.txt");
            Files.writeString(file, generateText(new Random(42)), StandardCharsets.UTF_8);
            Article article = new ArticleCleaner().clean(file);
            // one unprinted pass so the JIT has compiled the paths before the first printed figure
            store.save(file, article, generateClaims(article, 250, new Random(1)));
            timeOpen(view, () -> vm.openFile(file));
            addClaims(view, 10, new ArrayList<>());
            filters(view, 10, new ArrayList<>());
            timeOpen(view, vm::openSample);
            for (int claims : new int[] {250, 500, 1000}) {
                store.save(file, article, generateClaims(article, claims, new Random(claims)));
                List<Long> open = new ArrayList<>();
                for (int i = 0; i < Math.max(3, runs / 6); i++) {
                    timeOpen(view, vm::openSample);
                    open.add(timeOpen(view, () -> vm.openFile(file)));
                }
                int n = vm.claimCountProperty().get();
                print(out, String.format("open-to-rendered (2 MB, %d claims)", n), millis(open));
                List<Long> cpu = new ArrayList<>();
                print(out, String.format("add-claim-restyle (%d claims)", n), addClaims(view, runs, cpu));
                print(out, String.format("add-claim-restyle, FX-thread CPU (%d claims)", n), toMillis(cpu.subList(5, cpu.size())));
                cpu.clear();
                print(out, String.format("filter (%d claims)", n), filters(view, runs, cpu));
                print(out, String.format("filter, FX-thread CPU (%d claims)", n), toMillis(cpu.subList(4, cpu.size())));
            }
        } finally {
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
            Platform.exit();
            io.shutdownNow();
        }
        return 0;
    }

    /** Monocle's headless glass, set before the toolkit starts (as the surefire argLine does for tests). */
    private static void headless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
    }

    /** Milliseconds from {@code open} until the new article is laid out on screen. */
    private static long timeOpen(MainView view, Runnable open) throws Exception {
        ReaderViewModel vm = view.viewModel();
        CountDownLatch done = new CountDownLatch(1);
        long[] end = new long[1];
        long t0 = System.nanoTime();
        onFx(() -> {
            ReaderSession before = vm.session();
            ChangeListener<ReaderSession>[] l = new ChangeListener[1];
            l[0] = (o, a, b) -> {
                vm.sessionProperty().removeListener(l[0]);
                Scene scene = view.reader().area().getScene();
                Runnable[] pulse = new Runnable[1];
                pulse[0] = () -> {
                    scene.removePostLayoutPulseListener(pulse[0]);
                    end[0] = System.nanoTime();
                    done.countDown();
                };
                scene.addPostLayoutPulseListener(pulse[0]);
                Platform.requestNextPulse();
            };
            vm.sessionProperty().addListener(l[0]);
            open.run();
            return before;
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            return -1;
        }
        return (end[0] - t0) / 1_000_000;
    }

    private static void waitIdle(MainView view) throws Exception {
        for (int i = 0; i < 3; i++) {
            onFx(() -> null);
        }
        Thread.sleep(50);
    }

    /** Adds one claim at a random sentence and times the FX-thread work (session, panel, one restyle). */
    private static List<Double> addClaims(MainView view, int runs, List<Long> cpu) throws Exception {
        ReaderViewModel vm = view.viewModel();
        Random rnd = new Random(7);
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < runs + 5; i++) {
            long t = onFx(() -> {
                // where a reader selects: in the paragraphs on screen
                var area = view.reader().area();
                var layout = view.reader().layout();
                int par = area.firstVisibleParToAllParIndex() + rnd.nextInt(3);
                int at = layout.toText(area.getAbsolutePosition(par, 0));
                if (at < 0) {
                    at = layout.toText(layout.firstTextOffset());
                }
                long c0 = CPU.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                vm.addClaim(new TextRange(at, at + 60), false);
                long dt = System.nanoTime() - t0;
                cpu.add(CPU.getCurrentThreadCpuTime() - c0);
                vm.undo();
                return dt;
            });
            waitIdle(view);
            if (i >= 5) {
                nanos.add(t);
            }
        }
        return toMillis(nanos);
    }

    /** Alternates between filtering by one issue and no filter; times the FX-thread work. */
    private static List<Double> filters(MainView view, int runs, List<Long> cpu) throws Exception {
        ReaderViewModel vm = view.viewModel();
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < runs + 4; i++) {
            int k = i;
            long t = onFx(() -> {
                List<Issue> issues = vm.session().taxonomy().issues();
                ClaimFilter f = k % 2 == 0 ? ClaimFilter.NONE.withIssues(Set.of(issues.get(k % issues.size()).id()))
                        : ClaimFilter.NONE;
                long c0 = CPU.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                vm.filterProperty().set(f);
                long dt = System.nanoTime() - t0;
                cpu.add(CPU.getCurrentThreadCpuTime() - c0);
                return dt;
            });
            waitIdle(view);
            if (i >= 4) {
                nanos.add(t);
            }
        }
        return toMillis(nanos);
    }

    private static List<Double> toMillis(List<Long> nanos) {
        return nanos.stream().map(n -> n / 1e6).toList();
    }

    private static List<Double> millis(List<Long> ms) {
        return ms.stream().map(Long::doubleValue).toList();
    }

    private static void print(PrintStream out, String figure, List<Double> samples) {
        List<Double> s = new ArrayList<>(samples);
        Collections.sort(s);
        double med = s.get(s.size() / 2);
        double p95 = s.get(Math.min(s.size() - 1, (int) Math.ceil(s.size() * 0.95) - 1));
        out.printf(java.util.Locale.ROOT, "%s: %.1f ms (p95 %.1f ms)%n", figure, med, p95);
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        FutureTask<T> task = new FutureTask<>(c);
        Platform.runLater(task);
        return task.get(120, TimeUnit.SECONDS);
    }

    private static final String[] WORDS = ("the of and to in a is that for it as was with be by on not he this are or his "
            + "from at which but have an they you were her she there been one all we their has would when if so no "
            + "will more about can said out up into what them some could other time only its then than first new "
            + "korea japan china trade export dispute alliance ministry agreement policy relations security summit "
            + "government companies compensation tension diplomacy historical intelligence sanctions").split(" ");

    /** About 2 MB of plain paragraphs of sentences. */
    static String generateText(Random rnd) {
        StringBuilder sb = new StringBuilder(TEXT_BYTES + 1000);
        while (sb.length() < TEXT_BYTES) {
            int sentences = 3 + rnd.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                int words = 8 + rnd.nextInt(18);
                for (int w = 0; w < words; w++) {
                    String word = WORDS[rnd.nextInt(WORDS.length)];
                    if (w == 0) {
                        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    }
                    sb.append(word).append(w == words - 1 ? ". " : " ");
                }
            }
            sb.setLength(sb.length() - 1);
            sb.append("\n\n");
        }
        return sb.toString();
    }

    /** {@code n} claims spread over the text, some overlapping, tagged with eight issues. */
    static AnnotationSet generateClaims(Article article, int n, Random rnd) {
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            issues.add(new Issue("issue-" + i, "Issue " + (i + 1), IssuePalette.COLORS.get(i)));
        }
        String text = article.text();
        List<Claim> claims = new ArrayList<>();
        int step = text.length() / n;
        for (int i = 0; i < n; i++) {
            int start = i * step + rnd.nextInt(Math.max(1, step / 2));
            int end = Math.min(text.length(), start + 40 + rnd.nextInt(i % 10 == 0 ? step * 2 : 200));
            TextRange r = new TextRange(start, end);
            claims.add(new Claim("c" + i, Anchor.exact(text, r), "claim " + i,
                    List.of(issues.get(rnd.nextInt(issues.size())).id()), List.of(), Stance.UNCLEAR, "", List.of(),
                    Instant.EPOCH, Instant.EPOCH, "bench"));
        }
        return new AnnotationSet(new Taxonomy(issues, List.of()), claims);
    }
}
