package org.claimline.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.claimline.export.ExportDocument;
import org.claimline.export.ExportFormat;
import org.claimline.export.ExportOptions;

/**
 * {@code export --format md|html|csv|qdpx|jsonld [--out FILE] [--bom] PATH...}. A PATH is an article, its
 * sidecar ({@code X.annotations.json} belongs to article {@code X}) or a folder (every article with a sidecar
 * under it). Several articles make a corpus: Markdown and CSV as one file, REFI-QDA as one project, HTML and
 * JSON-LD as one file per article in the {@code --out} folder. The work is {@link ExportService}'s, which the
 * reader's File ▸ Export calls too.
 */
final class ExportCommand implements CliCommand {
    private final ExportService exports;
    private final Supplier<Instant> clock;

    ExportCommand(ExportService exports, Supplier<Instant> clock) {
        this.exports = exports;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "export";
    }

    private static final List<Args.Option> OPTIONS = List.of(
            Args.Option.valued("md|html|csv|qdpx|jsonld", "the format (default: --out's extension, else md)", "--format", "-f"),
            Args.Option.valued("FILE", "where to write (default: standard output; a folder for several html/jsonld)",
                    "--out", "-o"),
            Args.Option.flag("start CSV with a byte-order mark (for Excel)", "--bom"),
            Args.Option.flag("CSV for data tools: no apostrophe before cells a spreadsheet would evaluate",
                    "--no-formula-guard"));

    @Override
    public String summary() {
        return "[--format md|html|csv|qdpx|jsonld] [--out FILE] [--bom] [--no-formula-guard] PATH...   export claims of an article, "
                + "sidecar or folder (format defaults to --out's extension, else Markdown)";
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(name(), OPTIONS, argv);
        if (args.help()) {
            out.print(Args.helpText(name(), "[OPTIONS] PATH...", OPTIONS));
            return 0;
        }
        ExportFormat format = null;
        if (args.value("--format") != null && (format = ExportFormat.parse(args.value("--format"))) == null) {
            err.println("claimline export: --format needs one of md, html, csv, qdpx, jsonld");
            return 2;
        }
        Path outPath = args.value("--out") == null ? null : Path.of(args.value("--out"));
        List<String> paths = args.positional();
        if (paths.isEmpty()) {
            err.println("claimline export: name an article, a sidecar or a folder to export (claimline export --help)");
            return 2;
        }
        if (format == null && outPath != null && outPath.getFileName() != null && !Files.isDirectory(outPath)) {
            String n = outPath.getFileName().toString();
            format = n.lastIndexOf('.') > 0 ? ExportFormat.parse(n.substring(n.lastIndexOf('.') + 1)) : null;
            if (format == null) {
                err.println("claimline export: cannot tell the format from " + outPath.getFileName()
                        + "; give --format md|html|csv|qdpx|jsonld");
                return 2;
            }
        }
        if (format == null) {
            format = ExportFormat.MD;
        }
        boolean corpus = paths.size() > 1 || paths.stream().anyMatch(p -> Files.isDirectory(Path.of(p)));
        ExportOptions options = new ExportOptions(args.flag("--bom"), !args.flag("--no-formula-guard"), clock.get(),
                projectName(paths));
        try {
            List<ExportService.Target> targets = new ArrayList<>();
            for (String p : paths) {
                ExportService.collect(Path.of(p), targets, notice -> err.println("claimline export: " + notice));
            }
            if (targets.isEmpty()) {
                err.println("claimline export: no article with a sidecar found under " + String.join(", ", paths));
                return 1;
            }
            if (format == ExportFormat.QDPX && outPath == null) {
                err.println("claimline export: a .qdpx project is binary; give --out FILE.qdpx");
                return 2;
            }
            OutputGuard guard = OutputGuard.of(targets);
            if (outPath != null && !(corpus && !format.corpusIsOneFile())) {
                String refusal = guard.refusal(outPath);
                if (refusal != null) {
                    err.println("claimline export: " + refusal);
                    return 1;
                }
            }
            if (!corpus) {
                ExportService.Target t = targets.get(0);
                ExportDocument doc = exports.load(t);
                exports.exportDocument(format, doc, options, outPath, out);
                if (outPath != null) {
                    err.printf("exported %d claims from %s to %s%n", doc.claims().size(), t.displayName(), outPath);
                }
                return 0;
            }
            exports.exportCorpus(format, targets, options, outPath, out, guard, (done, total) -> {
                err.printf("\rexporting %d/%d articles", done, total);
                if (done.equals(total)) {
                    err.println();
                }
                err.flush();
            });
            if (outPath != null) {
                err.printf("exported %d articles to %s%n", targets.size(), outPath);
            }
            return 0;
        } catch (ExportService.Failure e) {
            err.println("claimline export: " + e.getMessage());
            return e.usage() ? 2 : 1;
        }
    }

    private static String projectName(List<String> paths) {
        Path first = Path.of(paths.get(0)).toAbsolutePath().normalize();
        return paths.size() == 1 && first.getFileName() != null ? first.getFileName().toString() : "Claimline export";
    }
}
