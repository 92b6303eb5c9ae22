package org.claimline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimline.analysis.Analysis;
import org.claimline.analysis.AnalysisFixture;
import org.claimline.analysis.Count;
import org.claimline.analysis.Dimension;
import org.claimline.analysis.Filter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AnalysisReportTest {
    private static final Instant AT = Instant.parse("2026-12-07T05:00:00Z");

    private static String report(Filter f) {
        return new AnalysisReport().write(Analysis.of(AnalysisFixture.table(), f, Dimension.ISSUE, Dimension.ACTOR,
                Count.CLAIMS), AT);
    }

    @Test
    void selfContainedWithEveryView() {
        String html = report(Filter.NONE);
        Document d = Jsoup.parse(html);
        assertTrue(d.select("script, link, iframe, img, object, embed").isEmpty());
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("url("),
                "no external resource");
        assertEquals(2, d.select("svg").size(), "outlets and timeline charts");
        assertEquals(7, d.select("table.claims tbody tr").size());
        Element matrix = d.selectFirst("#matrix table");
        assertEquals("3", matrix.select("tbody tr").get(0).select("td").get(0).ownText(), "Trade x Japan");
        assertEquals("7", matrix.select("tr.total td").last().text());
        assertTrue(d.selectFirst("#filter").text().contains("No filter"));
        assertTrue(d.selectFirst("#filter").text().contains("broken.txt"), "unreadable files are named");
        assertTrue(d.selectFirst("#timeline").text().contains(
                "2 claims are in undated articles and are not on the chart: Trade 2, History 1."),
                d.selectFirst("#timeline").text());
        assertEquals(2 + 1 + 2, d.select("#timeline svg rect").size(), "one rect per issue-month with claims");
        assertTrue(d.selectFirst(".meta").text().contains("1 claims need re-attaching"));
    }

    @Test
    void filterStateWrittenOut() {
        Document d = Jsoup.parse(report(Filter.NONE.with(Dimension.OUTLET, "Herald")
                .withRange(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))));
        String f = d.selectFirst("#filter").text();
        assertTrue(f.contains("Outlet: Herald"), f);
        assertTrue(f.contains("from 2020-01-01 to 2020-12-31"), f);
        assertEquals(4, d.select("table.claims tbody tr").size());
        assertTrue(d.selectFirst(".meta").text().startsWith("4 of 7 claims in 2 of 5 articles"));
    }

    @Test
    void everythingIsEscaped() {
        String html = new AnalysisReport().write(Analysis.of(AnalysisTablesTest.hostile(), Filter.NONE.withText("<x>"),
                Dimension.ISSUE, Dimension.OUTLET, Count.CLAIMS), AT);
        assertFalse(html.contains("<script"), "no markup from the data");
        assertFalse(html.contains("<i>") || html.contains("<b>corpus"));
        assertFalse(html.contains("display:none"), "an invalid colour never reaches CSS");
        Document d = Jsoup.parse(html);
        assertEquals("Claims across <b>corpus</b>", d.title());
        // every style attribute holds only our own colours and numbers
        Matcher m = Pattern.compile("style=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            assertTrue(m.group(1).matches("[a-z:;#0-9.%\\- ]*"), m.group(1));
        }
    }

    @Test
    void niceSteps() {
        assertEquals(1, AnalysisReport.niceStep(5));
        assertEquals(2, AnalysisReport.niceStep(12));
        assertEquals(5, AnalysisReport.niceStep(33));
        assertEquals(100, AnalysisReport.niceStep(700));
    }
}
