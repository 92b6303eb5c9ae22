package org.claimline.cleaning;

import org.claimline.cleaning.html.BlockBuilderStep;
import org.claimline.cleaning.html.BoilerplateRemovalStep;
import org.claimline.cleaning.html.ContentScoringStep;
import org.claimline.cleaning.html.HeadlineCheck;
import org.claimline.cleaning.html.ExtractionContext;
import org.claimline.cleaning.html.MetadataStep;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts the article from a saved HTML page: metadata, boilerplate removal, Readability-style content
 * scoring, then blocks. When the strict pass yields too little text (pages whose content sits in
 * containers with suspicious names), the page is extracted again leniently and the longer result kept,
 * as Readability does.
 */
public final class HtmlExtractor {
    /** Below this many characters of body text the strict pass is distrusted. */
    static final int MIN_TEXT = 500;

    /** Depth of the element tree kept by the parser on ordinary pages (browsers cap it at 512 as well). */
    static final int MAX_DEPTH = 512;
    /** Depth kept on pages with runaway unclosed containers: deeper elements become siblings. */
    static final int RUNAWAY_DEPTH = 32;
    /** More containers left open than this marks a page as runaway (real pages leave a handful open). */
    static final int RUNAWAY_UNCLOSED = 256;

    /**
     * The parser for a page. The HTML parser checks the stack of open elements for each start tag, so a page
     * of thousands of unclosed {@code <div>}s costs time in proportion to its size times the depth kept; a
     * linear pre-scan counts containers opened but never closed and keeps such a page shallow.
     */
    static Parser parserFor(String html) {
        return Parser.htmlParser().setMaxDepth(unclosedContainers(html) > RUNAWAY_UNCLOSED ? RUNAWAY_DEPTH : MAX_DEPTH);
    }

    /** Start tags minus end tags of elements that the parser never closes implicitly. */
    static int unclosedContainers(String html) {
        int open = 0;
        int n = html.length();
        for (int i = html.indexOf('<'); i >= 0 && i + 2 < n; i = html.indexOf('<', i + 1)) {
            boolean end = html.charAt(i + 1) == '/';
            int start = end ? i + 2 : i + 1;
            int j = start;
            while (j < n && j - start < 8 && Character.isLetter(html.charAt(j))) {
                j++;
            }
            if (j == start || j < n && Character.isLetterOrDigit(html.charAt(j))) {
                continue;
            }
            switch (html.substring(start, j).toLowerCase(java.util.Locale.ROOT)) {
                case "div", "span", "section", "article", "font", "b", "i", "em", "strong", "a", "aside", "main",
                        "blockquote", "center", "nav", "header", "footer", "form", "table" -> open += end ? -1 : 1;
                default -> {
                }
            }
        }
        return open;
    }

    /**
     * Past this many elements a page is not an article page a person wrote (a runaway generator, a hostile
     * file): it is read as text, one line per block, by one linear walk, and cleaned as a text dump, so that
     * cleaning time stays in proportion to the input however the markup is shaped.
     */
    static final int MAX_ELEMENTS = 60_000;

    public Article extract(String html) {
        html = closeRunawayTitle(html);
        Document doc = Jsoup.parse(html, "", parserFor(html));
        if (doc.getAllElements().size() > MAX_ELEMENTS) {
            String lines = blockLines(doc);
            doc = null; // the tree of a runaway page is several times its size: let it go before the text is cleaned
            return new TextDumpCleaner().clean(lines);
        }
        Article strict = extract(html, true);
        if (strict.text().length() >= MIN_TEXT) {
            return strict;
        }
        Article lenient = extract(html, false);
        return lenient.text().length() > strict.text().length() ? lenient : strict;
    }

    /**
     * A page whose {@code </title>} is missing or garbled ("</titavaScript" in a damaged save) would have its whole
     * body read as the title's text, as a browser would: the title is closed at the end of its line or at the next
     * tag, whichever comes first, since a title never spans the page's markup.
     */
    static String closeRunawayTitle(String html) {
        int open = indexOfIgnoreCase(html, "<title", 0);
        if (open < 0 || indexOfIgnoreCase(html, "</title>", open) >= 0) {
            return html;
        }
        int tagEnd = html.indexOf('>', open);
        int lineEnd = tagEnd < 0 ? -1 : html.indexOf('\n', tagEnd);
        int nextTag = tagEnd < 0 ? -1 : html.indexOf('<', tagEnd);
        int end = lineEnd < 0 ? nextTag : nextTag < 0 ? lineEnd : Math.min(lineEnd, nextTag);
        if (end < 0) {
            return html;
        }
        return html.substring(0, end) + "</title>" + html.substring(end);
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        int n = what.length();
        for (int i = s.indexOf('<', from); i >= 0 && i + n <= s.length(); i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, what, 0, n)) {
                return i;
            }
        }
        return -1;
    }

    /** The document's text with a line break at every block element, by one non-recursive walk. */
    static String blockLines(Document doc) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && (e.isBlock() || "br".equals(e.normalName()))) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    out.append('\n');
                }
            }
        }, doc.body() == null ? doc : doc.body());
        return out.toString();
    }

    private static Article extract(String html, boolean strict) {
        ExtractionContext ctx = new ExtractionContext(Jsoup.parse(html, "", parserFor(html)));
        new MetadataStep().apply(ctx);
        new BoilerplateRemovalStep(strict).apply(ctx);
        new ContentScoringStep(true).apply(ctx);
        new BlockBuilderStep().apply(ctx);
        HeadlineCheck.apply(ctx);
        Article.Metadata m = ctx.metadata();
        String caption = ctx.blocks().stream().filter(b -> b.isKept() && !b.kind().inText()).map(Block::text)
                .findFirst().orElse(null);
        return new Article(m.withLeadImageCaption(caption), ctx.blocks());
    }
}
