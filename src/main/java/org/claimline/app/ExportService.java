package org.claimline.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.claimline.export.ExportDocument;
import org.claimline.export.ExportFormat;
import org.claimline.export.ExportOptions;
import org.claimline.export.Exporter;
import org.claimline.export.Exporters;
import org.claimline.files.AtomicFiles;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Taxonomy;
import org.claimline.storage.SidecarNames;

/**
 * Exporting articles and folders through the {@link Exporters} registry: what the {@code export} command and the
 * reader's File ▸ Export both call. Problems come back as {@link Failure}s whose message is for the user; every file
 * is written atomically.
 */
final class ExportService {

    /** Loads and cleans an article file. */
    @FunctionalInterface
    interface ArticleLoader {
        Article load(Path file) throws Exception;
    }

    /** One article to export and the sidecar holding its claims (which may not exist). */
    record Target(Path article, Path sidecar, String displayName) {
    }

    /** Why an export did not happen, in the user's words; {@code usage}: the request itself was incomplete. */
    static final class Failure extends IOException {
        private final boolean usage;

        Failure(String message, boolean usage) {
            super(message);
            this.usage = usage;
        }

        boolean usage() {
            return usage;
        }
    }

    private final ArticleLoader articles;
    private final SidecarReader sidecars;
    private final Exporters exporters;

    ExportService(ArticleLoader articles, SidecarReader sidecars, Exporters exporters) {
        this.articles = articles;
        this.sidecars = sidecars;
        this.exporters = exporters;
    }

    /**
     * Adds the article(s) {@code p} names: an article, its sidecar or a folder (every article with a sidecar under
     * it). What is skipped or exported without claims goes to {@code notices}; a path naming nothing exportable fails.
     */
    static void collect(Path p, List<Target> targets, Consumer<String> notices) throws IOException {
        if (Files.isDirectory(p)) {
            List<Path> found;
            try (Stream<Path> s = Files.walk(p)) {
                found = s.filter(f -> SidecarNames.isSidecar(f) && Files.isRegularFile(f)).sorted().toList();
            }
            for (Path sidecar : found) {
                Path article = SidecarNames.articleOf(sidecar);
                if (Files.isRegularFile(article)) {
                    targets.add(new Target(article, sidecar, p.relativize(article).toString().replace('\\', '/')));
                } else {
                    notices.accept("skipping " + sidecar + ": its article " + article.getFileName() + " is missing");
                }
            }
            return;
        }
        if (SidecarNames.isSidecar(p)) {
            Path article = SidecarNames.articleOf(p);
            if (!Files.isRegularFile(article)) {
                throw new Failure(p + " belongs to " + article + ", which does not exist", false);
            }
            targets.add(new Target(article, p, article.getFileName().toString()));
            return;
        }
        if (!Files.isRegularFile(p)) {
            throw new Failure("no such file or folder: " + p, false);
        }
        Path sidecar = SidecarNames.sidecarFor(p);
        if (!Files.isRegularFile(sidecar)) {
            notices.accept(p.getFileName() + " has no " + sidecar.getFileName() + "; exporting it without claims");
        }
        targets.add(new Target(p, sidecar, p.getFileName().toString()));
    }

    /** The article of {@code t}, cleaned, with its claims placed in the current text. */
    ExportDocument load(Target t) throws IOException {
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

    /** Writes one article to {@code outPath} (atomically), or to {@code stdout} when it is null (not for .qdpx). */
    void exportDocument(ExportFormat format, ExportDocument doc, ExportOptions options, Path outPath,
                        OutputStream stdout) throws IOException {
        Exporter exporter = exporters.get(format);
        if (outPath == null) {
            if (format == ExportFormat.QDPX) {
                throw new Failure("a .qdpx project is binary; give --out FILE.qdpx", true);
            }
            exporter.write(doc, options, stdout);
        } else {
            AtomicFiles.write(outPath, os -> exporter.write(doc, options, os), false);
        }
    }

    /**
     * Exports several articles as one corpus, reporting (done, total) to {@code progress}: Markdown and CSV as one
     * file (or to {@code stdout} when {@code outPath} is null), REFI-QDA as one project, HTML and JSON-LD as one file
     * per article mirroring the articles' folders under {@code outPath}. Every file is written atomically: a failure
     * half-way (a corrupt sidecar, a full disk, a kill) leaves any previous export as it was.
     */
    void exportCorpus(ExportFormat format, List<Target> targets, ExportOptions options, Path outPath,
                      OutputStream stdout, OutputGuard guard, BiConsumer<Integer, Integer> progress) throws IOException {
        List<ExportDocument.Loader> loaders = targets.stream().<ExportDocument.Loader>map(t -> () -> load(t)).toList();
        Exporter exporter = exporters.get(format);
        if (format.corpusIsOneFile()) {
            if (outPath == null) {
                if (format == ExportFormat.QDPX) {
                    throw new Failure("a .qdpx project is binary; give --out FILE.qdpx", true);
                }
                exporter.writeCorpus(loaders, options, stdout, progress);
            } else {
                AtomicFiles.write(outPath, os -> exporter.writeCorpus(loaders, options, os, progress), false);
            }
            return;
        }
        if (outPath == null || Files.exists(outPath) && !Files.isDirectory(outPath)) {
            throw new Failure("several articles as " + format.extension() + " write one file each; give --out FOLDER",
                    true);
        }
        List<Path> files = CorpusFileNames.outputs(targets, outPath, format.extension());
        for (Path f : files) {
            String refusal = guard.refusal(f);
            if (refusal != null) {
                throw new Failure(refusal, false);
            }
        }
        for (int i = 0; i < targets.size(); i++) {
            ExportDocument doc = loaders.get(i).load();
            Files.createDirectories(files.get(i).getParent());
            AtomicFiles.write(files.get(i), os -> exporter.write(doc, options, os), false);
            progress.accept(i + 1, targets.size());
        }
    }

    /** A folder's articles with sidecars; fails, in the user's words, when there are none. */
    static List<Target> folder(Path folder) throws IOException {
        List<Target> targets = new ArrayList<>();
        collect(folder, targets, notice -> {
        });
        if (targets.isEmpty()) {
            throw new Failure("No article with annotations was found under " + folder + ".", false);
        }
        return targets;
    }
}
