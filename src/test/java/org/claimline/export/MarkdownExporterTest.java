package org.claimline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.claimline.model.Claim;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

class MarkdownExporterTest {
    private final ExportDocument doc = ExportFixture.document();
    private final String md = new MarkdownExporter().write(doc);

    @Test
    void groupsByIssueInTaxonomyOrderWithUnissuedLast() {
        List<String> groups = Arrays.stream(md.split("\n")).filter(l -> l.startsWith("## ")).toList();
        assertEquals(List.of("## GSOMIA (2)", "## Forced labor (1)", "## History \\<b\\>&\\</b\\> \"memory\" (3)",
                "## No issue (1)", "## Actors"), groups);
    }

    @Test
    void userTextCannotOpenStructure() {
        List<String> lines = Arrays.asList(md.split("\n"));
        // Only the exporter's own headings start with '#': title, groups, claims.
        long headings = lines.stream().filter(l -> l.startsWith("#")).count();
        assertEquals(1 + 5 + doc.claims().size(), headings);
        assertTrue(md.contains("- **Note:** \\# not a heading  \n  \\- not a list"));
        assertTrue(md.contains("  1\\. not numbered"));
        assertFalse(md.contains("<script>"), "raw HTML is escaped");
        assertTrue(md.contains("\\*Spread\\* to \\_economy\\_ \\[and\\] security"));
    }

    @Test
    void everyQuoteLineIsInTheBlockquote() {
        String block = md.substring(md.indexOf("### 3."), md.indexOf("- **Issues:** History"));
        List<String> quoteLines = Arrays.stream(block.split("\n")).skip(2).filter(l -> !l.isEmpty()).toList();
        assertEquals(List.of("> the spread of anti-Korean sentiment in Japan.", ">", "> Security and history", ">",
                "> The Korea-Japan relationship problems started from a history perspective"), quoteLines);
    }

    @Test
    void actorIndexListsClaimNumbers() {
        assertTrue(md.contains("- **Korea** (also ROK, Seoul): claims 1, 2, 5, 6\n"));
        assertTrue(md.contains("- **Japan**: claims 1, 3, 6\n"));
        assertFalse(md.contains("Moon Jae-in"), "unused actors are left out of the index");
    }

    @Test
    void copyAsMarkdownGivesOnlyTheSelectedClaimsInReadingOrder() {
        Claim five = doc.annotations().claim("c-script").orElseThrow();
        Claim one = doc.annotations().claim("c-gsomia").orElseThrow();
        String copy = new MarkdownExporter().copyClaims(doc, List.of(five, one));
        assertTrue(copy.startsWith("### 1. Korea ended"));
        assertTrue(copy.indexOf("### 5.") > copy.indexOf("### 1."));
        assertFalse(copy.contains("### 2."));
        assertTrue(copy.endsWith("— from How to restore relations between Korea and Japan (korea-japan-relations.txt)\n"));
    }

    @Test
    void aCommonMarkReaderSeesOnlyTheExportersStructure() {
        Node root = Parser.builder().build().parse(md);
        List<String> headings = new ArrayList<>();
        int[] counts = new int[3];   // blockquotes, raw HTML, links
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading h) {
                headings.add(h.getLevel() + ":" + textOf(h));
                visitChildren(h);
            }

            @Override
            public void visit(BlockQuote q) {
                counts[0]++;
                visitChildren(q);
            }

            @Override
            public void visit(HtmlInline h) {
                counts[1]++;
            }

            @Override
            public void visit(HtmlBlock h) {
                counts[1]++;
            }

            @Override
            public void visit(Link l) {
                counts[2]++;
            }
        });
        assertEquals(1 + 5 + doc.claims().size(), headings.size(), headings.toString());
        assertTrue(headings.contains("2:History <b>&</b> \"memory\" (3)"), headings.toString());
        assertTrue(headings.contains("3:4. *Spread* to _economy_ [and] security"), headings.toString());
        assertEquals(doc.claims().size(), counts[0], "one blockquote per claim, multi-line quotes included");
        assertEquals(0, counts[1], "no raw HTML reaches the reader");
        assertEquals(0, counts[2], "no links");
        String html = HtmlRenderer.builder().build().render(root);
        assertTrue(html.contains("<strong>Note:</strong> # not a heading<br />\n- not a list</p>\n"
                + "<p>indented line<br />\n1. not numbered</p>\n</li>"), "the note stays in its list item, no code block");
    }

    private static String textOf(Node n) {
        StringBuilder sb = new StringBuilder();
        n.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                sb.append(t.getLiteral());
            }
        });
        return sb.toString();
    }

    @Test
    void escapesLineStartMarkers() {
        assertEquals("\\# x", MarkdownExporter.block("# x"));
        assertEquals("\\> x", MarkdownExporter.block("> x"));
        assertEquals("12\\. x", MarkdownExporter.block("12. x"));
        assertEquals("\\===", MarkdownExporter.block("===")); // no longer a setext underline
        assertEquals("plain 1. text", MarkdownExporter.block("plain 1. text"));
    }
}
