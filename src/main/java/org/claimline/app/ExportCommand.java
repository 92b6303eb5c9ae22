package org.claimline.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.claimline.export.CorpusExporter;
import org.claimline.files.AtomicFiles;
import org.claimline.export.CsvExporter;
import org.claimline.export.ExportDocument;
import org.claimline.export.ExportFormat;
import org.claimline.export.HtmlReportExporter;
import org.claimline.export.MarkdownExporter;
import org.claimline.export.QdpxExporter;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Taxonomy;

/**
 * {@code export --format md|html|csv|qdpx|jsonld [--out FILE] [--bom] PATH...}. A PATH is an article, its
 * sidecar ({@code X.annotations.json} belongs to article {@code X}) or a folder (every article with a sidecar
 * under it). Several articles make a corpus: Markdown and CSV as one file, REFI-QDA as one project, HTML and
 * JSON-LD as one file per article in the {@code --out} folder.
 */
final class ExportCommand implements CliCommand {
    static final String SIDECAR_SUFFIX = ".annotations.json";

    /** Loads and cleans an article file. */
    @FunctionalInterface
    interface ArticleLoader {
        Article load(Path file) throws Exception;
    }

    /** One article to export and the sidecar holding its claims (which may not exist). */
    record Target(Path article, Path sidecar, String displayName) {
    }

    private final ArticleLoader articles;
    private final SidecarReader sidecars;
    private final JsonLdExport jsonLd;
    /** CSV only: apostrophes before cells a spreadsheet would run (off with --no-formula-guard, for data tools). */
    private boolean formulaGuard = true;
    private final Supplier<Instant> clock;

    ExportCommand(ArticleLoader articles, SidecarReader sidecars, JsonLdExport jsonLd, Supplier<Instant> clock) {
        this.articles = articles;
        this.sidecars = sidecars;
        this.jsonLd = jsonLd;
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
        boolean bom = args.flag("--bom");
        formulaGuard = !args.flag("--no-formula-guard");
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
        List<Target> targets = new ArrayList<>();
        for (String p : paths) {
            if (!collect(Path.of(p), targets, err)) {
                return 1;
            }
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
        if (outPath != null && !(corpus && (format == ExportFormat.HTML || format == ExportFormat.JSONLD))) {
            String refusal = guard.refusal(outPath);
            if (refusal != null) {
                err.println("claimline export: " + refusal);
                return 1;
            }
        }
        if (!corpus) {
            return exportOne(format, targets.get(0), outPath, bom, out, err);
        }
        return exportCorpus(format, targets, outPath, bom, out, err, projectName(paths), guard);
    }

    private int exportOne(ExportFormat format, Target t, Path outPath, boolean bom, PrintStream out, PrintStream err)
            throws IOException {
        ExportDocument doc = load(t);
        writeDocument(format, doc, outPath, bom, out);
        if (outPath != null) {
            err.printf("exported %d claims from %s to %s%n", doc.claims().size(), t.displayName(), outPath);
        }
        return 0;
    }

    /** Writes one article's export to {@code outPath}, or to {@code out} when it is null (not for .qdpx). */
    void writeDocument(ExportFormat format, ExportDocument doc, Path outPath, boolean bom, PrintStream out)
            throws IOException {
        if (format == ExportFormat.QDPX) {
            AtomicFiles.write(outPath, os -> new QdpxExporter().write(doc, clock.get(), os), false);
            return;
        }
        String text = switch (format) {
            case MD -> new MarkdownExporter().write(doc);
            case HTML -> new HtmlReportExporter().write(doc);
            case CSV -> new CsvExporter(bom, formulaGuard).write(doc);
            case JSONLD -> jsonLd.write(doc);
            default -> throw new IllegalStateException(format.name());
        };
        emit(text, outPath, out);
    }

    private int exportCorpus(ExportFormat format, List<Target> targets, Path outPath, boolean bom, PrintStream out,
                             PrintStream err, String projectName, OutputGuard guard) throws IOException {
        return exportCorpus(format, targets, outPath, bom, out, err, projectName, guard, (done, total) -> {
            err.printf("\rexporting %d/%d articles", done, total);
            if (done.equals(total)) {
                err.println();
            }
            err.flush();
        });
    }

    /**
     * Exports several articles as one corpus, reporting (done, total) to {@code progress}. Every file is
     * written atomically: a failure half-way (a corrupt sidecar, a full disk, a kill) leaves any previous
     * export as it was. Files of one article each mirror the articles' folders under {@code outPath}.
     */
    int exportCorpus(ExportFormat format, List<Target> targets, Path outPath, boolean bom, PrintStream out,
                     PrintStream err, String projectName, OutputGuard guard, BiConsumer<Integer, Integer> progress)
            throws IOException {
        List<ExportDocument.Loader> loaders = targets.stream().<ExportDocument.Loader>map(t -> () -> load(t)).toList();
        CorpusExporter corpus = new CorpusExporter();
        switch (format) {
            case MD, CSV -> {
                if (outPath == null) {
                    // Written as UTF-8 whatever the platform encoding, so a piped export reads back the same.
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    writeText(corpus, format, loaders, bom, w, progress);
                    w.flush();
                } else {
                    AtomicFiles.write(outPath, os -> {
                        Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
                        writeText(corpus, format, loaders, bom, w, progress);
                        w.flush();
                    }, false);
                }
            }
            case QDPX -> AtomicFiles.write(outPath,
                    os -> corpus.writeQdpx(loaders, projectName, clock.get(), os, progress), false);
            case HTML, JSONLD -> {
                if (outPath == null || Files.exists(outPath) && !Files.isDirectory(outPath)) {
                    err.println("claimline export: several articles as " + format.extension()
                            + " write one file each; give --out FOLDER");
                    return 2;
                }
                List<Path> files = CorpusFileNames.outputs(targets, outPath, format.extension());
                for (Path f : files) {
                    String refusal = guard.refusal(f);
                    if (refusal != null) {
                        err.println("claimline export: " + refusal);
                        return 1;
                    }
                }
                for (int i = 0; i < targets.size(); i++) {
                    ExportDocument doc = loaders.get(i).load();
                    String text = format == ExportFormat.HTML ? new HtmlReportExporter().write(doc) : jsonLd.write(doc);
                    Files.createDirectories(files.get(i).getParent());
                    AtomicFiles.write(files.get(i), text.getBytes(StandardCharsets.UTF_8), false);
                    progress.accept(i + 1, targets.size());
                }
            }
            default -> throw new IllegalStateException(format.name());
        }
        if (outPath != null) {
            err.printf("exported %d articles to %s%n", targets.size(), outPath);
        }
        return 0;
    }

    private void writeText(CorpusExporter corpus, ExportFormat format, List<ExportDocument.Loader> loaders,
                                  boolean bom, Writer w, BiConsumer<Integer, Integer> progress) throws IOException {
        if (format == ExportFormat.MD) {
            corpus.writeMarkdown(loaders, w, progress);
        } else {
            corpus.writeCsv(loaders, new CsvExporter(bom, formulaGuard), w, progress);
        }
    }

    /** Adds the article(s) a path names; false (after a message) when it names nothing exportable. */
    static boolean collect(Path p, List<Target> targets, PrintStream err) throws IOException {
        if (Files.isDirectory(p)) {
            List<Path> found;
            try (Stream<Path> s = Files.walk(p)) {
                found = s.filter(f -> f.getFileName().toString().endsWith(SIDECAR_SUFFIX) && Files.isRegularFile(f))
                        .sorted().toList();
            }
            for (Path sidecar : found) {
                Path article = articleOf(sidecar);
                if (Files.isRegularFile(article)) {
                    targets.add(new Target(article, sidecar, p.relativize(article).toString().replace('\\', '/')));
                } else {
                    err.println("claimline export: skipping " + sidecar + ": its article " + article.getFileName()
                            + " is missing");
                }
            }
            return true;
        }
        if (p.getFileName() != null && p.getFileName().toString().endsWith(SIDECAR_SUFFIX)) {
            Path article = articleOf(p);
            if (!Files.isRegularFile(article)) {
                err.println("claimline export: " + p + " belongs to " + article + ", which does not exist");
                return false;
            }
            targets.add(new Target(article, p, article.getFileName().toString()));
            return true;
        }
        if (!Files.isRegularFile(p)) {
            err.println("claimline export: no such file or folder: " + p);
            return false;
        }
        if (!Files.isRegularFile(sidecarOf(p))) {
            err.println("claimline export: " + p.getFileName() + " has no " + sidecarOf(p).getFileName()
                    + "; exporting it without claims");
        }
        targets.add(new Target(p, sidecarOf(p), p.getFileName().toString()));
        return true;
    }

    static Path articleOf(Path sidecar) {
        String n = sidecar.getFileName().toString();
        return sidecar.resolveSibling(n.substring(0, n.length() - SIDECAR_SUFFIX.length()));
    }

    static Path sidecarOf(Path article) {
        return article.resolveSibling(article.getFileName() + SIDECAR_SUFFIX);
    }

    private ExportDocument load(Target t) throws IOException {
        Article a;
        try {
            a = articles.load(t.article());
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot read " + t.article() + ": " + e.getMessage(), e);
        }
        AnnotationSet set = Files.isRegularFile(t.sidecar()) ? sidecars.read(t.sidecar(), a)
                : AnnotationSet.empty(Taxonomy.empty());
        return new ExportDocument(t.displayName(), a, set);
    }

    private static void emit(String text, Path outPath, PrintStream out) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (outPath == null) {
            out.write(bytes);
            out.flush();
        } else {
            AtomicFiles.write(outPath, bytes, false);
        }
    }

    private static String projectName(List<String> paths) {
        Path first = Path.of(paths.get(0)).toAbsolutePath().normalize();
        return paths.size() == 1 && first.getFileName() != null ? first.getFileName().toString() : "Claimline export";
    }
}
