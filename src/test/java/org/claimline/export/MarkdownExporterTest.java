package org.claimline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.claimline.model.Claim;
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
    void escapesLineStartMarkers() {
        assertEquals("\\# x", MarkdownExporter.block("# x"));
        assertEquals("\\> x", MarkdownExporter.block("> x"));
        assertEquals("12\\. x", MarkdownExporter.block("12. x"));
        assertEquals("\\===", MarkdownExporter.block("===")); // no longer a setext underline
        assertEquals("plain 1. text", MarkdownExporter.block("plain 1. text"));
    }
}
