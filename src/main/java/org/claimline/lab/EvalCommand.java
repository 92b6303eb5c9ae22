package org.claimline.lab;

import org.claimline.app.Args;

import org.claimline.app.AppContext;

import org.claimline.app.CliCommand;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.cleaning.eval.CorpusEvaluator;
import org.claimline.cleaning.eval.EvalSummary;
import org.claimline.cleaning.eval.InputChoice;
import org.claimline.cleaning.eval.PageFolders;
import org.claimline.cleaning.eval.ShingleScore;

/**
 * {@code eval DIR... [--input txt|html] [--worst N] [--half odd|even] [--pages]}: per set and input kind, the
 * shingle P/R/F1, the pages under F1 0.5 and 0.8, the median, the pages the cleaner called doubtful (and of them
 * those under 0.5) and the title accuracy; {@code --worst N} lists the
 * N worst pages; {@code --half} keeps the pages whose folder name ends in an odd (or even) digit (a hold-out);
 * {@code --pages} prints one line per page first.
 */
public final class EvalCommand implements CliCommand {
    private static final String USAGE = "usage: claimline eval DIR... [--input txt|html] [--worst N] [--half odd|even]"
            + " [--pages]";
    private final ArticleCleaner cleaner;

    public EvalCommand() {
        this(AppContext.cleaner());
    }

    EvalCommand(ArticleCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /** One scored page with the set and input kind it was scored in. */
    private record Scored(String set, String kind, CorpusEvaluator.PageResult page) {
    }

    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String summary() {
        return "DIR... [--input txt|html] [--worst N] [--half odd|even] [--pages]   score the cleaner per set and"
                + " input kind against expected.txt (4-word shingles)";
    }

    private static final List<Args.Option> OPTIONS = List.of(
            Args.Option.valued("txt|html", "score only this kind of input", "--input"),
            Args.Option.valued("N", "list the N worst pages", "--worst"),
            Args.Option.valued("odd|even", "only every other page (a held-out half)", "--half"),
            Args.Option.flag("a line per page", "--pages"));

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args parsed = Args.parse(name(), OPTIONS, args);
        if (parsed.help()) {
            out.print(Args.helpText(name(), "DIR... [--input txt|html] [--worst N] [--half odd|even] [--pages]", OPTIONS));
            return 0;
        }
        List<InputChoice> kinds = List.of(InputChoice.TXT, InputChoice.HTML);
        String input = parsed.value("--input");
        if (input != null) {
            if (!input.equals("txt") && !input.equals("html")) {
                err.println("claimline eval: --input takes txt or html");
                return 2;
            }
            kinds = List.of(InputChoice.parse(input));
        }
        int worst = parsed.intValue("--worst", 0, 0);
        String halfName = parsed.value("--half");
        if (halfName != null && !halfName.equals("odd") && !halfName.equals("even")) {
            throw new Args.UsageException("--half takes odd or even");
        }
        Boolean odd = halfName == null ? null : halfName.equals("odd");
        boolean pages = parsed.flag("--pages");
        List<Path> dirs = parsed.positional().stream().map(Path::of).toList();
        if (dirs.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        Map<String, List<Path>> sets = new LinkedHashMap<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                err.println("claimline eval: no folder " + dir);
                return 2;
            }
            for (Map.Entry<String, List<Path>> e : PageFolders.sets(dir).entrySet()) {
                Boolean half = odd;
                sets.merge(e.getKey(), e.getValue().stream().filter(p -> half == null || PageFolders.inHalf(p, half))
                        .toList(), (x, y) -> { List<Path> all = new ArrayList<>(x); all.addAll(y); return all; });
            }
        }
        CorpusEvaluator evaluator = new CorpusEvaluator(cleaner);
        List<String> rows = new ArrayList<>();
        List<Scored> all = new ArrayList<>();
        Map<String, List<CorpusEvaluator.PageResult>> byKind = new LinkedHashMap<>();
        boolean printPages = pages;
        for (Map.Entry<String, List<Path>> set : sets.entrySet()) {
            for (InputChoice kind : kinds) {
                String k = kind.name().toLowerCase(Locale.ROOT);
                CorpusEvaluator.Result r = evaluator.evaluate(set.getValue(), kind, p -> {
                    if (printPages) {
                        out.println(set.getKey() + "/" + k + "  " + pageLine(p));
                    }
                });
                if (r.pages().isEmpty()) {
                    continue;
                }
                rows.add(row(set.getKey(), k, EvalSummary.of(r.pages()), r));
                r.pages().forEach(p -> all.add(new Scored(set.getKey(), k, p)));
                byKind.computeIfAbsent(k, x -> new ArrayList<>()).addAll(r.pages());
            }
        }
        if (all.isEmpty()) {
            err.println("claimline eval: no page folder with a source and expected.txt under " + dirs.get(0));
            return 1;
        }
        out.println(String.format(Locale.ROOT, "%-18s %-5s %5s  %-6s  %-6s  %-6s %5s %5s  %-6s %9s  %s", "set",
                "input", "pages", "P", "R", "F1", "<0.5", "<0.8", "median", "doubtful", "titles"));
        rows.forEach(out::println);
        if (sets.size() > 1) {
            byKind.forEach((k, ps) -> out.println(row("all sets", k, EvalSummary.of(ps), null)));
        }
        if (worst > 0) {
            out.println("worst " + Math.min(worst, all.size()) + ":");
            all.stream().sorted(Comparator.comparingDouble((Scored s) -> s.page().score().f1())
                    .thenComparing(Scored::set).thenComparing(s -> s.page().name())).limit(worst)
                    .forEach(s -> out.println("  " + s.set() + "/" + s.kind() + "  " + pageLine(s.page())));
        }
        return 0;
    }

    private static String row(String set, String kind, EvalSummary s, CorpusEvaluator.Result r) {
        String titles = r == null || r.titlesTotal() == 0 ? "-"
                : String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100 * r.titleAccuracy(), r.titlesCorrect(),
                        r.titlesTotal());
        return String.format(Locale.ROOT, "%-18s %-5s %5d  %.4f  %.4f  %.4f %5d %5d  %.4f %9s  %s", set, kind,
                s.pages(), s.precision(), s.recall(), s.f1(), s.under05(), s.under08(), s.median(),
                s.doubtful() + "/" + s.doubtfulUnder05(), titles);
    }

    static String pageLine(CorpusEvaluator.PageResult p) {
        ShingleScore.PageScore s = p.score();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-40s P=%.4f R=%.4f F1=%.4f conf=%.2f",
                p.name(), s.precision(), s.recall(), s.f1(), p.confidence()));
        if (p.hasExpectedTitle()) {
            sb.append(p.titleMatches() ? "  title ok" : "  title MISMATCH: \"" + p.title() + "\" vs \"" + p.expectedTitle() + "\"");
        }
        if (p.error() != null) {
            sb.append("  error: ").append(p.error());
        }
        return sb.toString();
    }
}
