package org.claimline.cleaning.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length, link text, commas and tag counts of every element under a root, computed in one
 * iterative pass (bottom-up sums) so scoring never re-reads a subtree's text: quadratic work and deep
 * recursion both stay out.
 */
final class NodeStats {
    /** Sums over one element's subtree. Text lengths count characters of whitespace-collapsed text. */
    static final class Stats {
        int textLen;
        int linkLen;
        int commas;
        int headingLen;
        int listItemLen;
        int paragraphs;
        int listItems;
        int images;
        int inputs;
        int embeds;
        int codes;
        int quotes;
        boolean pendingSpace;

        double linkDensity() {
            return textLen == 0 ? 0 : (double) linkLen / textLen;
        }

        void add(Stats c) {
            textLen += c.textLen;
            linkLen += c.linkLen;
            commas += c.commas;
            headingLen += c.headingLen;
            listItemLen += c.listItemLen;
            paragraphs += c.paragraphs;
            listItems += c.listItems;
            images += c.images;
            inputs += c.inputs;
            embeds += c.embeds;
            codes += c.codes;
            quotes += c.quotes;
        }
    }

    private static final Stats EMPTY = new Stats();

    private final Map<Element, Stats> stats = new IdentityHashMap<>();

    private NodeStats() {
    }

    static NodeStats of(Element root) {
        NodeStats ns = new NodeStats();
        Deque<Stats> stack = new ArrayDeque<>();
        int[] linkDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    stack.push(new Stats());
                    if ("a".equals(e.normalName())) {
                        linkDepth[0]++;
                    }
                } else if (node instanceof TextNode t && !stack.isEmpty()) {
                    count(t.getWholeText(), stack.peek(), linkDepth[0] > 0);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                Stats s = stack.pop();
                switch (e.normalName()) {
                    case "a" -> linkDepth[0]--;
                    case "p" -> s.paragraphs++;
                    case "li" -> {
                        s.listItems++;
                        s.listItemLen = s.textLen;
                    }
                    case "img", "picture" -> s.images++;
                    case "input", "textarea", "select", "button" -> s.inputs++;
                    case "object", "embed", "iframe", "video", "audio" -> s.embeds++;
                    case "pre", "code" -> s.codes++;
                    case "blockquote" -> s.quotes++;
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> s.headingLen = s.textLen;
                    default -> { }
                }
                ns.stats.put(e, s);
                if (!stack.isEmpty()) {
                    stack.peek().add(s);
                }
            }
        }, root);
        return ns;
    }

    private static void count(String text, Stats s, boolean inLink) {
        int len = 0;
        int commas = 0;
        boolean space = s.pendingSpace;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Texts.isSpace(c)) {
                space = true;
                continue;
            }
            if (space && (s.textLen > 0 || len > 0)) {
                len++;
            }
            space = false;
            len++;
            if (c == ',' || c == '\u060c' || c == '\ufe50' || c == '\ufe10' || c == '\ufe11' || c == '\u2e41'
                    || c == '\u2e34' || c == '\u2e32' || c == '\uff0c') {
                commas++;
            }
        }
        s.pendingSpace = space;
        s.textLen += len;
        s.commas += commas;
        if (inLink) {
            s.linkLen += len;
        }
    }

    Stats get(Element e) {
        Stats s = stats.get(e);
        return s == null ? EMPTY : s;
    }
}
