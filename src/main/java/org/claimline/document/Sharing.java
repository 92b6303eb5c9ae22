package org.claimline.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.claimline.export.ExportFormat;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.session.AnnotationMerge;

/**
 * Export and import behind the File menu, the same code the {@code export} and {@code import} commands run.
 * Called off the FX thread.
 */
public interface Sharing {
    /**
     * Writes one article's claims to {@code out} in {@code format}; refused (an {@link IOException} saying why,
     * nothing written) when {@code out} is {@code articleFile} (null for the sample), its sidecar or a sidecar.
     */
    void exportArticle(ExportFormat format, String sourceName, Path articleFile, Article article,
            AnnotationSet annotations, Path out) throws IOException;

    /**
     * Exports every article with a sidecar under {@code folder}: one file (Markdown, CSV, .qdpx) or one file per
     * article in the folder {@code out} (HTML, JSON-LD). Reports (done, total); returns the number of articles.
     */
    int exportFolder(ExportFormat format, Path folder, Path out, BiConsumer<Integer, Integer> progress)
            throws IOException;

    /**
     * Reads a colleague's sidecar or a W3C Web Annotation file (one annotation, a collection or an array) and
     * merges it into {@code mine}, re-anchoring new claims into {@code article}'s text.
     */
    AnnotationMerge.Result importAnnotations(Path file, Article article, AnnotationSet mine) throws IOException;
}
