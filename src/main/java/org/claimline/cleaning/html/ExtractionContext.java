package org.claimline.cleaning.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * State shared by the HTML steps of one page: the parsed document, the metadata found so far, the
 * elements chosen as the article, and what was cut out (left in the tree as placeholders so the removed
 * text keeps its place in document order).
 */
public final class ExtractionContext {
    static final String PLACEHOLDER_TAG = "cl-removed";

    private final Document document;
    private Article.Metadata metadata = Article.Metadata.empty();
    private final Map<Element, Block> removals = new IdentityHashMap<>();
    private final Set<Element> content = Collections.newSetFromMap(new IdentityHashMap<>());
    private List<Block> blocks = List.of();
    private String declaredBodyText;

    public ExtractionContext(Document document) {
        this.document = document;
    }

    public Document document() {
        return document;
    }

    public Article.Metadata metadata() {
        return metadata;
    }

    public void metadata(Article.Metadata m) {
        metadata = m;
    }

    /** The elements whose text is the article (the top candidate and the siblings merged with it). */
    public Set<Element> content() {
        return content;
    }

    /**
     * The article's text as the page declares it in JSON-LD ({@code articleBody}), or null: evidence to check the
     * chosen region against, never output by itself (it may be a teaser, stale, or lack the paragraph breaks).
     */
    public String declaredBodyText() {
        return declaredBodyText;
    }

    public void declaredBodyText(String text) {
        declaredBodyText = text;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public void blocks(List<Block> b) {
        blocks = b;
    }

    /**
     * Cuts {@code e} out of the tree, leaving a placeholder that remembers its text and the reason; short
     * texts (icons, single words) are dropped without a trace so the reader is not flooded with crumbs.
     */
    public void remove(Element e, String reason) {
        if (e.parent() == null) {
            return;
        }
        String text = BlockBuilderStep.containerText(e, this);
        if (text.length() < MIN_REMOVED_CHARS) {
            // replaced, not removed: removing shifts and re-indexes every later sibling, which made a page of
            // 100,000 siblings (a tree flattened at the parser's depth limit) quadratic
            e.replaceWith(new org.jsoup.nodes.TextNode(""));
            return;
        }
        Element ph = new Element(PLACEHOLDER_TAG);
        removals.put(ph, Block.removed(BlockBuilderStep.containerKind(e), text, reason));
        e.replaceWith(ph);
    }

    static final int MIN_REMOVED_CHARS = 20;

    /** The removed block a placeholder stands for, or null when {@code e} is not one of ours. */
    Block removal(Element e) {
        return removals.get(e);
    }
}
