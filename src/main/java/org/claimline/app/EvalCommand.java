package org.claimline.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.cleaning.eval.CorpusEvaluator;
import org.claimline.cleaning.eval.InputChoice;
import org.claimline.cleaning.eval.ShingleScore;

/** {@code eval DIR [--input txt|html]}: shingle P/R/F1 and title accuracy of the cleaner on a corpus. */
final class EvalCommand implements CliCommand {
    private final ArticleCleaner cleaner;

    EvalCommand(ArticleCleaner cleaner) {
        this.cleaner = cleaner;
    }

    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String summary() {
        return "DIR [--input txt|html]    score the cleaner against expected.txt (4-word shingles)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        InputChoice input = InputChoice.AUTO;
        Path dir = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ("--input".equals(a) && i + 1 < args.size()) {
                String v = args.get(++i);
                if (!v.equals("txt") && !v.equals("html")) {
                    err.println("claimline eval: --input takes txt or html");
                    return 2;
                }
                input = InputChoice.parse(v);
            } else if (a.startsWith("--") || dir != null) {
                err.println("usage: claimline eval DIR [--input txt|html]");
                return 2;
            } else {
                dir = Path.of(a);
            }
        }
        if (dir == null || !Files.isDirectory(dir)) {
            err.println(dir == null ? "usage: claimline eval DIR [--input txt|html]" : "claimline eval: no folder " + dir);
            return 2;
        }
        CorpusEvaluator.Result r = new CorpusEvaluator(cleaner).evaluate(dir, input, p -> out.println(pageLine(p)));
        if (r.pages().isEmpty()) {
            err.println("claimline eval: no page folder with a source and expected.txt under " + dir);
            return 1;
        }
        ShingleScore.CorpusScore s = r.score();
        String titles = r.titlesTotal() == 0 ? "no titles to compare"
                : String.format(Locale.ROOT, "title %.1f%% (%d/%d)", 100 * r.titleAccuracy(), r.titlesCorrect(),
                        r.titlesTotal());
        out.printf(Locale.ROOT, "overall: %d pages  P=%.4f R=%.4f F1=%.4f  %s%n", s.pages(), s.precision(), s.recall(),
                s.f1(), titles);
        return 0;
    }

    static String pageLine(CorpusEvaluator.PageResult p) {
        ShingleScore.PageScore s = p.score();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-40s P=%.4f R=%.4f F1=%.4f", p.name(),
                s.precision(), s.recall(), s.f1()));
        if (p.hasExpectedTitle()) {
            sb.append(p.titleMatches() ? "  title ok" : "  title MISMATCH: \"" + p.title() + "\" vs \"" + p.expectedTitle() + "\"");
        }
        if (p.error() != null) {
            sb.append("  error: ").append(p.error());
        }
        return sb.toString();
    }
}
