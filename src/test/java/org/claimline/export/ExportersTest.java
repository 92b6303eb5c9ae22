package org.claimline.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry: one exporter per format, writing what the format's own exporter writes. */
class ExportersTest {
    private final Exporters exporters = Exporters.standard(doc -> "{\"total\":" + doc.claims().size() + "}");
    private final ExportOptions options = new ExportOptions(false, true, Instant.parse("2026-03-02T09:00:00Z"), "p");

    private byte[] write(ExportFormat f, ExportDocument doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporters.get(f).write(doc, options, out);
        return out.toByteArray();
    }

    @Test
    void everyFormatHasExactlyOneExporter() {
        for (ExportFormat f : ExportFormat.values()) {
            assertEquals(f, exporters.get(f).format());
        }
        assertEquals(ExportFormat.values().length, exporters.all().size());
        Exporter md = exporters.get(ExportFormat.MD);
        assertThrows(IllegalArgumentException.class, () -> new Exporters(List.of(md, md)));
    }

    @Test
    void eachEntryWritesWhatItsFormatWrites() throws Exception {
        ExportDocument doc = new ExportDocument("korea.txt", ExportFixture.article(), ExportFixture.annotations());
        assertArrayEquals(new MarkdownExporter().write(doc).getBytes(StandardCharsets.UTF_8), write(ExportFormat.MD, doc));
        assertArrayEquals(new HtmlReportExporter().write(doc).getBytes(StandardCharsets.UTF_8),
                write(ExportFormat.HTML, doc));
        assertArrayEquals(new CsvExporter(false, true).write(doc).getBytes(StandardCharsets.UTF_8),
                write(ExportFormat.CSV, doc));
        assertEquals("{\"total\":" + doc.claims().size() + "}",
                new String(write(ExportFormat.JSONLD, doc), StandardCharsets.UTF_8));
        byte[] qdpx = write(ExportFormat.QDPX, doc);
        assertTrue(qdpx.length > 4 && qdpx[0] == 'P' && qdpx[1] == 'K', "a zip");
    }

    @Test
    void aFormatOfOneFilePerArticleHasNoOneFileCorpus() {
        assertThrows(UnsupportedOperationException.class, () -> exporters.get(ExportFormat.HTML)
                .writeCorpus(List.of(), options, new ByteArrayOutputStream(), (a, b) -> { }));
    }
}
