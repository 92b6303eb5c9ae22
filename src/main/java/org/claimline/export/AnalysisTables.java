package org.claimline.export;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.claimline.analysis.ClaimRow;
import org.claimline.analysis.CoOccurrence;
import org.claimline.analysis.Matrix;
import org.claimline.analysis.OutletComparison;
import org.claimline.analysis.SourceClaim;
import org.claimline.analysis.Timeline;
import org.claimline.model.Stance;

/**
 * The numbers behind every analysis view, as CSV (RFC 4180, formula-like cells neutralised as in
 * {@link CsvExporter}), Markdown tables and JSON. The same rows and cells in each format.
 */
public final class AnalysisTables {
    public static final List<String> CLAIM_COLUMNS = List.of("article title", "outlet", "published", "source file",
            "claim id", "quote", "summary", "issues", "actors", "stance", "note", "anchoring status", "coder",
            "modified");

    private AnalysisTables() {
    }

    /** One claim's cells, in {@link #CLAIM_COLUMNS} order. */
    public static List<String> claimCells(ClaimRow r) {
        SourceClaim c = r.claim();
        return List.of(r.title(), r.outlet(), r.published() == null ? "" : r.published().toString(),
                r.article().displayPath(), c.id(), c.quote(), c.summary(), String.join("; ", c.issues()),
                String.join("; ", c.actors()), c.stance().id(), c.note(), c.status().id(),
                c.coder() == null ? "" : c.coder(), c.modified() == null ? "" : c.modified().toString());
    }

    // ---- claims --------------------------------------------------------------------------------

    public static String claimsCsv(List<ClaimRow> rows) {
        StringBuilder sb = new StringBuilder(rows.size() * 256 + 256);
        CsvExporter.guardedRow(CLAIM_COLUMNS, sb);
        for (ClaimRow r : rows) {
            CsvExporter.guardedRow(claimCells(r), sb);
        }
        return sb.toString();
    }

    public static String claimsMarkdown(List<ClaimRow> rows) {
        List<List<String>> body = new ArrayList<>(rows.size());
        rows.forEach(r -> body.add(claimCells(r)));
        return markdownTable(CLAIM_COLUMNS, body);
    }

    public static String claimsJson(List<ClaimRow> rows) {
        Json j = new Json().beginArray();
        for (ClaimRow r : rows) {
            SourceClaim c = r.claim();
            j.beginObject().field("title", r.title()).field("outlet", r.article().outlet())
                    .field("published", r.published() == null ? null : r.published().toString())
                    .field("file", r.article().displayPath()).field("id", c.id()).field("quote", c.quote())
                    .field("summary", c.summary());
            j.name("issues").strings(c.issues());
            j.name("actors").strings(c.actors());
            j.field("stance", c.stance().id()).field("note", c.note()).field("anchoring", c.status().id())
                    .field("coder", c.coder()).field("modified", c.modified() == null ? null : c.modified().toString())
                    .endObject();
        }
        return j.endArray().toString();
    }

    // ---- matrix --------------------------------------------------------------------------------

    /** Wide: a header of column keys and "Total", a row per row key, a "Total" row. */
    public static String matrixCsv(Matrix m) {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : matrixGrid(m)) {
            CsvExporter.guardedRow(row, sb);
        }
        return sb.toString();
    }

    /** Long, with the stance split: one line per non-empty cell. */
    public static String matrixStanceCsv(Matrix m) {
        StringBuilder sb = new StringBuilder();
        List<String> head = new ArrayList<>(List.of(m.rowDimension().id(), m.colDimension().id(), m.count().id()));
        for (Stance s : Stance.values()) {
            head.add(s.id() + " (claims)");
        }
        CsvExporter.guardedRow(head, sb);
        for (int r = 0; r < m.rowKeys().size(); r++) {
            for (int c = 0; c < m.colKeys().size(); c++) {
                if (m.cell(r, c) == 0) {
                    continue;
                }
                List<String> line = new ArrayList<>(List.of(m.rowKeys().get(r), m.colKeys().get(c),
                        String.valueOf(m.cell(r, c))));
                for (Stance s : Stance.values()) {
                    line.add(String.valueOf(m.stance(r, c, s)));
                }
                CsvExporter.guardedRow(line, sb);
            }
        }
        return sb.toString();
    }

    public static String matrixMarkdown(Matrix m) {
        List<List<String>> grid = matrixGrid(m);
        return markdownTable(grid.get(0), grid.subList(1, grid.size()));
    }

    public static String matrixJson(Matrix m) {
        Json j = new Json().beginObject().field("rows", m.rowDimension().id()).field("columns", m.colDimension().id())
                .field("count", m.count().id());
        j.name("rowKeys").strings(m.rowKeys());
        j.name("columnKeys").strings(m.colKeys());
        j.name("cells").beginArray();
        for (int r = 0; r < m.rowKeys().size(); r++) {
            j.beginArray();
            for (int c = 0; c < m.colKeys().size(); c++) {
                j.number(m.cell(r, c));
            }
            j.endArray();
        }
        j.endArray();
        j.name("stances").beginObject();
        for (Stance s : Stance.values()) {
            j.name(s.id()).beginArray();
            for (int r = 0; r < m.rowKeys().size(); r++) {
                j.beginArray();
                for (int c = 0; c < m.colKeys().size(); c++) {
                    j.number(m.stance(r, c, s));
                }
                j.endArray();
            }
            j.endArray();
        }
        j.endObject();
        j.name("rowTotals").beginArray();
        for (int r = 0; r < m.rowKeys().size(); r++) {
            j.number(m.rowTotal(r));
        }
        j.endArray().name("columnTotals").beginArray();
        for (int c = 0; c < m.colKeys().size(); c++) {
            j.number(m.colTotal(c));
        }
        return j.endArray().field("total", m.total()).endObject().toString();
    }

    private static List<List<String>> matrixGrid(Matrix m) {
        List<List<String>> out = new ArrayList<>();
        List<String> head = new ArrayList<>();
        head.add(m.rowDimension().label() + " \\ " + m.colDimension().label() + " (" + m.count().id() + ")");
        head.addAll(m.colKeys());
        head.add("Total");
        out.add(head);
        for (int r = 0; r < m.rowKeys().size(); r++) {
            List<String> row = new ArrayList<>();
            row.add(m.rowKeys().get(r));
            for (int c = 0; c < m.colKeys().size(); c++) {
                row.add(String.valueOf(m.cell(r, c)));
            }
            row.add(String.valueOf(m.rowTotal(r)));
            out.add(row);
        }
        List<String> totals = new ArrayList<>();
        totals.add("Total");
        for (int c = 0; c < m.colKeys().size(); c++) {
            totals.add(String.valueOf(m.colTotal(c)));
        }
        totals.add(String.valueOf(m.total()));
        out.add(totals);
        return out;
    }

    // ---- the other views -----------------------------------------------------------------------

    /** One line per outlet and issue: tags, share; then the blamed and credited actors. */
    public static String outletsCsv(OutletComparison oc) {
        StringBuilder sb = new StringBuilder();
        CsvExporter.guardedRow(List.of("outlet", "claims", "articles", "kind", "name", "count", "share"), sb);
        for (OutletComparison.Profile p : oc.outlets()) {
            String claims = String.valueOf(p.claims());
            String articles = String.valueOf(p.articles());
            for (OutletComparison.Share s : p.shares()) {
                CsvExporter.guardedRow(List.of(p.outlet(), claims, articles, "issue share", s.issue(),
                        String.valueOf(s.tags()), String.format(java.util.Locale.ROOT, "%.4f", s.share())), sb);
            }
            for (OutletComparison.Ranked a : p.blamed()) {
                CsvExporter.guardedRow(List.of(p.outlet(), claims, articles, "blamed (opposes)", a.actor(),
                        String.valueOf(a.claims()), ""), sb);
            }
            for (OutletComparison.Ranked a : p.credited()) {
                CsvExporter.guardedRow(List.of(p.outlet(), claims, articles, "credited (supports)", a.actor(),
                        String.valueOf(a.claims()), ""), sb);
            }
        }
        return sb.toString();
    }

    /** A row per issue, a column per month, then "undated"; a last row of claims per month. */
    public static String timelineCsv(Timeline t) {
        StringBuilder sb = new StringBuilder();
        List<String> head = new ArrayList<>();
        head.add("issue");
        for (YearMonth m : t.months()) {
            head.add(m.toString());
        }
        head.add("undated");
        CsvExporter.guardedRow(head, sb);
        for (int i = 0; i < t.issues().size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(t.issues().get(i));
            for (int m = 0; m < t.months().size(); m++) {
                row.add(String.valueOf(t.count(i, m)));
            }
            row.add(String.valueOf(t.undated(i)));
            CsvExporter.guardedRow(row, sb);
        }
        List<String> totals = new ArrayList<>();
        totals.add("claims (each once)");
        for (int m = 0; m < t.months().size(); m++) {
            totals.add(String.valueOf(t.monthTotal(m)));
        }
        totals.add(String.valueOf(t.undatedTotal()));
        CsvExporter.guardedRow(totals, sb);
        return sb.toString();
    }

    public static String coOccurrenceCsv(CoOccurrence co) {
        StringBuilder sb = new StringBuilder();
        List<String> head = new ArrayList<>();
        head.add(co.dimension().label() + " \\ " + co.dimension().label());
        head.addAll(co.keys());
        CsvExporter.guardedRow(head, sb);
        for (int a = 0; a < co.keys().size(); a++) {
            List<String> row = new ArrayList<>();
            row.add(co.keys().get(a));
            for (int b = 0; b < co.keys().size(); b++) {
                row.add(String.valueOf(co.count(a, b)));
            }
            CsvExporter.guardedRow(row, sb);
        }
        return sb.toString();
    }

    // ---- markdown ------------------------------------------------------------------------------

    static String markdownTable(List<String> head, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        mdRow(head, sb);
        sb.append('|');
        for (int i = 0; i < head.size(); i++) {
            sb.append(" --- |");
        }
        sb.append('\n');
        rows.forEach(r -> mdRow(r, sb));
        return sb.toString();
    }

    private static void mdRow(List<String> cells, StringBuilder sb) {
        sb.append('|');
        for (String c : cells) {
            sb.append(' ').append(mdCell(c)).append(" |");
        }
        sb.append('\n');
    }

    /** A cell on one line: pipes, backslashes and markup characters escaped, line breaks as spaces. */
    static String mdCell(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '|', '\\', '*', '_', '`', '[', ']', '<', '>', '#' -> b.append('\\').append(ch);
                case '\n', '\r', '\t' -> {
                    if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                        b.append(' ');
                    }
                }
                default -> b.append(ch);
            }
        }
        return b.toString().strip();
    }
}
