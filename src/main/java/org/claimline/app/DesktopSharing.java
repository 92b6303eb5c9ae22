package org.claimline.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.claimline.export.ExportDocument;
import org.claimline.export.ExportFormat;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.session.AnnotationMerge;
import org.claimline.storage.SidecarFormatException;
import org.claimline.ui.Sharing;

/** The GUI's export and import: the {@code export} and {@code import} commands' code, without a terminal. */
final class DesktopSharing implements Sharing {
    private final ExportCommand export;
    private final AnnotationMerge merge;

    DesktopSharing(ExportCommand export, AnnotationMerge merge) {
        this.export = export;
        this.merge = merge;
    }

    @Override
    public void exportArticle(ExportFormat format, String sourceName, Article article, AnnotationSet annotations,
                              Path out) throws IOException {
        export.writeDocument(format, new ExportDocument(sourceName, article, annotations), out, false, null);
    }

    @Override
    public int exportFolder(ExportFormat format, Path folder, Path out, BiConsumer<Integer, Integer> progress)
            throws IOException {
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(messages, true, StandardCharsets.UTF_8);
        List<ExportCommand.Target> targets = new ArrayList<>();
        ExportCommand.collect(folder, targets, err);
        if (targets.isEmpty()) {
            throw new IOException("No article with annotations was found under " + folder + ".");
        }
        OutputGuard guard = OutputGuard.of(targets);
        if (format.corpusIsOneFile() && guard.refusal(out) != null) {
            throw new IOException(guard.refusal(out));
        }
        if (!format.corpusIsOneFile()) {
            Files.createDirectories(out);
        }
        int code = export.exportCorpus(format, targets, out, false, null, err,
                folder.getFileName() == null ? "Claimline export" : folder.getFileName().toString(), guard, progress);
        if (code != 0) {
            throw new IOException(messages.toString(StandardCharsets.UTF_8).strip());
        }
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
