package org.claimline.lab;

import org.claimline.app.Args;

import org.claimline.app.AppContext;

import org.claimline.app.CliCommand;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.cleaning.eval.CleaningBenchmark;

/** {@code bench-clean DIR}: median and p95 cleaning time per page, one line per input kind. */
public final class BenchCleanCommand implements CliCommand {
    private final ArticleCleaner cleaner;

    public BenchCleanCommand() {
        this(AppContext.cleaner());
    }

    BenchCleanCommand(ArticleCleaner cleaner) {
        this.cleaner = cleaner;
    }

    @Override
    public String name() {
        return "bench-clean";
    }

    @Override
    public String summary() {
        return "DIR                      time the cleaner per page (warmed up; median, p95)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args parsed = Args.parse(name(), List.of(), args);
        if (parsed.help()) {
            out.print(Args.helpText(name(), "DIR   (DIR holds page folders with source.html / source.txt)", List.of()));
            return 0;
        }
        args = parsed.positional(1, name(), "one folder of pages: DIR");
        if (!Files.isDirectory(Path.of(args.get(0)))) {
            throw new Args.UsageException(args.get(0) + " is not a folder");
        }
        List<CleaningBenchmark.Timing> timings = new CleaningBenchmark(cleaner, 5, 5).run(Path.of(args.get(0)));
        if (timings.isEmpty()) {
            err.println("claimline bench-clean: no source.html or source.txt under " + args.get(0));
            return 1;
        }
        for (CleaningBenchmark.Timing t : timings) {
            out.println(t.line());
        }
        return 0;
    }
}
