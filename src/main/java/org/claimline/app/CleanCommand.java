package org.claimline.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.cleaning.CleaningException;
import org.claimline.export.ArticleTextWriter;
import org.claimline.files.AtomicFiles;
import org.claimline.files.IoText;
import org.claimline.model.Article;
import org.claimline.storage.ArticleJson;

/** {@code clean FILE [--json]} and {@code clean --out DIR FILE...}. */
final class CleanCommand implements CliCommand {
    private final ArticleCleaner cleaner;

    CleanCommand(ArticleCleaner cleaner) {
        this.cleaner = cleaner;
    }

    @Override
    public String name() {
        return "clean";
    }

    @Override
    public String summary() {
        return "FILE [--json] | --out DIR FILE...   print or write the cleaned article";
    }

    private static final List<Args.Option> OPTIONS = List.of(
            Args.Option.flag("print the article as JSON (text, blocks, metadata)", "--json"),
            Args.Option.valued("DIR", "write DIR/<name>.json for each FILE instead of printing", "--out"));

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(name(), OPTIONS, argv);
        if (args.help()) {
            out.print(Args.helpText(name(), "FILE [--json] | --out DIR FILE...", OPTIONS));
            return 0;
        }
        boolean json = args.flag("--json");
        Path outDir = args.value("--out") == null ? null : Path.of(args.value("--out"));
        List<String> files = args.positional();
        if (files.isEmpty()) {
            err.println("claimline clean: name a FILE to clean (claimline clean --help)");
            return 2;
        }
        if (outDir == null) {
            if (files.size() != 1) {
                err.println("claimline clean: give one FILE, or --out DIR for several");
                return 2;
            }
            Article a = cleanOne(Path.of(files.get(0)), err);
            if (a == null) {
                return 1;
            }
            out.print(json ? ArticleJson.writeWithConfidence(a) + "\n" : ArticleTextWriter.write(a));
            return 0;
        }
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            err.println("claimline clean: --out " + outDir + " is a file, not a folder; name a folder to write into");
            return 2;
        }
        Map<String, String> byBase = new HashMap<>();
        for (String f : files) {
            String base = baseName(f);
            String previous = byBase.putIfAbsent(base, f);
            if (previous != null) {
                err.println("claimline clean: " + previous + " and " + f + " would both write " + base
                        + ".json; clean them into different folders");
                return 2;
            }
        }
        OutputGuard guard = OutputGuard.ofFiles(files.stream().map(Path::of).toList());
        for (String f : files) {
            String refusal = guard.refusal(outDir.resolve(baseName(f) + ".json"));
            if (refusal != null) {
                err.println("claimline clean: " + refusal);
                return 1;
            }
        }
        Files.createDirectories(outDir);
        int failed = 0;
        for (String f : files) {
            Article a = cleanOne(Path.of(f), err);
            if (a == null) {
                failed++;
                continue;
            }
            Path target = outDir.resolve(baseName(f) + ".json");
            if (Files.exists(target)) {
                err.println("replacing " + target);
            }
            AtomicFiles.write(target, (ArticleJson.writeWithConfidence(a) + "\n")
                    .getBytes(StandardCharsets.UTF_8), false);
        }
        err.printf("cleaned %d of %d files into %s%n", files.size() - failed, files.size(), outDir);
        return failed == 0 ? 0 : 1;
    }

    private Article cleanOne(Path file, PrintStream err) {
        try {
            return cleaner.clean(file);
        } catch (CleaningException e) {
            err.println("claimline clean: " + e.getMessage());
        } catch (java.io.IOException e) {
            err.println("claimline clean: cannot read " + file + ": " + IoText.describe(e));
        }
        return null;
    }

    /** File name of the path as given (links not resolved) without its last extension. */
    static String baseName(String path) {
        String name = Path.of(path).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
