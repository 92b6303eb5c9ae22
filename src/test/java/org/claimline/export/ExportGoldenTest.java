package org.claimline.export;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every format on the sample article with the fixed claims, against reviewed expected outputs. */
class ExportGoldenTest {
    private final ExportDocument doc = ExportFixture.document();
    private static java.util.Locale before;

    /** Dates for people follow the locale; the reviewed files were written in British English. */
    @org.junit.jupiter.api.BeforeAll
    static void britishEnglish() {
        before = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, java.util.Locale.UK);
    }

    @org.junit.jupiter.api.AfterAll
    static void restore() {
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, before);
    }

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
