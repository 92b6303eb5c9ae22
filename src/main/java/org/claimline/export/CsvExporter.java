package org.claimline.export;

import java.time.Instant;
import java.util.List;
import org.claimline.model.Actor;
import org.claimline.model.Claim;
import org.claimline.model.Issue;

/**
 * One row per claim, RFC 4180 (CRLF, quotes doubled), for spreadsheets and R. Offsets are code points, as
 * W3C selectors and REFI-QDA count them. Cells a spreadsheet would evaluate as a formula get a leading
 * apostrophe (the OWASP "CSV injection" defence), so opening an export never runs a colleague's note.
 */
public final class CsvExporter {
    /** Excel needs the byte order mark to read UTF-8; other readers may show it as a stray character. */
    public static final String BOM = "\uFEFF";

    public static final List<String> COLUMNS = List.of("article title", "source file", "published", "claim id",
            "quote", "summary", "issues", "actors", "stance", "note", "start", "end", "anchoring status",
            "created", "modified", "creator");

    private final boolean bom;

    public CsvExporter(boolean bom) {
        this.bom = bom;
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
        row(COLUMNS, sb);
        Markup.append(out, sb);
    }

    public void writeRows(ExportDocument doc, Appendable out) {
        StringBuilder sb = new StringBuilder();
        String title = doc.article().title();
        String published = doc.article().metadata().published() == null ? ""
                : doc.article().metadata().published().toIso();
        CodePointIndex cp = new CodePointIndex(doc.article().text());
        for (Claim c : doc.claims()) {
            boolean placed = c.range() != null;
            row(List.of(
                    nz(title),
                    doc.sourceFileName(),
                    published,
                    c.id(),
                    c.quote(),
                    c.summary(),
                    String.join("; ", doc.issuesOf(c).stream().map(Issue::name).toList()),
                    String.join("; ", doc.actorsOf(c).stream().map(Actor::name).toList()),
                    c.stance().id(),
                    c.note(),
                    placed ? String.valueOf(cp.at(c.range().start())) : "",
                    placed ? String.valueOf(cp.at(c.range().end())) : "",
                    c.anchor().status().id(),
                    iso(c.created()),
                    iso(c.modified()),
                    nz(c.creator())), sb);
        }
        Markup.append(out, sb);
    }

    static void row(List<String> cells, StringBuilder sb) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            cell(cells.get(i), sb);
        }
        sb.append("\r\n");
    }

    static void cell(String raw, StringBuilder sb) {
        String v = neutralise(raw);
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

    /** Prefixes an apostrophe to a value a spreadsheet would read as a formula. */
    static String neutralise(String v) {
        if (v.isEmpty()) {
            return v;
        }
        char first = v.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + v : v;
    }

    private static String iso(Instant t) {
        return t == null ? "" : t.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
