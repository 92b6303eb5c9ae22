package org.claimline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The same formats for many articles at once: CSV and Markdown as one file, REFI-QDA as one project with a
 * source per article. Articles are loaded one at a time through {@link ExportDocument.Loader}, written and
 * dropped, so memory stays flat in the number of articles. Progress goes to a plain callback
 * {@code (done, total)} that a GUI progress bar or a terminal line can follow; it is called after each article.
 */
public final class CorpusExporter {
    private static final BiConsumer<Integer, Integer> NO_PROGRESS = (d, t) -> { };

    private final MarkdownExporter markdown = new MarkdownExporter();

    public static List<ExportDocument.Loader> loaded(List<ExportDocument> docs) {
        return docs.stream().<ExportDocument.Loader>map(d -> () -> d).toList();
    }

    public void writeMarkdown(List<ExportDocument.Loader> docs, Writer out, BiConsumer<Integer, Integer> progress)
            throws IOException {
        out.write("# Claims in " + docs.size() + (docs.size() == 1 ? " article" : " articles") + "\n\n");
        each(docs, progress, (i, d) -> {
            if (i > 0) {
                out.write("---\n\n");
            }
            markdown.write(d, out, 2);
        });
        out.flush();
    }

    public void writeCsv(List<ExportDocument.Loader> docs, boolean bom, Writer out, BiConsumer<Integer, Integer> progress)
            throws IOException {
        writeCsv(docs, new CsvExporter(bom), out, progress);
    }

    /** One CSV for every article: the header (and policy line) once, then the rows of each. */
    public void writeCsv(List<ExportDocument.Loader> docs, CsvExporter csv, Writer out,
                         BiConsumer<Integer, Integer> progress) throws IOException {
        csv.writeHeader(out);
        each(docs, progress, (i, d) -> csv.writeRows(d, out));
        out.flush();
    }

    public void writeQdpx(List<ExportDocument.Loader> docs, String projectName, Instant created, OutputStream out,
                          BiConsumer<Integer, Integer> progress) throws IOException {
        QdpxExporter.Project p = new QdpxExporter().open(projectName, created, out);
        each(docs, progress, (i, d) -> p.add(d));
        p.finish();
        out.flush();
    }

    private interface Step {
        void accept(int index, ExportDocument doc) throws IOException;
    }

    private static void each(List<ExportDocument.Loader> docs, BiConsumer<Integer, Integer> progress, Step step)
            throws IOException {
        BiConsumer<Integer, Integer> p = progress == null ? NO_PROGRESS : progress;
        for (int i = 0; i < docs.size(); i++) {
            step.accept(i, docs.get(i).load());
            p.accept(i + 1, docs.size());
        }
    }
}
