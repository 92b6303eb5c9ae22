package org.claimline.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * The registry of export formats: one {@link Exporter} per {@link ExportFormat}. The JSON-LD writer lives with the
 * sidecar format (storage), so it is handed in.
 */
public final class Exporters {

    /** Writes one article as W3C Web Annotation JSON-LD. */
    @FunctionalInterface
    public interface JsonLdWriter {
        String write(ExportDocument doc) throws IOException;
    }

    private final Map<ExportFormat, Exporter> byFormat = new EnumMap<>(ExportFormat.class);

    public Exporters(List<Exporter> exporters) {
        for (Exporter e : exporters) {
            if (byFormat.put(e.format(), e) != null) {
                throw new IllegalArgumentException("two exporters for " + e.format());
            }
        }
    }

    /** Every format Claimline writes. */
    public static Exporters standard(JsonLdWriter jsonLd) {
        Objects.requireNonNull(jsonLd, "jsonLd");
        return new Exporters(List.of(
                new TextExporter(ExportFormat.MD, (doc, o) -> new MarkdownExporter().write(doc)) {
                    @Override
                    void writeCorpus(List<ExportDocument.Loader> docs, ExportOptions o, Writer w,
                                     BiConsumer<Integer, Integer> progress) throws IOException {
                        new CorpusExporter().writeMarkdown(docs, w, progress);
                    }
                },
                new TextExporter(ExportFormat.HTML, (doc, o) -> new HtmlReportExporter().write(doc)),
                new TextExporter(ExportFormat.CSV, (doc, o) -> new CsvExporter(o.bom(), o.formulaGuard()).write(doc)) {
                    @Override
                    void writeCorpus(List<ExportDocument.Loader> docs, ExportOptions o, Writer w,
                                     BiConsumer<Integer, Integer> progress) throws IOException {
                        new CorpusExporter().writeCsv(docs, new CsvExporter(o.bom(), o.formulaGuard()), w, progress);
                    }
                },
                new TextExporter(ExportFormat.JSONLD, (doc, o) -> jsonLd.write(doc)),
                new Exporter() {
                    @Override
                    public ExportFormat format() {
                        return ExportFormat.QDPX;
                    }

                    @Override
                    public void write(ExportDocument doc, ExportOptions o, OutputStream out) throws IOException {
                        new QdpxExporter().write(doc, o.created(), out);
                    }

                    @Override
                    public void writeCorpus(List<ExportDocument.Loader> docs, ExportOptions o, OutputStream out,
                                            BiConsumer<Integer, Integer> progress) throws IOException {
                        new CorpusExporter().writeQdpx(docs, o.projectName(), o.created(), out, progress);
                    }
                }));
    }

    /** The exporter of {@code format}; every format has one. */
    public Exporter get(ExportFormat format) {
        Exporter e = byFormat.get(format);
        if (e == null) {
            throw new IllegalArgumentException("no exporter for " + format);
        }
        return e;
    }

    public List<Exporter> all() {
        return List.copyOf(byFormat.values());
    }

    /** A text format: one article as a string, a corpus (when one file) streamed as UTF-8. */
    private static class TextExporter implements Exporter {
        @FunctionalInterface
        interface Text {
            String write(ExportDocument doc, ExportOptions options) throws IOException;
        }

        private final ExportFormat format;
        private final Text text;

        TextExporter(ExportFormat format, Text text) {
            this.format = format;
            this.text = text;
        }

        @Override
        public ExportFormat format() {
            return format;
        }

        /** One article as text. */
        String text(ExportDocument doc, ExportOptions options) throws IOException {
            return text.write(doc, options);
        }

        @Override
        public void write(ExportDocument doc, ExportOptions options, OutputStream out) throws IOException {
            out.write(text(doc, options).getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        @Override
        public void writeCorpus(List<ExportDocument.Loader> docs, ExportOptions options, OutputStream out,
                                BiConsumer<Integer, Integer> progress) throws IOException {
            // UTF-8 whatever the platform encoding, so a piped export reads back the same
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writeCorpus(docs, options, w, progress);
            w.flush();
        }

        void writeCorpus(List<ExportDocument.Loader> docs, ExportOptions options, Writer w,
                         BiConsumer<Integer, Integer> progress) throws IOException {
            throw new UnsupportedOperationException(format.extension() + " writes one file per article");
        }
    }
}
