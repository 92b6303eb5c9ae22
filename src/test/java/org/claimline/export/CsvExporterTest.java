package org.claimline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.claimline.model.Claim;
import org.junit.jupiter.api.Test;

class CsvExporterTest {
    private final ExportDocument doc = ExportFixture.document();

    @Test
    void readsBackAsTheSameCells() {
        String csv = new CsvExporter().write(doc);
        List<List<String>> rows = parse(csv);
        assertEquals(CsvExporter.COLUMNS, rows.get(0));
        assertEquals(doc.claims().size() + 1, rows.size());
        for (int i = 0; i < doc.claims().size(); i++) {
            Claim c = doc.claims().get(i);
            List<String> r = rows.get(i + 1);
            assertEquals(CsvExporter.COLUMNS.size(), r.size());
            assertEquals(c.id(), r.get(3));
            assertEquals(c.quote(), r.get(4), "quotes with commas, quotes, newlines and emoji survive");
            assertEquals(CsvExporter.neutralise(c.summary()), r.get(5));
            assertEquals(CsvExporter.neutralise(c.note()), r.get(9));
            assertEquals(c.anchor().status().id(), r.get(12));
        }
    }

    @Test
    void offsetsAreCodePoints() {
        String text = doc.article().text();
        Claim emoji = doc.annotations().claim("c-emoji").orElseThrow();
        List<String> row = parse(new CsvExporter().write(doc)).stream().filter(r -> r.get(3).equals("c-emoji")).findFirst()
                .orElseThrow();
        int start = Integer.parseInt(row.get(10));
        int end = Integer.parseInt(row.get(11));
        assertTrue(start < emoji.range().start(), "emoji before the claim count once, not twice");
        int s16 = text.offsetByCodePoints(0, start);
        int e16 = text.offsetByCodePoints(0, end);
        assertEquals(emoji.quote(), text.substring(s16, e16));
    }

    @Test
    void formulaCellsAreNeutralised() {
        List<List<String>> rows = parse(new CsvExporter().write(doc));
        for (List<String> r : rows.subList(1, rows.size())) {
            for (String cell : r) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "formula cell " + cell);
            }
        }
        assertEquals("'=1+1", CsvExporter.neutralise("=1+1"));
        assertEquals("'-5", CsvExporter.neutralise("-5"));
        assertEquals("'\tx", CsvExporter.neutralise("\tx"));
        assertEquals("a=b", CsvExporter.neutralise("a=b"));
    }

    @Test
    void recordsEndWithCrlfAndBomIsOptional() {
        String plain = new CsvExporter(false).write(doc);
        String bom = new CsvExporter(true).write(doc);
        assertFalse(plain.startsWith(CsvExporter.BOM));
        assertEquals(CsvExporter.BOM + plain, bom);
        assertTrue(plain.startsWith("article title,source file,published,claim id,quote,summary,issues,actors,stance,"
                + "note,start,end,anchoring status,created,modified,creator\r\n"));
        assertTrue(plain.endsWith("\r\n"));
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
