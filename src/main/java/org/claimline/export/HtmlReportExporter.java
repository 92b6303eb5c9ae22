package org.claimline.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.claimline.model.Actor;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.BlockKind;
import org.claimline.model.Claim;
import org.claimline.model.Issue;
import org.claimline.model.TextRange;

/**
 * One self-contained HTML file: the article with its claims highlighted in their first issue's colour, and
 * the claim list beside it (below it in print and on narrow screens), linked both ways through
 * {@code #mark-n} and {@code #claim-n}. No scripts and no external resources, so it opens anywhere and
 * archives well. Markup comes only from this class: user text is always escaped, colours are validated,
 * and class names and ids are built from indices, never from names.
 */
public final class HtmlReportExporter {
    private static final String NO_ISSUE_COLOR = "#9e9e9e";
    private static final java.util.regex.Pattern LANGUAGE_TAG = java.util.regex.Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    public String write(ExportDocument doc) {
        StringBuilder sb = new StringBuilder(doc.article().text().length() * 2 + 8192);
        Article.Metadata m = doc.article().metadata();
        String title = Markup.isEmpty(m.title()) ? "Untitled article" : m.title();
        sb.append("<!DOCTYPE html>\n<html lang=\"")
                .append(m.language() != null && LANGUAGE_TAG.matcher(m.language()).matches() ? m.language() : "en")
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(title)).append(" — claims</title>\n<style>\n");
        css(doc, sb);
        sb.append("</style>\n</head>\n<body>\n");
        header(doc, title, sb);
        sb.append("<div class=\"layout\">\n<article class=\"text\">\n");
        body(doc, sb);
        sb.append("</article>\n");
        claimList(doc, sb);
        sb.append("</div>\n<footer>Exported by Claimline.</footer>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void css(ExportDocument doc, StringBuilder sb) {
        sb.append("""
                :root { color-scheme: light; }
                body { margin: 0 auto; max-width: 82rem; padding: 1.5rem 2rem; font: 17px/1.6 Georgia, "Times New Roman", serif, "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji"; color: #1d1d1f; background: #fff; }
                header.doc { border-bottom: 1px solid #ddd; margin-bottom: 1.5rem; }
                header.doc h1 { font-size: 2rem; line-height: 1.25; margin: 0 0 .4rem; }
                .dek { font-size: 1.15rem; color: #444; margin: 0 0 .4rem; }
                .meta { font: 14px/1.5 system-ui, sans-serif; color: #555; margin: 0 0 1rem; }
                .layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2.5rem; align-items: start; }
                article.text p, article.text li { margin: 0 0 1em; }
                article.text h2 { font-size: 1.3rem; margin: 1.5em 0 .5em; }
                article.text blockquote { margin: 0 0 1em; padding-left: 1em; border-left: 3px solid #ccc; color: #333; }
                article.text pre { white-space: pre-wrap; background: #f5f5f5; padding: .5em; }
                .bio { font-size: .9rem; color: #555; font-style: italic; }
                mark.c { color: inherit; padding: 0; border-radius: 2px; }
                sup.ref { font: 11px/1 system-ui, sans-serif; }
                sup.ref a { color: #555; text-decoration: none; padding: 0 1px; }
                sup.ref a:hover, a.num:hover { text-decoration: underline; }
                aside.claims { font: 14px/1.45 system-ui, sans-serif; position: sticky; top: 0; max-height: 100vh; overflow-y: auto; padding: 0 .25rem 1rem 0; }
                aside.claims h2 { font-size: 1.1rem; margin: 0 0 .5rem; }
                ul.legend { list-style: none; padding: 0; margin: 0 0 1rem; display: flex; flex-wrap: wrap; gap: .25rem .9rem; }
                .sw { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .35em; vertical-align: -.05em; }
                ol.list { list-style: none; padding: 0; margin: 0; }
                li.claim { border: 1px solid #e2e2e2; border-left-width: 5px; border-radius: 4px; padding: .5rem .75rem; margin: 0 0 .75rem; }
                li.claim:target, mark.c:target { outline: 2px solid #1a73e8; outline-offset: 1px; }
                li.claim .head { font-weight: 600; margin-bottom: .3rem; }
                .num { display: inline-block; min-width: 1.6em; text-align: center; margin-right: .4em; border-radius: 3px; background: #eee; color: #222; text-decoration: none; font-weight: 700; }
                li.claim blockquote { margin: .25rem 0 .4rem; padding-left: .6rem; border-left: 2px solid #ccc; color: #333; font-family: Georgia, serif; white-space: pre-wrap; }
                li.claim dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .1rem .6rem; margin: 0; }
                li.claim dt { color: #666; }
                li.claim dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
                .orphan { color: #a33; font-style: italic; }
                .muted { color: #777; font-style: italic; font-weight: 400; }
                footer { margin-top: 2rem; border-top: 1px solid #ddd; padding-top: .5rem; font: 12px system-ui, sans-serif; color: #777; }
                @media (max-width: 900px) { .layout { display: block; } aside.claims { position: static; max-height: none; overflow: visible; } }
                @media print {
                  body { max-width: none; padding: 0; font-size: 11pt; }
                  .layout { display: block; }
                  aside.claims { position: static; max-height: none; overflow: visible; break-before: page; font-size: 10pt; }
                  li.claim { break-inside: avoid; }
                  mark.c, .sw, li.claim { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
                  a { color: inherit; text-decoration: none; }
                  footer { display: none; }
                }
                """);
        List<Issue> issues = doc.taxonomy().issues();
        for (int i = 0; i < issues.size(); i++) {
            colorRules("i" + i, Markup.safeColor(issues.get(i).color(), NO_ISSUE_COLOR), sb);
        }
        colorRules("in", NO_ISSUE_COLOR, sb);
    }

    private static void colorRules(String cls, String hex, StringBuilder sb) {
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        String rgb = r + ", " + g + ", " + b;
        sb.append("mark.").append(cls).append(" { background: rgba(").append(rgb)
                .append(", .32); box-shadow: inset 0 -2px 0 rgba(").append(rgb).append(", .8); }\n")
                .append(".sw.").append(cls).append(" { background: ").append(hex).append("; }\n")
                .append("li.claim.").append(cls).append(" { border-left-color: ").append(hex).append("; }\n");
    }

    private static void header(ExportDocument doc, String title, StringBuilder sb) {
        Article.Metadata m = doc.article().metadata();
        sb.append("<header class=\"doc\">\n<h1>").append(esc(title)).append("</h1>\n");
        if (!Markup.isEmpty(m.dek())) {
            sb.append("<p class=\"dek\">").append(esc(m.dek())).append("</p>\n");
        }
        List<String> info = new ArrayList<>();
        if (m.bylineText() != null) {
            info.add("By " + esc(m.bylineText()));
        }
        if (m.published() != null) {
            info.add("Published " + esc(org.claimline.model.HumanDates.format(m.published())));
        }
        if (m.updated() != null) {
            info.add("Updated " + esc(org.claimline.model.HumanDates.format(m.updated())));
        }
        if (!Markup.isEmpty(m.siteName())) {
            info.add(esc(m.siteName()));
        }
        if (!doc.sourceFileName().isEmpty()) {
            info.add("Source: " + esc(doc.sourceFileName()));
        }
        if (!info.isEmpty()) {
            sb.append("<p class=\"meta\">").append(String.join(" · ", info)).append("</p>\n");
        }
        sb.append("</header>\n");
    }

    private static void body(ExportDocument doc, StringBuilder sb) {
        Article a = doc.article();
        List<Claim> placed = doc.claims().stream().filter(c -> c.range() != null && !c.range().isEmpty()).toList();
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, String> cls = new HashMap<>();
        for (Claim c : doc.claims()) {
            numbers.put(c.id(), doc.numberOf(c));
            cls.put(c.id(), colorClass(doc, c));
        }
        Map<String, Integer> refAt = referencePositions(a, placed);
        Set<String> marked = new HashSet<>();
        boolean inList = false;
        for (int bi = 0; bi < a.blocks().size(); bi++) {
            Block b = a.blocks().get(bi);
            if (!b.isKept()) {
                continue;
            }
            boolean listItem = b.kind() == BlockKind.LIST_ITEM;
            if (listItem != inList) {
                sb.append(listItem ? "<ul>\n" : "</ul>\n");
                inList = listItem;
            }
            if (!b.inText()) {
                if (b.kind() == BlockKind.AUTHOR_BIO) {
                    sb.append("<p class=\"bio\">").append(esc(b.text())).append("</p>\n");
                }
                continue;
            }
            String tag = switch (b.kind()) {
                case HEADING -> "h2";
                case LIST_ITEM -> "li";
                case QUOTE -> "blockquote";
                case CODE -> "pre";
                default -> "p";
            };
            sb.append('<').append(tag).append('>');
            highlighted(a.text(), a.rangeOf(bi), placed, numbers, cls, refAt, marked, sb);
            sb.append("</").append(tag).append(">\n");
        }
        if (inList) {
            sb.append("</ul>\n");
        }
    }

    /** Where each claim's reference number goes: its end, or the end of the last block it reaches. */
    private static Map<String, Integer> referencePositions(Article a, List<Claim> placed) {
        Map<String, Integer> refAt = new HashMap<>();
        for (Claim c : placed) {
            for (int bi = 0; bi < a.blocks().size(); bi++) {
                TextRange r = a.rangeOf(bi);
                if (r != null && r.start() < c.range().end() && c.range().start() < r.end()) {
                    refAt.put(c.id(), Math.min(c.range().end(), r.end()));
                }
            }
        }
        return refAt;
    }

    /**
     * The block's text cut at every claim boundary; each piece is wrapped in one mark per claim covering
     * it, outermost (earliest, longest) first, so overlapping claims nest and their colours add up.
     */
    private static void highlighted(String text, TextRange block, List<Claim> placed, Map<String, Integer> numbers,
                                    Map<String, String> cls, Map<String, Integer> refAt, Set<String> marked,
                                    StringBuilder sb) {
        List<Claim> here = placed.stream().filter(c -> c.range().overlaps(block)).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(block.start(), block.end()));
        for (Claim c : here) {
            cuts.add(Math.max(block.start(), c.range().start()));
            cuts.add(Math.min(block.end(), c.range().end()));
        }
        Comparator<Claim> outerFirst = Comparator.comparingInt((Claim c) -> c.range().start())
                .thenComparing(c -> -c.range().end()).thenComparing(c -> numbers.get(c.id()));
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            int a = from;
            int b = to;
            List<Claim> active = here.stream().filter(c -> c.range().start() <= a && c.range().end() >= b)
                    .sorted(outerFirst).toList();
            for (Claim c : active) {
                int n = numbers.get(c.id());
                sb.append("<mark class=\"c ").append(cls.get(c.id())).append('"');
                if (marked.add(c.id())) {
                    sb.append(" id=\"mark-").append(n).append('"');
                }
                if (!Markup.isEmpty(c.summary())) {
                    sb.append(" title=\"").append(esc(c.summary())).append('"');
                }
                sb.append('>');
            }
            Markup.escapeHtml(text, a, b, sb);
            sb.append("</mark>".repeat(active.size()));
            here.stream().filter(c -> refAt.get(c.id()) == b).sorted(outerFirst.reversed()).forEach(c -> {
                int n = numbers.get(c.id());
                sb.append("<sup class=\"ref\"><a href=\"#claim-").append(n).append("\">").append(n).append("</a></sup>");
            });
            from = to;
        }
    }

    private static void claimList(ExportDocument doc, StringBuilder sb) {
        sb.append("<aside class=\"claims\">\n<h2>Claims (").append(doc.claims().size()).append(")</h2>\n");
        List<Issue> issues = doc.taxonomy().issues();
        if (!issues.isEmpty()) {
            sb.append("<ul class=\"legend\">\n");
            for (int i = 0; i < issues.size(); i++) {
                sb.append("<li><span class=\"sw i").append(i).append("\"></span>").append(esc(issues.get(i).name()))
                        .append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        sb.append("<ol class=\"list\">\n");
        for (Claim c : doc.claims()) {
            int n = doc.numberOf(c);
            sb.append("<li class=\"claim ").append(colorClass(doc, c)).append("\" id=\"claim-").append(n).append("\">\n")
                    .append("<div class=\"head\">");
            if (c.range() != null && !c.range().isEmpty()) {
                sb.append("<a class=\"num\" href=\"#mark-").append(n).append("\">").append(n).append("</a>");
            } else {
                sb.append("<span class=\"num\">").append(n).append("</span>");
            }
            sb.append(Markup.isEmpty(c.summary()) ? "<span class=\"muted\">(no summary)</span>" : esc(c.summary()))
                    .append("</div>\n<blockquote>").append(esc(c.quote())).append("</blockquote>\n<dl>\n");
            List<Issue> is = doc.issuesOf(c);
            if (!is.isEmpty()) {
                field("Issues", String.join("; ", is.stream().map(i -> esc(i.name())).toList()), sb);
            }
            List<Actor> as = doc.actorsOf(c);
            if (!as.isEmpty()) {
                field("Actors", String.join(", ", as.stream().map(x -> esc(x.name())).toList()), sb);
            }
            field("Stance", c.stance().id(), sb);
            if (!Markup.isEmpty(c.note())) {
                field("Note", esc(c.note().strip()), sb);
            }
            if (!c.tags().isEmpty()) {
                field("Tags", String.join(", ", c.tags().stream().map(HtmlReportExporter::esc).toList()), sb);
            }
            sb.append("</dl>\n");
            if (c.anchor().isOrphan()) {
                sb.append("<p class=\"orphan\">Not found in the current text.</p>\n");
            }
            sb.append("</li>\n");
        }
        sb.append("</ol>\n</aside>\n");
    }

    private static void field(String label, String escapedValue, StringBuilder sb) {
        sb.append("<dt>").append(label).append("</dt><dd>").append(escapedValue).append("</dd>\n");
    }

    private static String colorClass(ExportDocument doc, Claim c) {
        Issue p = doc.primaryIssue(c);
        return p == null ? "in" : "i" + doc.taxonomy().issueIndex(p.id());
    }

    private static String esc(String s) {
        return Markup.escapeHtml(s);
    }
}
