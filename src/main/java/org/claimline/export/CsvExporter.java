package org.claimline.export;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.claimline.model.CodePointIndex;
import org.claimline.model.Actor;
import org.claimline.model.Claim;
import org.claimline.model.ClaimIri;
import org.claimline.model.Issue;

/**
 * One row per claim, RFC 4180 (CRLF, quotes doubled), for spreadsheets, pandas and R. Offsets are code
 * points, as W3C selectors and REFI-QDA count them; {@code start} and {@code end} are plain integers (empty
 * for an orphan). The claim id is the annotation IRI the JSON-LD export writes, so the two join.
 *
 * <p>Two policies. With the formula guard (the default, for spreadsheets) a cell a spreadsheet would run as
 * a formula (it starts with {@code = + - @}, a tab or a carriage return and is not a plain number such as
 * {@code -42} or {@code +1.5e3}) gets a leading apostrophe (the OWASP "CSV injection" defence), and the file
 * starts with a {@code #} comment line saying so. Without it ({@code --no-formula-guard}, for data tools)
 * every cell is exactly the analyst's text and the header row is the first line.
 */
public final class CsvExporter {
    /** Excel needs the byte order mark to read UTF-8; other readers may show it as a stray character. */
    public static final String BOM = "\uFEFF";

    /** The first line of a guarded export; a spreadsheet shows it in A1, commons-csv skips it as a comment. */
    public static final String GUARD_COMMENT = "# Claimline CSV with the formula guard on: cells a spreadsheet would run as a "
            + "formula start with an apostrophe; for pandas or R export with --no-formula-guard";

    public static final List<String> COLUMNS = List.of("article title", "source file", "published", "claim id",
            "quote", "summary", "issues", "actors", "tags", "stance", "note", "start", "end", "anchoring status",
            "created", "modified", "creator");

    /** A number as spreadsheets and data tools read it: sign, digits, decimals, exponent, percent. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?%?");

    private final boolean bom;
    private final boolean formulaGuard;

    public CsvExporter(boolean bom, boolean formulaGuard) {
        this.bom = bom;
        this.formulaGuard = formulaGuard;
    }

    public CsvExporter(boolean bom) {
        this(bom, true);
    }

    public CsvExporter() {
        this(false);
    }

    /** Header and rows of one article. */
    public String write(ExportDocument doc) {
        StringBuilder sb = new StringBuilder();
        writeHeader(sb);
        writeRows(doc, sb);
        return sb.toString();
    }

    /** The optional BOM and the header row; a corpus writes it once, then the rows of every article. */
    public void writeHeader(Appendable out) {
        StringBuilder sb = new StringBuilder();
        if (bom) {
            sb.append(BOM);
        }
        if (formulaGuard) {
            sb.append(GUARD_COMMENT).append("\r\n");
        }
        row(COLUMNS, sb);
        Markup.append(out, sb);
    }

    public void writeRows(ExportDocument doc, Appendable out) {
        StringBuilder sb = new StringBuilder();
        String title = doc.article().title();
        String published = doc.article().metadata().published() == null ? ""
                : doc.article().metadata().published().toIso();
        CodePointIndex cp = CodePointIndex.of(doc.article().text());
        for (Claim c : doc.claims()) {
            boolean placed = c.range() != null;
            row(List.of(
                    nz(title),
                    doc.sourceFileName(),
                    published,
                    ClaimIri.of(c.id()),
                    c.quote(),
                    c.summary(),
                    String.join("; ", doc.issuesOf(c).stream().map(Issue::name).toList()),
                    String.join("; ", doc.actorsOf(c).stream().map(Actor::name).toList()),
                    String.join("; ", c.tags()),
                    c.stance().id(),
                    c.note(),
                    placed ? String.valueOf(cp.toCodePoints(c.range().start())) : "",
                    placed ? String.valueOf(cp.toCodePoints(c.range().end())) : "",
                    c.anchor().status().id(),
                    iso(c.created()),
                    iso(c.modified()),
                    nz(c.creator())), sb);
        }
        Markup.append(out, sb);
    }

    /** One row for a spreadsheet: the formula guard on (the analysis views' CSV). */
    static void guardedRow(List<String> cells, StringBuilder sb) {
        new CsvExporter(false, true).row(cells, sb);
    }

    private void row(List<String> cells, StringBuilder sb) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String v = cells.get(i);
            cell(formulaGuard ? neutralise(v) : v, sb);
        }
        sb.append("\r\n");
    }

    /** One cell, quoted when it holds a comma, a quote or a line break. */
    static void cell(String v, StringBuilder sb) {
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char ch = v.charAt(i);
            quote = ch == ',' || ch == '"' || ch == '\r' || ch == '\n';
        }
        if (!quote) {
            sb.append(v);
            return;
        }
        sb.append('"').append(v.replace("\"", "\"\"")).append('"');
    }

    /** Prefixes an apostrophe to a value a spreadsheet would run as a formula; plain numbers stay numbers. */
    static String neutralise(String v) {
        if (v.isEmpty()) {
            return v;
        }
        char first = v.charAt(0);
        boolean active = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return active && !PLAIN_NUMBER.matcher(v).matches() ? "'" + v : v;
    }

    private static String iso(Instant t) {
        return t == null ? "" : t.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
