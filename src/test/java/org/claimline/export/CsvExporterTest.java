package org.claimline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimline.model.Claim;
import org.claimline.model.ClaimIri;
import org.junit.jupiter.api.Test;

class CsvExporterTest {
    private final ExportDocument doc = ExportFixture.document();

    /** The export as a data tool reads it: commons-csv, RFC 4180, header from the first record. */
    static List<CSVRecord> read(String csv, boolean guard) throws IOException {
        String s = csv.startsWith(CsvExporter.BOM) ? csv.substring(1) : csv;
        CSVFormat f = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker(guard ? '#' : null).get();
        try (CSVParser p = CSVParser.parse(new StringReader(s), f)) {
            assertEquals(CsvExporter.COLUMNS, p.getHeaderNames());
            return p.getRecords();
        }
    }

    @Test
    void withoutTheGuardEveryCellIsTheAnalystsTextAndTheHeaderComesFirst() throws IOException {
        String csv = new CsvExporter(false, false).write(doc);
        assertTrue(csv.startsWith("article title,"), "no comment line for data tools");
        List<CSVRecord> rows = read(csv, false);
        assertEquals(doc.claims().size(), rows.size());
        for (int i = 0; i < doc.claims().size(); i++) {
            Claim c = doc.claims().get(i);
            CSVRecord r = rows.get(i);
            assertEquals(ClaimIri.of(c.id()), r.get("claim id"));
            assertEquals(c.quote(), r.get("quote"), "quotes with commas, quotes, newlines and emoji survive");
            assertEquals(c.summary(), r.get("summary"));
            assertEquals(c.note(), r.get("note"));
            assertEquals(String.join("; ", c.tags()), r.get("tags"));
            assertEquals(c.anchor().status().id(), r.get("anchoring status"));
        }
    }

    @Test
    void startAndEndAreIntegersOrEmptyForOrphansUnderBothPolicies() throws IOException {
        for (boolean guard : List.of(true, false)) {
            for (CSVRecord r : read(new CsvExporter(false, guard).write(doc), guard)) {
                boolean orphan = r.get("anchoring status").equals("orphan");
                for (String col : List.of("start", "end")) {
                    assertEquals(orphan, r.get(col).isEmpty(), col);
                    assertTrue(orphan || r.get(col).matches("\\d+"), col + " " + r.get(col));
                }
            }
        }
    }

    @Test
    void tagsHaveAColumn() throws IOException {
        CSVRecord inner = read(new CsvExporter(false, false).write(doc), false).stream()
                .filter(r -> r.get("claim id").endsWith("c-inner")).findFirst().orElseThrow();
        assertEquals("framing", inner.get("tags"));
    }

    @Test
    void offsetsAreCodePoints() throws IOException {
        String text = doc.article().text();
        Claim emoji = doc.annotations().claim("c-emoji").orElseThrow();
        CSVRecord row = read(new CsvExporter().write(doc), true).stream()
                .filter(r -> r.get("claim id").endsWith("c-emoji")).findFirst().orElseThrow();
        int start = Integer.parseInt(row.get("start"));
        int end = Integer.parseInt(row.get("end"));
        assertTrue(start < emoji.range().start(), "emoji before the claim count once, not twice");
        int s16 = text.offsetByCodePoints(0, start);
        int e16 = text.offsetByCodePoints(0, end);
        assertEquals(emoji.quote(), text.substring(s16, e16));
    }

    @Test
    void theGuardTouchesOnlyCellsASpreadsheetWouldRun() throws IOException {
        String csv = new CsvExporter().write(doc);
        assertTrue(csv.startsWith(CsvExporter.GUARD_COMMENT + "\r\n"), "the policy is said first");
        for (CSVRecord r : read(csv, true)) {
            for (String cell : r) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
                        && !cell.matches("[+-]?\\d+(\\.\\d+)?%?"), "formula cell " + cell);
            }
        }
        assertEquals("'=1+1", CsvExporter.neutralise("=1+1"));
        assertEquals("'=HYPERLINK(\"http://x\")", CsvExporter.neutralise("=HYPERLINK(\"http://x\")"));
        assertEquals("'@SUM(A1)", CsvExporter.neutralise("@SUM(A1)"));
        assertEquals("'-2+3", CsvExporter.neutralise("-2+3"), "arithmetic is a formula");
        assertEquals("'- bullet", CsvExporter.neutralise("- bullet"), "a spreadsheet reads this as a formula (#NAME?)");
        assertEquals("'\tx", CsvExporter.neutralise("\tx"));
        for (String number : List.of("-42", "+3", "-5%", "-0.5", "+1.5e3", "-.5", "42")) {
            assertEquals(number, CsvExporter.neutralise(number), "a plain number stays a number");
        }
        assertEquals("a=b", CsvExporter.neutralise("a=b"));
    }

    @Test
    void withoutTheGuardPandasShapedValuesArriveUntouched() throws IOException {
        Claim c = doc.claims().get(0);
        Claim odd = c.withSummary("-42").withNote("- bullet one\n- bullet two");
        ExportDocument d = new ExportDocument(doc.sourceFileName(), doc.article(),
                doc.annotations().withClaims(List.of(odd)));
        CSVRecord raw = read(new CsvExporter(false, false).write(d), false).get(0);
        assertEquals("-42", raw.get("summary"));
        assertEquals("- bullet one\n- bullet two", raw.get("note"));
        CSVRecord guarded = read(new CsvExporter(false, true).write(d), true).get(0);
        assertEquals("-42", guarded.get("summary"), "a number is never prefixed");
        assertEquals("'- bullet one\n- bullet two", guarded.get("note"));
    }

    @Test
    void recordsEndWithCrlfAndBomIsOptional() {
        String plain = new CsvExporter(false, false).write(doc);
        String bom = new CsvExporter(true, false).write(doc);
        assertFalse(plain.startsWith(CsvExporter.BOM));
        assertEquals(CsvExporter.BOM + plain, bom);
        assertTrue(plain.startsWith("article title,source file,published,claim id,quote,summary,issues,actors,tags,"
                + "stance,note,start,end,anchoring status,created,modified,creator\r\n"));
        assertTrue(plain.endsWith("\r\n"));
        parse(plain);
        StringBuilder sb = new StringBuilder();
        CsvExporter.cell("a \"b\", c", sb);
        assertEquals("\"a \"\"b\"\", c\"", sb.toString());
    }

    /** A strict RFC 4180 reader: fails on a stray quote or a record not ended by CRLF. */
    static List<List<String>> parse(String csv) {
        String s = csv.startsWith(CsvExporter.BOM) ? csv.substring(1) : csv;
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        boolean wasQuoted = false;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    cell.append(ch);
                }
                i++;
                continue;
            }
            if (ch == '"') {
                if (cell.length() > 0 || wasQuoted) {
                    throw new IllegalArgumentException("stray quote at " + i);
                }
                quoted = true;
                wasQuoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (ch == '\r') {
                if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                    throw new IllegalArgumentException("bare CR at " + i);
                }
                row.add(cell.toString());
                rows.add(row);
                row = new ArrayList<>();
                cell.setLength(0);
                wasQuoted = false;
                i++;
            } else if (ch == '\n') {
                throw new IllegalArgumentException("bare LF outside quotes at " + i);
            } else {
                if (wasQuoted) {
                    throw new IllegalArgumentException("text after closing quote at " + i);
                }
                cell.append(ch);
            }
            i++;
        }
        if (quoted || cell.length() > 0 || !row.isEmpty()) {
            throw new IllegalArgumentException("last record not terminated");
        }
        return rows;
    }
}
