package org.claimline.cleaning.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Readability's content scoring: every paragraph-like element scores by commas and length, the score
 * flows to its parent, grandparent and (diminishing) further ancestors, each candidate is discounted by
 * its link density, the best one wins, related siblings are merged, and containers inside it that look
 * like link lists, forms or image galleries are cut (conditional cleaning).
 */
public final class ContentScoringStep {
    private static final Set<String> SCORED = Set.of("p", "td", "pre", "section", "h2", "h3", "h4", "h5", "h6");
    static final Set<String> BLOCK_CHILDREN = Set.of("a", "blockquote", "dl", "div", "img", "ol", "p", "pre",
            "table", "ul", "section", "article", "header", "footer", "figure", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> CONDITIONAL = Set.of("form", "fieldset", "table", "ul", "ol", "div", "section");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    private static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final int MIN_TOP_CANDIDATES = 3;
    private static final int DECLARED_MIN_TEXT = 200;
    /** A list whose items are mostly link text is a teaser list (more news, read next), as trafilatura judges. */
    private static final int LINK_LIST_ITEMS = 3;
    private static final double LINK_LIST_DENSITY = 0.6;

    private final boolean cleanConditionally;

    public ContentScoringStep(boolean cleanConditionally) {
        this.cleanConditionally = cleanConditionally;
    }

    public void apply(ExtractionContext ctx) {
        Element body = ctx.document().body();
        if (body == null) {
            return;
        }
        NodeStats stats = NodeStats.of(body);
        Map<Element, Double> scores = score(body, stats);
        Element declared = declaredBody(body, stats);
        List<Element> content = declared != null ? List.of(declared)
                : withSiblings(topCandidate(body, scores, stats), scores, stats);
        if (declared == null) {
            content = bySingleArticle(content, StructuredEvidence.singleArticle(body, stats));
            content = StructuredEvidence.byTitleAnchor(content, body, stats, ctx.metadata().title(),
                    TitleStep.documentTitle(ctx.document()));
        }
        List<Element> candidates = new ArrayList<>(scores.keySet());
        candidates.addAll(body.select("article, [itemprop=articleBody], [itemprop=articlebody]"));
        content = StructuredEvidence.crossCheck(content, candidates, stats, ctx.declaredBodyText());
        ctx.content().addAll(content);
        if (cleanConditionally) {
            TeaserCards.remove(ctx, content, stats);
            for (Element c : content) {
                cleanConditionally(ctx, c, stats);
            }
        }
    }

    private Map<Element, Double> score(Element body, NodeStats stats) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            if (!isScored(e)) {
                int[] own = ownInlineText(e, stats);
                if (own[0] >= MIN_PARAGRAPH && isContainer(e)) {
                    // loose text between blocks is a paragraph written without <p>: it belongs to e itself
                    addScore(scores, e, 1 + own[1] + Math.min(own[0] / 100, 3));
                }
                continue;
            }
            NodeStats.Stats s = stats.get(e);
            if (s.textLen < MIN_PARAGRAPH || e.parent() == null) {
                continue;
            }
            addScore(scores, e.parent(), 1 + s.commas + Math.min(s.textLen / 100, 3));
        }
        scores.replaceAll((e, v) -> v * (1 - stats.get(e).linkDensity()));
        return scores;
    }

    private static boolean isContainer(Element e) {
        String t = e.normalName();
        return "div".equals(t) || "section".equals(t) || "article".equals(t) || "main".equals(t) || "td".equals(t);
    }

    /** Length and commas of e's direct text and inline children (what Readability wraps into a new p). */
    private static int[] ownInlineText(Element e, NodeStats stats) {
        int len = 0;
        int commas = 0;
        for (org.jsoup.nodes.Node n : e.childNodes()) {
            if (n instanceof org.jsoup.nodes.TextNode t) {
                String x = Texts.normalize(t.getWholeText());
                len += x.length();
                commas += Texts.countChar(x, ',');
            } else if (n instanceof Element c && !BLOCK_CHILDREN.contains(c.normalName())
                    && !"br".equals(c.normalName())) {
                NodeStats.Stats cs = stats.get(c);
                len += cs.textLen - cs.linkLen;
                commas += cs.commas;
            }
        }
        return new int[] {len, commas};
    }

    private static void addScore(Map<Element, Double> scores, Element first, double score) {
        Element a = first;
        for (int level = 0; level < ANCESTOR_LEVELS && a != null; level++, a = a.parent()) {
            if (!scores.containsKey(a)) {
                scores.put(a, initialScore(a));
            }
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.put(a, scores.get(a) + score / divider);
        }
    }

    private static boolean isScored(Element e) {
        String tag = e.normalName();
        if (SCORED.contains(tag)) {
            return true;
        }
        if (!"div".equals(tag)) {
            return false;
        }
        for (Element c : e.children()) {
            if (BLOCK_CHILDREN.contains(c.normalName())) {
                return false;
            }
        }
        return true;
    }

    private static double initialScore(Element e) {
        double base = switch (e.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + ClassWeights.weight(e);
    }

    /**
     * The one element the page marks as the article body (schema.org {@code itemprop=articleBody}), when it
     * holds real text: the publisher's own statement beats any layout guess.
     */
    private static Element declaredBody(Element body, NodeStats stats) {
        List<Element> marked = body.select("[itemprop=articleBody], [itemprop=articlebody]");
        if (marked.size() != 1) {
            return null;
        }
        Element e = marked.get(0);
        NodeStats.Stats s = stats.get(e);
        return s.textLen >= DECLARED_MIN_TEXT && s.linkDensity() < 0.5 ? e : null;
    }

    /**
     * A single {@code <article>} holding most of the page's prose against a layout guess elsewhere: a region outside
     * it (a sidebar, a footer) or around it (the article with the page's columns) gives way to the article itself.
     * A region inside it stays: the layout guess there is the finer one.
     */
    private static List<Element> bySingleArticle(List<Element> content, Element article) {
        if (article == null) {
            return content;
        }
        boolean inside = false;
        for (Element c : content) {
            inside |= c == article || StructuredEvidence.isAncestor(article, c);
        }
        return inside ? content : List.of(article);
    }

    private Element topCandidate(Element body, Map<Element, Double> scores, NodeStats stats) {
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<Element, Double>comparingByValue(Comparator.reverseOrder()));
        if (ranked.isEmpty()) {
            return body;
        }
        Element top = ranked.get(0).getKey();
        double topScore = ranked.get(0).getValue();
        if (top == body || top.normalName().equals("html")) {
            return body;
        }
        // several near-equal candidates under one ancestor: the ancestor is the article (split layouts)
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(5, ranked.size()); i++) {
            if (ranked.get(i).getValue() / topScore >= 0.75) {
                alternatives.add(ranked.get(i).getKey());
            }
        }
        if (alternatives.size() >= MIN_TOP_CANDIDATES) {
            for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
                int containing = 0;
                for (Element alt : alternatives) {
                    if (isAncestor(p, alt)) {
                        containing++;
                    }
                }
                if (containing >= MIN_TOP_CANDIDATES) {
                    top = p;
                    break;
                }
            }
        }
        if (!scores.containsKey(top)) {
            scores.put(top, initialScore(top));
        }
        double last = scores.get(top);
        double threshold = last / 3;
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            Double ps = scores.get(p);
            if (ps == null) {
                continue;
            }
            if (ps < threshold) {
                break;
            }
            if (ps > last) {
                top = p;
                break;
            }
            last = ps;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private List<Element> withSiblings(Element top, Map<Element, Double> scores, NodeStats stats) {
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element s : parent.children()) {
            if (s == top) {
                out.add(s);
                continue;
            }
            double bonus = !top.className().isBlank() && top.className().equals(s.className()) ? topScore * 0.2 : 0;
            Double score = scores.get(s);
            if (stats.get(s).linkDensity() > 0.5) {
                continue;
            }
            if (score != null && score + bonus >= threshold) {
                out.add(s);
            } else if ("p".equals(s.normalName())) {
                NodeStats.Stats st = stats.get(s);
                double ld = st.linkDensity();
                if (st.textLen > 80 && ld < 0.25
                        || st.textLen < 80 && st.textLen > 0 && ld == 0 && SENTENCE_END.matcher(s.text()).find()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** Readability's cleanConditionally, innermost first so an outer list is judged after its parts. */
    private void cleanConditionally(ExtractionContext ctx, Element root, NodeStats stats) {
        List<Element> all = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (CONDITIONAL.contains(e.normalName()) && e != root) {
                all.add(e);
            }
        }
        int rootLen = stats.get(root).textLen;
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            if (stats.get(e).textLen * 2 > rootLen) {
                // the wrapper holding most of the article is the article, whatever its class says
                continue;
            }
            String reason = conditionalReason(e, stats);
            if (reason != null) {
                ctx.remove(e, reason);
            }
        }
    }

    private static String conditionalReason(Element e, NodeStats stats) {
        String tag = e.normalName();
        NodeStats.Stats s = stats.get(e);
        boolean isList = "ul".equals(tag) || "ol".equals(tag) || s.textLen > 0 && (double) s.listItemLen / s.textLen > 0.9;
        if (s.codes > 0 || "table".equals(tag) && isDataTable(e, s) || insideTable(e)) {
            return null;
        }
        int weight = ClassWeights.weight(e);
        if (weight < 0) {
            return "low-value block (" + Texts.normalize(ClassWeights.classAndId(e)) + ")";
        }
        if (s.commas >= 10) {
            return null;
        }
        int p = s.paragraphs;
        int img = s.images;
        int li = s.listItems - 100;
        double headingDensity = s.textLen == 0 ? 0 : (double) s.headingLen / s.textLen;
        double ld = s.linkDensity();
        boolean inFigure = e.closest("figure") != null;
        if (img > 1 && (double) p / img < 0.5 && !inFigure) {
            return "image gallery";
        }
        if (!isList && li > p) {
            return "list of links";
        }
        if (s.inputs > p / 3) {
            return "form";
        }
        if (!isList && headingDensity < 0.9 && s.textLen < MIN_PARAGRAPH && (img == 0 || img > 2) && !inFigure
                && s.textLen > 0) {
            return "too short";
        }
        if (!isList && weight < 25 && ld > 0.2 && !PostBlocks.linkedParagraph(e, s) || weight >= 25 && ld > 0.5
                || isList && s.listItems >= LINK_LIST_ITEMS && ld > LINK_LIST_DENSITY && !PostBlocks.postList(e, stats)) {
            return "mostly links";
        }
        if (s.embeds == 1 && s.textLen < 75 || s.embeds > 1) {
            return "embedded media";
        }
        return null;
    }

    private static boolean insideTable(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if ("table".equals(p.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** A table of data (header cells, a caption, or a real grid) rather than a layout table. */
    private static boolean isDataTable(Element table, NodeStats.Stats s) {
        if ("presentation".equals(table.attr("role"))) {
            return false;
        }
        if (table.selectFirst("caption, th, thead, colgroup") != null) {
            return true;
        }
        if (table.selectFirst("table") != null) {
            return false;
        }
        int rows = table.select("tr").size();
        return rows >= 10 || rows * columns(table) > 10;
    }

    private static int columns(Element table) {
        Element tr = table.selectFirst("tr");
        return tr == null ? 0 : tr.select("td").size();
    }
}
