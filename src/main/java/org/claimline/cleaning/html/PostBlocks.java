package org.claimline.cleaning.html;

import org.jsoup.nodes.Element;

/**
 * Blocks inside a post that carry links and are still its text, which the conditional cleaning would otherwise cut
 * as "mostly links": judged by their shape and their place among the post's paragraphs, never by their words.
 */
final class PostBlocks {
    private static final double PARAGRAPH_LINK_DENSITY = 0.5;
    private static final int PARAGRAPH_OWN_TEXT = 50;
    private static final int PARAGRAPH_WORDS = 8;
    private static final int MIN_PARAGRAPH = 25;
    /** Characters outside its link that make a list item say something of its own ("– 15.7%", "(normally $180)"). */
    private static final int ITEM_REMARK = 5;

    private PostBlocks() {
    }

    /**
     * A {@code <div>} holding no block, only a sentence or more with a link in it, between two paragraphs: a paragraph
     * written without {@code <p>} (Readability turns such a div into one before its cleaning). A link in a sentence
     * makes no link list.
     */
    static boolean linkedParagraph(Element e, NodeStats.Stats s) {
        if (!"div".equals(e.normalName()) || s.linkDensity() > PARAGRAPH_LINK_DENSITY
                || s.textLen - s.linkLen < PARAGRAPH_OWN_TEXT || !inlineOnly(e)
                || !isParagraph(neighbour(e, -1)) || !isParagraph(neighbour(e, 1))) {
            return false;
        }
        String text = e.text();
        return Texts.wordCount(text) >= PARAGRAPH_WORDS && StructuredEvidence.SENTENCE_STOP.matcher(text).find();
    }

    /**
     * A list the post leads into (a paragraph ending in a colon: "Other deals:") or that sits between its paragraphs
     * (or a paragraph and the next section's heading), two in three of whose items say something beside their link (a
     * price, a figure, a line of comment): the post's own list. A related-links list's items are their links alone.
     */
    static boolean postList(Element list, NodeStats stats) {
        String tag = list.normalName();
        if (!"ul".equals(tag) && !"ol".equals(tag)) {
            return false;
        }
        int items = 0;
        int remarked = 0;
        for (Element li : list.children()) {
            if ("li".equals(li.normalName())) {
                items++;
                NodeStats.Stats s = stats.get(li);
                if (s.textLen - s.linkLen >= ITEM_REMARK) {
                    remarked++;
                }
            }
        }
        if (items == 0 || remarked * 3 < items * 2) {
            return false;
        }
        Element before = neighbour(list, -1);
        if (before != null && "p".equals(before.normalName()) && before.text().endsWith(":")) {
            return true;
        }
        Element after = neighbour(list, 1);
        return isParagraph(before) && (isParagraph(after) || after != null && isSectionHeading(after));
    }

    private static boolean isSectionHeading(Element e) {
        String t = e.normalName();
        return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '2' && t.charAt(1) <= '6';
    }

    /** Whether e holds nothing but text, inline elements and links: a paragraph's content. */
    private static boolean inlineOnly(Element e) {
        for (Element c : e.children()) {
            if (ContentScoringStep.BLOCK_CHILDREN.contains(c.normalName()) && !"a".equals(c.normalName())) {
                return false;
            }
        }
        return true;
    }

    /** The nearest sibling holding text before ({@code step} -1) or after (+1) e, or null. */
    private static Element neighbour(Element e, int step) {
        Element parent = e.parent();
        if (parent == null) {
            return null;
        }
        for (int i = e.elementSiblingIndex() + step; i >= 0 && i < parent.childrenSize(); i += step) {
            Element sib = parent.child(i);
            if (sib.hasText()) {
                return sib;
            }
        }
        return null;
    }

    /** A {@code <p>}, or a {@code <div>} written as one, of a paragraph's length. */
    private static boolean isParagraph(Element e) {
        return e != null && ("p".equals(e.normalName()) || "div".equals(e.normalName()) && inlineOnly(e))
                && e.text().length() >= MIN_PARAGRAPH;
    }
}
