package org.claimline.export;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every format on the sample article with the fixed claims, against reviewed expected outputs. */
class ExportGoldenTest {
    private final ExportDocument doc = ExportFixture.document();

    @Test
    void markdown() throws Exception {
        GoldenFiles.assertMatches("sample.md", new MarkdownExporter().write(doc));
    }

    @Test
    void html() throws Exception {
        GoldenFiles.assertMatches("sample.html", new HtmlReportExporter().write(doc));
    }

    @Test
    void csv() throws Exception {
        GoldenFiles.assertMatches("sample.csv", new CsvExporter(true).write(doc));
    }

    @Test
    void qde() throws Exception {
        GoldenFiles.assertMatches("sample.qde", new QdpxExporter().projectXml(List.of(doc), "Sample",
                Instant.parse("2026-03-02T09:00:00Z")));
    }
}
