package org.claimline.export;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimline.analysis.Analysis;
import org.claimline.analysis.ClaimRow;
import org.claimline.analysis.CoOccurrence;
import org.claimline.analysis.Dimension;
import org.claimline.analysis.Matrix;
import org.claimline.analysis.OutletComparison;
import org.claimline.analysis.Palette;
import org.claimline.analysis.Timeline;
import org.claimline.model.Stance;

/**
 * The whole analysis as one self-contained HTML file, ready to mail: the filter written out, the matrix as a
 * heat-map table with each cell's stance split, the outlet comparison and the timeline as inline SVG charts
 * drawn from the aggregation, both co-occurrence tables and the claims table. No scripts, no external
 * resources; every string from a user or a page is escaped ({@link Markup}), colours are validated, and ids
 * and classes are built from indices only.
 */
public final class AnalysisReport {
    private static final int LABEL_CHARS = 28;

    public String write(Analysis a, Instant generated) {
        StringBuilder sb = new StringBuilder(a.rows().size() * 400 + 32_768);
        Map<String, String> colors = a.table().colorsByIssue();
        String name = a.table().name().isBlank() ? "corpus" : a.table().name();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Claims across ")
                .append(esc(name)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        sb.append("<h1>Claims across ").append(esc(name)).append("</h1>\n<p class=\"meta\">")
                .append(a.rows().size()).append(" of ").append(a.table().rows().size()).append(" claims in ")
                .append(a.articlesShown()).append(" of ").append(a.table().articles().size()).append(" articles");
        long orphans = a.rows().stream().filter(r -> r.claim().status().id().equals("orphan")).count();
        if (orphans > 0) {
            sb.append(" \u00b7 ").append(orphans).append(" claims need re-attaching (counted)");
        }
        sb.append(" \u00b7 generated ").append(esc(generated.toString())).append(" by Claimline</p>\n");
        sb.append("<nav><a href=\"#matrix\">Matrix</a> <a href=\"#outlets\">Outlets</a> <a href=\"#timeline\">Timeline</a> ")
                .append("<a href=\"#cooccurrence\">Co-occurrence</a> <a href=\"#claims\">Claims</a></nav>\n");
        sb.append("<section id=\"filter\"><h2>Filter</h2>\n<ul>\n");
        for (String line : a.filter().describe()) {
            sb.append("<li>").append(esc(line)).append("</li>\n");
        }
        sb.append("</ul>\n");
        if (!a.table().problems().isEmpty()) {
            sb.append("<p>").append(a.table().problems().size())
                    .append(" files could not be read and are not counted:</p>\n<ul class=\"problems\">\n");
            a.table().problems().forEach(p -> sb.append("<li><b>").append(esc(p.where())).append("</b>: ")
                    .append(esc(p.message())).append("</li>\n"));
            sb.append("</ul>\n");
        }
        sb.append("</section>\n");
        matrix(a.matrix(), sb);
        outlets(a.outlets(), colors, sb);
        timeline(a.timeline(), colors, sb);
        sb.append("<section id=\"cooccurrence\"><h2>Co-occurrence</h2>\n<p class=\"note\">Claims tagged with both; "
                + "the diagonal is the claims tagged with each at all.</p>\n");
        coOccurrence(a.issuePairs(), sb);
        coOccurrence(a.actorPairs(), sb);
        sb.append("</section>\n");
        claims(a.rows(), sb);
        sb.append("<footer>Claimline analysis report. Counts follow the filter above.</footer>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void legendStances(StringBuilder sb) {
        sb.append("<ul class=\"legend\">");
        for (Stance s : Stance.values()) {
            sb.append("<li><span class=\"sw\" style=\"background:").append(Palette.stance(s)).append("\"></span>")
                    .append(s.id()).append("</li>");
        }
        sb.append("</ul>\n");
    }

    private static void matrix(Matrix m, StringBuilder sb) {
        sb.append("<section id=\"matrix\"><h2>").append(m.rowDimension().label()).append(" \u00d7 ")
                .append(m.colDimension().label()).append("</h2>\n<p class=\"note\">Each cell: ").append(m.count().id())
                .append(" with both; darker is more. The bar under a number splits the cell's claims by stance. ")
                .append("A claim with two ").append(m.rowDimension().id())
                .append("s counts in both rows; totals count each once.</p>\n");
        legendStances(sb);
        if (m.rowKeys().isEmpty()) {
            sb.append("<p>No claims match the filter.</p>\n</section>\n");
            return;
        }
        heatHead(m.colKeys(), true, sb);
        for (int r = 0; r < m.rowKeys().size(); r++) {
            rowHead(m.rowKeys().get(r), sb);
            for (int c = 0; c < m.colKeys().size(); c++) {
                heatCellOpen(m.cell(r, c), m.max(), sb);
                int claims = 0;
                for (Stance s : Stance.values()) {
                    claims += m.stance(r, c, s);
                }
                if (claims > 0) {
                    sb.append("<span class=\"split\">");
                    for (Stance s : Stance.values()) {
                        int n = m.stance(r, c, s);
                        if (n > 0) {
                            sb.append("<i style=\"width:").append(pct(n, claims)).append("%;background:")
                                    .append(Palette.stance(s)).append("\" title=\"").append(s.id()).append(": ")
                                    .append(n).append("\"></i>");
                        }
                    }
                    sb.append("</span>");
                }
                sb.append("</td>");
            }
            sb.append("<td class=\"total\">").append(m.rowTotal(r)).append("</td></tr>\n");
        }
        sb.append("<tr class=\"total\"><th>Total</th>");
        for (int c = 0; c < m.colKeys().size(); c++) {
            sb.append("<td>").append(m.colTotal(c)).append("</td>");
        }
        sb.append("<td>").append(m.total()).append("</td></tr>\n</tbody></table></div>\n</section>\n");
    }

    private static void outlets(OutletComparison oc, Map<String, String> colors, StringBuilder sb) {
        sb.append("<section id=\"outlets\"><h2>Outlets</h2>\n<p class=\"note\">Each bar is one outlet's issue tags "
                + "(a claim with two issues gives one to each), normalised to the full width.</p>\n");
        legendIssues(oc.issues(), colors, sb);
        int n = oc.outlets().size();
        int labelW = 200;
        int barW = 560;
        int rowH = 26;
        int h = n * rowH + 10;
        sb.append("<svg class=\"chart\" role=\"img\" aria-label=\"Share of issues per outlet\" width=\"")
                .append(labelW + barW + 90).append("\" height=\"").append(h).append("\" viewBox=\"0 0 ")
                .append(labelW + barW + 90).append(' ').append(h).append("\">\n");
        for (int o = 0; o < n; o++) {
            OutletComparison.Profile p = oc.outlets().get(o);
            int y = 5 + o * rowH;
            sb.append("<text x=\"").append(labelW - 8).append("\" y=\"").append(y + 16)
                    .append("\" text-anchor=\"end\"><title>").append(esc(p.outlet())).append("</title>")
                    .append(esc(shorten(p.outlet()))).append("</text>\n");
            double x = labelW;
            for (OutletComparison.Share s : p.shares()) {
                double w = s.share() * barW;
                sb.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(y).append("\" width=\"").append(fmt(w))
                        .append("\" height=\"20\" fill=\"").append(Markup.safeColor(colors.get(s.issue()), "#9e9e9e"))
                        .append("\"><title>").append(esc(p.outlet() + " \u2014 " + s.issue() + ": " + s.tags()
                                + " tags, " + pct(s.tags(), p.tags()) + " %")).append("</title></rect>\n");
                x += w;
            }
            sb.append("<text x=\"").append(labelW + barW + 6).append("\" y=\"").append(y + 16).append("\">")
                    .append(p.claims()).append(" claims</text>\n");
        }
        sb.append("</svg>\n<table class=\"plain\"><thead><tr><th>Outlet</th><th>Claims</th><th>Articles</th>")
                .append("<th>Most blamed (opposes)</th><th>Most credited (supports)</th></tr></thead><tbody>\n");
        for (OutletComparison.Profile p : oc.outlets()) {
            sb.append("<tr><td>").append(esc(p.outlet())).append("</td><td class=\"num\">").append(p.claims())
                    .append("</td><td class=\"num\">").append(p.articles()).append("</td><td>");
            ranked(p.blamed(), sb);
            sb.append("</td><td>");
            ranked(p.credited(), sb);
            sb.append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n</section>\n");
    }

    private static void ranked(List<OutletComparison.Ranked> rs, StringBuilder sb) {
        for (int i = 0; i < rs.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(esc(rs.get(i).actor())).append(" (").append(rs.get(i).claims())
                    .append(')');
        }
    }

    private static void legendIssues(List<String> issues, Map<String, String> colors, StringBuilder sb) {
        sb.append("<ul class=\"legend\">");
        for (String i : issues) {
            sb.append("<li><span class=\"sw\" style=\"background:").append(Markup.safeColor(colors.get(i), "#9e9e9e"))
                    .append("\"></span>").append(esc(i)).append("</li>");
        }
        sb.append("</ul>\n");
    }

    private static void timeline(Timeline t, Map<String, String> colors, StringBuilder sb) {
        sb.append("<section id=\"timeline\"><h2>Timeline</h2>\n<p class=\"note\">Claims per issue per month of "
                + "publication, stacked (a claim with two issues is in both stacks).");
        if (t.undatedTotal() > 0) {
            sb.append(" ").append(t.undatedTotal()).append(" claims are in undated articles and are not on the chart");
            String sep = ": ";
            for (int i = 0; i < t.issues().size(); i++) {
                if (t.undated(i) > 0) {
                    sb.append(sep).append(esc(t.issues().get(i))).append(' ').append(t.undated(i));
                    sep = ", ";
                }
            }
            sb.append('.');
        }
        sb.append("</p>\n");
        legendIssues(t.issues(), colors, sb);
        int cols = t.months().size();
        if (cols == 0) {
            sb.append("<p>No dated claims match the filter.</p>\n</section>\n");
            return;
        }
        int stackMax = 1;
        for (int m = 0; m < t.months().size(); m++) {
            stackMax = Math.max(stackMax, stack(t, m));
        }
        int colW = Math.max(6, Math.min(36, 760 / cols));
        int left = 44;
        int top = 10;
        int plotH = 220;
        int width = left + cols * colW + 20;
        int height = top + plotH + 60;
        sb.append("<svg class=\"chart\" role=\"img\" aria-label=\"Claims per issue per month\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\">\n");
        int step = niceStep(stackMax);
        for (int v = 0; v <= stackMax; v += step) {
            double y = top + plotH - (double) v / stackMax * plotH;
            sb.append("<line x1=\"").append(left).append("\" x2=\"").append(width - 10).append("\" y1=\"")
                    .append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\" class=\"grid\"/>")
                    .append("<text x=\"").append(left - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">").append(v).append("</text>\n");
        }
        int labelEvery = Math.max(1, (int) Math.ceil(cols * 46.0 / (cols * colW)));
        for (int m = 0; m < t.months().size(); m++) {
            double x = left + m * colW;
            double y = top + plotH;
            for (int i = 0; i < t.issues().size(); i++) {
                int v = t.count(i, m);
                if (v == 0) {
                    continue;
                }
                double h = (double) v / stackMax * plotH;
                y -= h;
                sb.append("<rect x=\"").append(fmt(x + 1)).append("\" y=\"").append(fmt(y)).append("\" width=\"")
                        .append(colW - 2).append("\" height=\"").append(fmt(h)).append("\" fill=\"")
                        .append(Markup.safeColor(colors.get(t.issues().get(i)), "#9e9e9e")).append("\"><title>")
                        .append(esc(t.months().get(m).toString() + " \u2014 "
                                + t.issues().get(i) + ": " + v)).append("</title></rect>\n");
            }
            if (m % labelEvery == 0) {
                String label = label(t.months().get(m));
                double lx = x + colW / 2.0;
                double ly = top + plotH + 12;
                sb.append("<text x=\"").append(fmt(lx)).append("\" y=\"").append(fmt(ly))
                        .append("\" text-anchor=\"end\" transform=\"rotate(-45 ").append(fmt(lx)).append(' ')
                        .append(fmt(ly)).append(")\">").append(esc(label)).append("</text>\n");
            }
        }
        sb.append("</svg>\n</section>\n");
    }

    private static String label(YearMonth m) {
        return m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH) + " " + m.getYear();
    }

    private static int stack(Timeline t, int m) {
        int s = 0;
        for (int i = 0; i < t.issues().size(); i++) {
            s += t.count(i, m);
        }
        return s;
    }

    /** A round tick step giving four to eight ticks up to {@code max}. */
    static int niceStep(int max) {
        int step = 1;
        while (max / step > 8) {
            int s = String.valueOf(step).charAt(0) == '2' ? step * 5 / 2 : step * 2;
            step = s;
        }
        return step;
    }

    private static void coOccurrence(CoOccurrence co, StringBuilder sb) {
        sb.append("<h3>").append(co.dimension().label()).append("s tagged together</h3>\n");
        if (co.keys().isEmpty()) {
            sb.append("<p>None.</p>\n");
            return;
        }
        heatHead(co.keys(), false, sb);
        int max = co.maxPair();
        for (int a = 0; a < co.keys().size(); a++) {
            rowHead(co.keys().get(a), sb);
            for (int b = 0; b < co.keys().size(); b++) {
                int v = co.count(a, b);
                if (a == b) {
                    sb.append("<td class=\"diag\">").append(v).append("</td>");
                    continue;
                }
                heatCellOpen(v, max, sb);
                sb.append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody></table></div>\n");
    }

    private static void heatHead(List<String> keys, boolean total, StringBuilder sb) {
        sb.append("<div class=\"scroll\"><table class=\"heat\">\n<thead><tr><th></th>");
        for (String k : keys) {
            sb.append("<th class=\"col\"><span title=\"").append(esc(k)).append("\">").append(esc(shorten(k)))
                    .append("</span></th>");
        }
        sb.append(total ? "<th class=\"total\">Total</th>" : "").append("</tr></thead>\n<tbody>\n");
    }

    private static void rowHead(String key, StringBuilder sb) {
        sb.append("<tr><th class=\"row\" title=\"").append(esc(key)).append("\">").append(esc(shorten(key)))
                .append("</th>");
    }

    /** Opens a cell coloured for {@code v} on the shared ramp, with the number printed in it. */
    private static void heatCellOpen(int v, int max, StringBuilder sb) {
        String fill = Palette.heat(v, max);
        sb.append("<td style=\"background:").append(fill).append(";color:").append(Palette.textOn(fill))
                .append("\">").append(v == 0 ? "<span class=\"zero\">0</span>" : String.valueOf(v));
    }

    private static void claims(List<ClaimRow> rows, StringBuilder sb) {
        sb.append("<section id=\"claims\"><h2>Claims (").append(rows.size()).append(")</h2>\n")
                .append("<div class=\"scroll\"><table class=\"claims\"><thead><tr>");
        for (String c : AnalysisTables.CLAIM_COLUMNS) {
            sb.append("<th>").append(esc(c)).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (ClaimRow r : rows) {
            sb.append("<tr>");
            for (String cell : AnalysisTables.claimCells(r)) {
                sb.append("<td>");
                Markup.escapeHtml(cell, 0, cell.length(), sb);
                sb.append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody></table></div>\n</section>\n");
    }

    private static String shorten(String s) {
        return s.length() <= LABEL_CHARS ? s : s.substring(0, LABEL_CHARS - 1).strip() + "\u2026";
    }

    private static String pct(int n, int of) {
        return of == 0 ? "0" : fmt(100.0 * n / of);
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String esc(String s) {
        return Markup.escapeHtml(s);
    }

    private static final String CSS = """
            :root { color-scheme: light; }
            body { margin: 0 auto; max-width: 90rem; padding: 1.5rem 2rem; font: 15px/1.5 system-ui, "Segoe UI", sans-serif; color: #1d1d1f; background: #fff; }
            h1 { font-size: 1.8rem; margin: 0 0 .3rem; }
            h2 { font-size: 1.3rem; margin: 2rem 0 .4rem; border-bottom: 1px solid #ddd; }
            h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
            .meta, .note { color: #555; }
            nav a { margin-right: 1rem; }
            ul.legend { list-style: none; padding: 0; margin: .3rem 0 .6rem; display: flex; flex-wrap: wrap; gap: .2rem 1rem; }
            .sw { display: inline-block; width: .85em; height: .85em; border-radius: 2px; margin-right: .35em; vertical-align: -.05em; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; }
            table.heat td, table.heat th { border: 1px solid #e3e3e3; padding: 2px 6px; text-align: center; min-width: 2.2em; }
            table.heat th.row { text-align: right; white-space: nowrap; font-weight: 600; }
            table.heat th.col { vertical-align: bottom; height: 9em; }
            table.heat th.col span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
            table.heat td.total, table.heat tr.total td, table.heat th.total { background: #f3f3f3; font-weight: 600; }
            table.heat td.diag { background: #f7f7f7; color: #777; font-style: italic; }
            .zero { color: #bbb; }
            .split { display: flex; height: 4px; margin: 2px 0 0; min-width: 1.8em; }
            .split i { display: block; height: 4px; }
            svg.chart { display: block; max-width: 100%; height: auto; margin: .4rem 0 1rem; font: 12px system-ui, sans-serif; }
            svg.chart text { fill: #333; }
            svg.chart .grid { stroke: #e5e5e5; }
            table.plain td, table.plain th { border-bottom: 1px solid #e5e5e5; padding: 3px 8px; text-align: left; vertical-align: top; }
            td.num { text-align: right; }
            table.claims { font-size: 13px; }
            table.claims td, table.claims th { border: 1px solid #e5e5e5; padding: 3px 6px; text-align: left; vertical-align: top; white-space: pre-wrap; }
            table.claims th { background: #f3f3f3; position: sticky; top: 0; }
            footer { margin-top: 2rem; color: #777; font-size: .9rem; }
            @media print { .scroll { overflow: visible; } }
            """;
}
