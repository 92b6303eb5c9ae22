package org.claimline.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.claimline.export.ExportDocument;
import org.claimline.export.ExportFormat;
import org.claimline.export.ExportOptions;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.session.AnnotationMerge;
import org.claimline.storage.SidecarFormatException;
import org.claimline.document.Sharing;

/**
 * The GUI's export and import: the same {@link ExportService} and import merge as the {@code export} and
 * {@code import} commands, without a terminal. Failures come back as exceptions whose message is for the user.
 */
final class DesktopSharing implements Sharing {
    private final ExportService export;
    private final AnnotationMerge merge;
    private final Supplier<Instant> clock;

    DesktopSharing(ExportService export, AnnotationMerge merge, Supplier<Instant> clock) {
        this.export = export;
        this.merge = merge;
        this.clock = clock;
    }

    @Override
    public void exportArticle(ExportFormat format, String sourceName, Path articleFile, Article article,
                              AnnotationSet annotations, Path out) throws IOException {
        String refusal = OutputGuard.ofFiles(articleFile == null ? List.of() : List.of(articleFile)).refusal(out);
        if (refusal != null) {
            throw new IOException(refusal);
        }
        export.exportDocument(format, new ExportDocument(sourceName, article, annotations),
                ExportOptions.defaults(clock.get(), sourceName), out, null);
    }

    @Override
    public int exportFolder(ExportFormat format, Path folder, Path out, BiConsumer<Integer, Integer> progress)
            throws IOException {
        List<ExportService.Target> targets = ExportService.folder(folder);
        OutputGuard guard = OutputGuard.of(targets);
        if (format.corpusIsOneFile() && guard.refusal(out) != null) {
            throw new IOException(guard.refusal(out));
        }
        if (!format.corpusIsOneFile()) {
            Files.createDirectories(out);
        }
        String project = folder.getFileName() == null ? "Claimline export" : folder.getFileName().toString();
        export.exportCorpus(format, targets, ExportOptions.defaults(clock.get(), project), out, null, guard, progress);
        return targets.size();
    }

    @Override
    public AnnotationMerge.Result importAnnotations(Path file, Article article, AnnotationSet mine) throws IOException {
        try {
            return ImportCommand.read(merge, file, article.text(), null, mine);
        } catch (SidecarFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
