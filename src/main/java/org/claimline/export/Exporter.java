package org.claimline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * One export format: how an article, and a corpus of articles, are written. The CLI's {@code export} and the
 * reader's File ▸ Export take theirs from {@link Exporters}; failures are thrown with a message for the user.
 */
public interface Exporter {

    ExportFormat format();

    /** Writes one article's claims to {@code out} (UTF-8 for the text formats). */
    void write(ExportDocument doc, ExportOptions options, OutputStream out) throws IOException;

    /**
     * Writes several articles as one file, reporting (done, total) to {@code progress}. Only for formats whose
     * corpus is one file ({@link ExportFormat#corpusIsOneFile()}); the others write one file per article with
     * {@link #write}.
     */
    void writeCorpus(List<ExportDocument.Loader> docs, ExportOptions options, OutputStream out,
                     BiConsumer<Integer, Integer> progress) throws IOException;
}
