package org.claimline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CorpusExporterTest {
    private final CorpusExporter corpus = new CorpusExporter();

    private List<ExportDocument.Loader> three(AtomicInteger loads) {
        List<ExportDocument.Loader> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String name = "a" + i + ".txt";
            out.add(() -> {
                loads.incrementAndGet();
                return new ExportDocument(name, ExportFixture.article(), ExportFixture.annotations());
            });
        }
        return out;
    }

    @Test
    void csvIsOneTableWithOneHeader() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        List<int[]> progress = new ArrayList<>();
        StringWriter w = new StringWriter();
        corpus.writeCsv(three(loads), true, w, (d, t) -> progress.add(new int[] {d, t}));
        List<List<String>> rows = CsvExporterTest.parse(w.toString());
        int perDoc = ExportFixture.annotations().claims().size();
        assertEquals(List.of(CsvExporter.GUARD_COMMENT), rows.get(0), "the policy line comes once, first");
        assertEquals(2 + 3 * perDoc, rows.size());
        assertEquals(1, rows.stream().filter(r -> r.equals(CsvExporter.COLUMNS)).count());
        assertEquals("a2.txt", rows.get(rows.size() - 1).get(1));
        assertEquals(3, loads.get(), "each article loaded once");
        assertEquals(List.of("1/3", "2/3", "3/3"), progress.stream().map(p -> p[0] + "/" + p[1]).toList());
    }

    @Test
    void markdownIsOneNoteWithASectionPerArticle() throws Exception {
        StringWriter w = new StringWriter();
        corpus.writeMarkdown(three(new AtomicInteger()), w, null);
        String md = w.toString();
        assertTrue(md.startsWith("# Claims in 3 articles\n"));
        assertEquals(3, md.split("\n## How to restore relations", -1).length - 1);
        assertTrue(md.contains("\n### GSOMIA (2)\n"), "article sections push their headings one level down");
    }

    @Test
    void qdpxIsOneProjectWithASourcePerArticle() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicInteger last = new AtomicInteger();
        corpus.writeQdpx(three(new AtomicInteger()), "Corpus", Instant.parse("2026-03-02T09:00:00Z"), out,
                (d, t) -> last.set(d));
        var zip = QdpxExporterTest.unzip(out.toByteArray());
        assertEquals(7, zip.size(), "three sources, each article's orphan note as a text file, and the project");
        var qde = QdpxExporterTest.parse(new String(zip.get("project.qde"), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(3, qde.getElementsByTagNameNS(QdpxExporter.NAMESPACE, "TextSource").getLength());
        assertEquals(3, last.get());
    }
}
