package org.claimline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimline.model.Actor;
import org.claimline.model.Anchor;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Claim;
import org.claimline.model.Issue;
import org.claimline.model.Stance;
import org.claimline.model.Taxonomy;
import org.claimline.model.TextRange;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Markdown export rendered as its readers render it, by two renderers: CommonMark (commonmark-java core)
 * and GitHub-flavoured (commonmark-java with GFM's autolinks, tables and strikethrough). For hostile user
 * text in every place user text goes (title, issue, actor, tag, summary, note, quote, file name), the page
 * shows exactly that text (HTML's whitespace folding aside; line breaks in one-line places read as spaces)
 * and only the exporter's own structure: its headings, one quote, one list, no links, images, HTML, tables,
 * code blocks or strike-through.
 */
class MarkdownRenderingTest {
    /** What people type that Markdown would read as markup; each line a trap of its own. */
    static final List<String> HOSTILE = List.of(
            "Tom &amp; Jerry &#x3C;b&#x3E; &copy; &#169; & plain &",
            "See https://example.org/a_b?x=1&y=2 and www.example.com, or mail a.b@example.org now",
            "<https://evil.example> and \\<already escaped\\> <b>bold</b> <!-- c -->",
            "<img src=x onerror=alert(1)> <script>alert(1)</script>",
            "*em* _em_ **strong** __strong__ ~~strike~~ ~one~ `code` ``two`` [link](http://x) ![img](y) [ref]",
            "a | b | c",
            "ends with a backslash \\",
            "50% #hashtag 1) not a list 2. neither ### closing ###",
            "multi\nline # heading\n- item\n+ plus\n* star\n1. one\n2) two\n> quote\n    indented code\n\tTab code\n"
                    + "```\nfence\n~~~\n| a | b |\n|---|---|\n***\n___\n===\nSetext\n---\n<div>html block</div>\n"
                    + "<!-- comment -->\n[ref]: http://x\n\r\rcarriage\r\nreturns");

    static List<String> hostile() {
        return HOSTILE;
    }

    private static final List<Extension> GFM = List.of(AutolinkExtension.create(), TablesExtension.create(),
            StrikethroughExtension.create());

    private static Document render(String md, boolean gfm) {
        List<Extension> ext = gfm ? GFM : List.of();
        String html = HtmlRenderer.builder().extensions(ext).build().render(Parser.builder().extensions(ext).build().parse(md));
        return Jsoup.parseBodyFragment(html);
    }

    /** What a reader sees: HTML folds every run of whitespace into one space. */
    private static String seen(String s) {
        return s.replace('\u00A0', ' ').replaceAll("[\\s\u0000]+", " ").strip();
    }

    private static ExportDocument documentWith(String s, String fileName) {
        String text = "Before. " + s + " After.";
        Article article = new Article(Article.Metadata.empty().withTitle(s), List.of(
                org.claimline.model.Block.kept(org.claimline.model.BlockKind.PARAGRAPH, text)));
        String t = article.text();
        int at = t.indexOf("Before. ") + "Before. ".length();
        Claim c = new Claim("c1", Anchor.exact(t, new TextRange(at, at + s.length())), s, List.of("i1"), List.of("a1"),
                Stance.SUPPORTS, s, List.of(s), null, null, null);
        Taxonomy tax = new Taxonomy(List.of(new Issue("i1", s, "#112233")), List.of(new Actor("a1", s, List.of())));
        return new ExportDocument(fileName, article, new AnnotationSet(tax, List.of(c)));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void bothRenderersShowExactlyTheTextAndOnlyOurStructure(String s) {
        String fileName = "evil\n<img src=x onerror=alert(1)>\u0007\u001b.txt";
        ExportDocument doc = documentWith(s, fileName);
        String md = new MarkdownExporter().write(doc);
        for (boolean gfm : List.of(false, true)) {
            String where = (gfm ? "GFM" : "CommonMark") + " for " + s.replace("\n", "⏎") + "\n" + md;
            Document page = render(md, gfm);
            assertEquals(0, page.select("a, img, script, table, del, pre, hr, ol, h4, h5, h6, div, s").size(), where);
            assertEquals(List.of("h1", "h2", "h3", "h2"), page.select("h1, h2, h3").stream().map(Element::tagName).toList(),
                    "title, issue, claim, actors: " + where);
            assertEquals(seen(s), seen(page.selectFirst("h1").text()), where);
            assertEquals(seen(s) + " (1)", seen(page.select("h2").get(0).text()), where);
            assertEquals("1. " + seen(s), seen(page.selectFirst("h3").text()), where);
            assertEquals(1, page.select("blockquote").size(), where);
            assertEquals(seen(s), seen(page.selectFirst("blockquote").text()), "the quote: " + where);
            assertEquals(2, page.select("ul").size(), "the claim's list and the actor index: " + where);
            List<String> items = page.select("ul").get(0).select("> li").stream().map(e -> seen(e.text())).toList();
            assertEquals(List.of("Actors: " + seen(s), "Stance: supports", "Note: " + seen(s), "Tags: " + seen(s)),
                    items, where);
            assertTrue(seen(page.selectFirst("p").text()).contains("Source: evil\u240A<img src=x onerror=alert(1)>\u2407\u241B.txt"),
                    "the file name with its control characters shown: " + where);
            assertEquals(seen(s) + ": claim 1", seen(page.select("ul").get(1).text()), where);
            // our own emphasis only: the list labels
            assertEquals(List.of("Actors:", "Stance:", "Note:", "Tags:", seen(s)),
                    page.select("strong").stream().map(e -> seen(e.text())).toList(), where);
            assertEquals(0, page.select("em").size(), where);
        }
    }
}
