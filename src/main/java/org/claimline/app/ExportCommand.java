package org.claimline.app;

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

    @Override
    public String summary() {
        return "[--format md|html|csv|qdpx|jsonld] [--out FILE] [--bom] [--no-formula-guard] PATH...   export claims of an article, "
                + "sidecar or folder (format defaults to --out's extension)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        ExportFormat format = null;
        Path outPath = null;
        boolean bom = false;
        formulaGuard = true;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--format", "-f" -> {
                    if (i + 1 >= args.size() || (format = ExportFormat.parse(args.get(++i))) == null) {
                        err.println("claimline export: --format needs one of md, html, csv, qdpx, jsonld");
                        return 2;
                    }
                }
                case "--out", "-o" -> {
                    if (i + 1 >= args.size()) {
                        err.println("claimline export: --out needs a file");
                        return 2;
                    }
                    outPath = Path.of(args.get(++i));
                }
                case "--bom" -> bom = true;
                case "--no-formula-guard" -> formulaGuard = false;
                default -> {
                    if (a.startsWith("-")) {
                        err.println("claimline export: unknown option " + a);
                        return 2;
                    }
                    paths.add(a);
                }
            }
        }
        if (format == null && outPath != null && outPath.getFileName() != null) {
            String n = outPath.getFileName().toString();
            format = n.lastIndexOf('.') > 0 ? ExportFormat.parse(n.substring(n.lastIndexOf('.') + 1)) : null;
        }
        if (format == null || paths.isEmpty()) {
            err.println("usage: claimline export " + summary());
            return 2;
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
        if (!corpus) {
            return exportOne(format, targets.get(0), outPath, bom, out, err);
        }
        return exportCorpus(format, targets, outPath, bom, out, err, projectName(paths));
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
            try (OutputStream os = Files.newOutputStream(outPath)) {
                new QdpxExporter().write(doc, clock.get(), os);
            }
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
                             PrintStream err, String projectName) throws IOException {
        return exportCorpus(format, targets, outPath, bom, out, err, projectName, (done, total) -> {
            err.printf("\rexporting %d/%d articles", done, total);
            if (done.equals(total)) {
                err.println();
            }
            err.flush();
        });
    }

    /** Exports several articles as one corpus, reporting (done, total) to {@code progress}. */
    int exportCorpus(ExportFormat format, List<Target> targets, Path outPath, boolean bom, PrintStream out,
                     PrintStream err, String projectName, BiConsumer<Integer, Integer> progress) throws IOException {
        List<ExportDocument.Loader> loaders = targets.stream().<ExportDocument.Loader>map(t -> () -> load(t)).toList();
        CorpusExporter corpus = new CorpusExporter();
        switch (format) {
            case MD, CSV -> {
                // Written as UTF-8 whatever the platform encoding, so a piped export reads back the same.
                Writer w = outPath == null ? new OutputStreamWriter(out, StandardCharsets.UTF_8)
                        : Files.newBufferedWriter(outPath, StandardCharsets.UTF_8);
                if (format == ExportFormat.MD) {
                    corpus.writeMarkdown(loaders, w, progress);
                } else {
                    corpus.writeCsv(loaders, new CsvExporter(bom, formulaGuard), w, progress);
                }
                if (outPath != null) {
                    w.close();
                }
            }
            case QDPX -> {
                try (OutputStream os = Files.newOutputStream(outPath)) {
                    corpus.writeQdpx(loaders, projectName, clock.get(), os, progress);
                }
            }
            case HTML, JSONLD -> {
                if (outPath == null || Files.exists(outPath) && !Files.isDirectory(outPath)) {
                    err.println("claimline export: several articles as " + format.extension()
                            + " write one file each; give --out FOLDER");
                    return 2;
                }
                Files.createDirectories(outPath);
                for (int i = 0; i < targets.size(); i++) {
                    ExportDocument doc = loaders.get(i).load();
                    String text = format == ExportFormat.HTML ? new HtmlReportExporter().write(doc) : jsonLd.write(doc);
                    Files.writeString(outPath.resolve(targets.get(i).article().getFileName() + "." + format.extension()),
                            text, StandardCharsets.UTF_8);
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
            Files.write(outPath, bytes);
        }
    }

    private static String projectName(List<String> paths) {
        Path first = Path.of(paths.get(0)).toAbsolutePath().normalize();
        return paths.size() == 1 && first.getFileName() != null ? first.getFileName().toString() : "Claimline export";
    }
}
