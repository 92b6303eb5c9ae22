package org.claimline.cleaning.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A river of teaser cards inside the chosen region: three or more sibling boxes, each a headline that is a link on a
 * line of its own (a heading, a block holding nothing but the link) over a little more text (a date, a summary, a
 * byline), the whole box short. They point to other articles ("Latest stories", a column of related pieces beside
 * the article in the same layout cell) and are none of this one. A link roundup's items, where the comment follows
 * the link in the same line, are no cards.
 */
final class TeaserCards {
    static final String REASON = "teaser cards";
    /** A card is short: a headline and a summary of a sentence or two. */
    static final int MAX_CARD = 500;
    static final int MIN_HEADLINE = 15;
    /** Besides its headline a card holds at least this much text (a date, a summary). */
    static final int MIN_REST = 10;
    static final int MIN_CARDS = 3;
    /** The region keeps at least this much text outside the cards (a list of cards alone is an index page). */
    static final int MIN_LEFT = 200;
    static final double MIN_LEFT_SHARE = 0.2;
    private static final Set<String> INLINE = Set.of("a", "span", "strong", "em", "b", "i", "font", "u", "small", "big",
            "abbr", "cite", "time", "sup", "sub");

    private TeaserCards() {
    }

    /** Removes the cards from the chosen region, made of one element or of several siblings. */
    static void remove(ExtractionContext ctx, List<Element> content, NodeStats stats) {
        int regionLen = 0;
        for (Element c : content) {
            regionLen += stats.get(c).textLen;
        }
        int[] left = {regionLen};
        for (Element c : content) {
            remove(ctx, c, stats, regionLen, left);
        }
    }

    private static void remove(ExtractionContext ctx, Element root, NodeStats stats, int rootLen, int[] left) {
        List<Element> cut = new ArrayList<>();
        for (Element parent : root.getAllElements()) {
            if (parent.childrenSize() < MIN_CARDS || stats.get(parent).textLen < MIN_CARDS * MIN_HEADLINE) {
                continue;
            }
            if (!cut.isEmpty() && insideAny(parent, cut)) {
                continue;
            }
            int cards = 0;
            int others = 0;
            int cardLen = 0;
            for (Element c : parent.children()) {
                int len = stats.get(c).textLen;
                if (len < 20) {
                    continue;
                }
                if (isCard(c, len, stats)) {
                    cards++;
                    cardLen += len;
                } else {
                    others++;
                }
            }
            if (cards < MIN_CARDS || cards < 2 * others) {
                continue;
            }
            if (left[0] - cardLen < Math.max(MIN_LEFT, MIN_LEFT_SHARE * rootLen)) {
                continue;
            }
            left[0] -= cardLen;
            for (Element c : new ArrayList<>(parent.children())) {
                int len = stats.get(c).textLen;
                if (len >= 20 && isCard(c, len, stats)) {
                    cut.add(c);
                }
            }
        }
        for (Element c : cut) {
            ctx.remove(c, REASON);
        }
    }

    private static boolean insideAny(Element e, List<Element> cut) {
        for (Element p = e; p != null; p = p.parent()) {
            for (Element c : cut) {
                if (c == p) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A headline link alone in its block, then some more text, all short. */
    static boolean isCard(Element card, int len, NodeStats stats) {
        if (len > MAX_CARD) {
            return false;
        }
        TextNode first = firstText(card);
        if (first == null) {
            return false;
        }
        Element link = null;
        for (Element p = first.parent(); p != null && p != card; p = p.parent()) {
            if ("a".equals(p.normalName())) {
                link = p;
                break;
            }
        }
        if (link == null) {
            return headingOverLink(card, first, len, stats);
        }
        Element block = link.parent();
        while (block != null && block != card && INLINE.contains(block.normalName())) {
            block = block.parent();
        }
        if (block == null || block == card) {
            return false;
        }
        int headline = stats.get(link).textLen;
        int blockLen = stats.get(block).textLen;
        return headline >= MIN_HEADLINE && blockLen <= headline + 3 && len - blockLen >= MIN_REST;
    }

    /** A headline heading that is no link over a summary that links to the story ("… Read more"). */
    private static boolean headingOverLink(Element card, TextNode first, int len, NodeStats stats) {
        Element h = first.parent();
        while (h != null && h != card && INLINE.contains(h.normalName())) {
            h = h.parent();
        }
        if (h == null || h == card || !HEADINGS.contains(h.normalName())) {
            return false;
        }
        int headLen = stats.get(h).textLen;
        if (headLen < MIN_HEADLINE || len - headLen < MIN_REST) {
            return false;
        }
        for (Element a : card.getElementsByTag("a")) {
            if (!StructuredEvidence.isAncestor(h, a) && stats.get(a).textLen > 0) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private static TextNode firstText(Element e) {
        Node n = e;
        while (n != null) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return t;
            }
            if (n.childNodeSize() > 0) {
                n = n.childNode(0);
                continue;
            }
            while (n != e && n.nextSibling() == null) {
                n = n.parentNode();
            }
            if (n == e) {
                return null;
            }
            n = n.nextSibling();
        }
        return null;
    }
}
