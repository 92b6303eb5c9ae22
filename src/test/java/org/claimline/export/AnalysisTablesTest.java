package org.claimline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.claimline.analysis.AnalysisFixture;
import org.claimline.analysis.ClaimRow;
import org.claimline.analysis.ClaimsTable;
import org.claimline.analysis.CoOccurrence;
import org.claimline.analysis.Count;
import org.claimline.analysis.Dimension;
import org.claimline.analysis.Matrix;
import org.claimline.analysis.OutletComparison;
import org.claimline.analysis.SourceArticle;
import org.claimline.analysis.SourceClaim;
import org.claimline.analysis.Timeline;
import org.claimline.model.AnchorStatus;
import org.claimline.model.Stance;
import org.junit.jupiter.api.Test;

class AnalysisTablesTest {
    private final ClaimsTable table = AnalysisFixture.table();
    private final Matrix matrix = Matrix.compute(table.rows(), Dimension.ISSUE, Dimension.ACTOR, Count.CLAIMS);

    /** A claim whose every field tries to break a format. */
    static ClaimsTable hostile() {
        SourceClaim c = new SourceClaim("x\"1", "a \"quote\", with\nlines | pipes \\ and <script>alert(1)</script>",
                "=HYPERLINK(\"http://evil\")", List.of("Tr|ade", "</td><script>"), List.of("\u2028Actor\u0001"),
                Stance.OPPOSES, "note\r\n*bold* _it_ [link](x)", AnchorStatus.ORPHAN, "co\"der",
                Instant.parse("2026-01-01T00:00:00Z"));
        return ClaimsTable.of("<b>corpus</b>", List.of(new SourceArticle(null, "dir/a&b.txt", "T\u00eftle \ud83d\ude00 <i>",
                "Out\"let", LocalDate.of(2020, 5, 1), Map.of("Tr|ade", "red;} body{display:none"), List.of(c))), null);
    }

    @Test
    void claimsCsvReadsBackAsTheCells() {
        List<List<String>> rows = CsvExporterTest.parse(AnalysisTables.claimsCsv(table.rows()));
        assertEquals(AnalysisTables.CLAIM_COLUMNS, rows.get(0));
        assertEquals(8, rows.size());
        assertEquals(List.of("Trade war looms", "Herald", "2020-01-15", "herald/one.txt", "c1", "Quote of c1",
                "Summary of c1", "Trade; Security", "Japan; Korea", "opposes", "", "anchored", "ann",
                "2026-01-01T10:00:00Z"), rows.get(1));
        assertEquals("", rows.get(5).get(1), "no outlet is an empty cell");
        assertEquals("orphan", rows.get(4).get(11));
        List<List<String>> h = CsvExporterTest.parse(AnalysisTables.claimsCsv(hostile().rows()));
        ClaimRow r = hostile().rows().get(0);
        assertEquals(r.claim().quote(), h.get(1).get(5));
        assertEquals("'=HYPERLINK(\"http://evil\")", h.get(1).get(6), "formulas are neutralised");
    }

    @Test
    void claimsJsonParses() throws Exception {
        JsonNode all = new ObjectMapper().readTree(AnalysisTables.claimsJson(table.rows()));
        assertEquals(7, all.size());
        assertEquals("Trade", all.get(0).get("issues").get(0).asText());
        assertEquals(2, all.get(0).get("actors").size());
        assertTrue(all.get(4).get("outlet").isNull());
        assertTrue(all.get(4).get("published").isNull());
        assertTrue(all.get(3).get("coder").isNull());
        ClaimRow r = hostile().rows().get(0);
        JsonNode h = new ObjectMapper().readTree(AnalysisTables.claimsJson(hostile().rows())).get(0);
        assertEquals(r.claim().quote(), h.get("quote").asText());
        assertEquals(r.claim().note(), h.get("note").asText());
        assertEquals(r.claim().actors().get(0), h.get("actors").get(0).asText());
        assertEquals(r.title(), h.get("title").asText(), "emoji survive");
        assertEquals("[]\n", AnalysisTables.claimsJson(List.of()));
    }

    @Test
    void claimsMarkdownKeepsOneLinePerClaim() {
        String md = AnalysisTables.claimsMarkdown(hostile().rows());
        String[] lines = md.split("\n");
        assertEquals(3, lines.length);
        assertEquals(AnalysisTables.CLAIM_COLUMNS.size() + 1, lines[2].split("(?<!\\\\)\\|", -1).length - 1,
                "pipes inside cells are escaped");
        assertTrue(lines[2].contains("\\<script\\>"));
        assertTrue(lines[2].contains("\\*bold\\*"));
    }

    @Test
    void matrixInEveryFormat() throws Exception {
        List<List<String>> csv = CsvExporterTest.parse(AnalysisTables.matrixCsv(matrix));
        assertEquals(List.of("Issue \\ Actor (claims)", "Japan", "Korea", "USA", "(no actor)", "Total"), csv.get(0));
        assertEquals(List.of("Trade", "3", "1", "1", "1", "4"), csv.get(1));
        assertEquals(List.of("Total", "4", "2", "2", "1", "7"), csv.get(5));
        JsonNode j = new ObjectMapper().readTree(AnalysisTables.matrixJson(matrix));
        assertEquals("issue", j.get("rows").asText());
        assertEquals(3, j.get("cells").get(0).get(0).asInt());
        assertEquals(2, j.get("stances").get("opposes").get(0).get(0).asInt());
        assertEquals(7, j.get("total").asInt());
        assertEquals(4, j.get("columnTotals").get(0).asInt());
        String md = AnalysisTables.matrixMarkdown(matrix);
        assertTrue(md.startsWith("| Issue \\\\ Actor (claims) | Japan | Korea | USA | (no actor) | Total |\n"), md);
        assertTrue(md.endsWith("| Total | 4 | 2 | 2 | 1 | 7 |\n"), md);
        List<List<String>> split = CsvExporterTest.parse(AnalysisTables.matrixStanceCsv(matrix));
        assertEquals(List.of("Trade", "Japan", "3", "1", "2", "0", "0"), split.get(1));
        assertEquals(1 + 10, split.size(), "one line per non-empty cell");
    }

    @Test
    void otherViewsAsCsv() {
        List<List<String>> t = CsvExporterTest.parse(AnalysisTables.timelineCsv(Timeline.compute(table.rows())));
        assertEquals(List.of("issue", "2020-01", "2020-02", "2020-03", "undated"), t.get(0));
        assertEquals(List.of("Trade", "2", "0", "0", "2"), t.get(1));
        assertEquals(List.of("claims (each once)", "2", "1", "2", "2"), t.get(t.size() - 1));
        List<List<String>> o = CsvExporterTest.parse(AnalysisTables.outletsCsv(OutletComparison.compute(table.rows(), 5)));
        assertTrue(o.contains(List.of("Herald", "4", "2", "issue share", "Trade", "2", "0.4000")));
        assertTrue(o.contains(List.of("Herald", "4", "2", "blamed (opposes)", "Korea", "2", "")));
        List<List<String>> co = CsvExporterTest.parse(AnalysisTables.coOccurrenceCsv(
                CoOccurrence.compute(table.rows(), Dimension.ISSUE)));
        assertEquals(List.of("Trade", "4", "1", "1"), co.get(1));
        assertFalse(co.stream().anyMatch(r -> r.contains(Dimension.NO_ISSUE)));
    }
}
