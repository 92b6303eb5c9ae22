package org.claimline.cleaning.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Blocks inside a post that carry links and are still its text, which the conditional cleaning would otherwise cut
 * as "mostly links": judged by their shape and their place among the post's paragraphs, never by their words.
 */
final class PostBlocks {
    /** A sentence ends: a full stop, question or exclamation mark, maybe a closing quote, then a space or the end. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201d\u2019)]?( |$)");
    private static final double PARAGRAPH_LINK_DENSITY = 0.5;
    private static final int PARAGRAPH_OWN_TEXT = 50;
    private static final int PARAGRAPH_WORDS = 8;
    private static final int MIN_PARAGRAPH = 25;

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
        return Texts.wordCount(text) >= PARAGRAPH_WORDS && SENTENCE_END.matcher(text).find();
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
