package org.claimline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Claim;
import org.claimline.model.Issue;
import org.claimline.model.Taxonomy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportExporterTest {
    private static final Set<String> TAGS = Set.of("html", "head", "meta", "title", "style", "body", "header", "h1",
            "h2", "p", "div", "article", "aside", "mark", "sup", "a", "ul", "ol", "li", "span", "blockquote", "dl", "dt",
            "dd", "footer", "pre", "#root");
    private static final Set<String> ATTRIBUTES = Set.of("lang", "charset", "name", "content", "class", "id", "title", "href");
    private static final Pattern HREF = Pattern.compile("#(claim|mark)-\\d+");

    private final ExportDocument doc = ExportFixture.document();
    private final Document html = Jsoup.parse(new HtmlReportExporter().write(doc));

    @Test
    void userTextNeverBecomesMarkup() {
        for (Element e : html.getAllElements()) {
            assertTrue(TAGS.contains(e.normalName()), "unexpected element " + e.normalName());
            for (Attribute a : e.attributes()) {
                assertTrue(ATTRIBUTES.contains(a.getKey()), "unexpected attribute " + a.getKey() + " on " + e.normalName());
                if (a.getKey().equals("href")) {
                    assertTrue(HREF.matcher(a.getValue()).matches(), a.getValue());
                }
                if (a.getKey().equals("class") || a.getKey().equals("id")) {
                    assertTrue(a.getValue().matches("[a-z0-9 -]+"), a.getValue());
                }
            }
        }
        assertTrue(html.select("script, img").isEmpty());
        assertTrue(html.text().contains("<script>alert(\"x\")</script>"), "the hostile quote is shown as text");
        assertTrue(html.text().contains("<img src=x onerror=alert(1)> \"quoted\", with commas"));
        assertTrue(html.text().contains("History <b>&</b> \"memory\""));
    }

    @Test
    void invalidColoursNeverReachTheStyleSheet() {
        String css = html.select("style").html();
        assertFalse(css.contains("display:none"), "a colour value must not inject CSS");
        assertTrue(css.contains("background: #e53935"), "valid colours are used");
        for (String hex : css.split("#")) {
            // every '#' in the style sheet starts a 6-digit colour
            assertTrue(css.startsWith(hex) || hex.matches("(?s)([0-9a-f]{3}){1,2}\\b.*"), hex.substring(0, Math.min(20, hex.length())));
        }
    }

    @Test
    void claimsAndMarksAreLinkedBothWays() {
        for (Claim c : doc.claims()) {
            int n = doc.numberOf(c);
            Element item = html.getElementById("claim-" + n);
            assertNotNull(item, "list entry for claim " + n);
            Element mark = html.getElementById("mark-" + n);
            if (c.range() == null) {
                assertTrue(mark == null, "an orphan has no mark");
                assertTrue(item.text().contains("Not found"));
                continue;
            }
            assertNotNull(mark, "mark for claim " + n);
            assertEquals("mark", mark.normalName());
            assertEquals(1, item.select("a[href=#mark-" + n + "]").size());
            assertEquals(1, html.select("article a[href=#claim-" + n + "]").size(), "one reference in the text");
        }
    }

    @Test
    void overlappingClaimsNestAndCoverExactlyTheirText() {
        String text = doc.article().text();
        for (Claim c : doc.claims()) {
            if (c.range() == null) {
                continue;
            }
            String summary = c.summary();
            // The claim's marks, in document order, together hold its passage (block breaks aside).
            StringBuilder covered = new StringBuilder();
            for (Element m : html.select("article mark")) {
                if (isMarkOf(m, c, doc)) {
                    covered.append(m.wholeText());
                }
            }
            String expected = text.substring(c.range().start(), c.range().end()).replace("\n", "");
            assertEquals(expected, covered.toString(), "claim " + doc.numberOf(c) + " " + summary);
        }
        Element nested = html.getElementById("mark-2");
        assertEquals("mark", nested.parent().normalName(), "the nested claim sits inside its container's mark");
    }

    /** In the fixture no two claims share colour class and title, so those identify a claim's marks. */
    private static boolean isMarkOf(Element m, Claim c, ExportDocument doc) {
        Element first = m.ownerDocument().getElementById("mark-" + doc.numberOf(c));
        return first != null && m.className().equals(first.className()) && m.attr("title").equals(first.attr("title"));
    }

    @Test
    void documentIsSelfContainedAndPrintable() {
        String raw = new HtmlReportExporter().write(doc);
        assertFalse(raw.contains("<script"), "no scripts");
        Document d = Jsoup.parse(raw);
        assertTrue(d.select("[src], link, iframe, object, embed").isEmpty(), "no external resources");
        assertFalse(d.select("style").html().matches("(?s).*(url\\(|@import).*"), "no external style resources");
        assertTrue(raw.contains("@media print"));
    }

    @Test
    void emptyDocumentStillRenders() {
        ExportDocument empty = new ExportDocument("x.txt", ExportFixture.article(),
                AnnotationSet.empty(new Taxonomy(List.of(new Issue("a", "A", "#000000")), List.of())));
        Document d = Jsoup.parse(new HtmlReportExporter().write(empty));
        assertEquals(0, d.select("mark").size());
        assertTrue(d.select("h2").first().text().startsWith("Claims (0)") || d.text().contains("Claims (0)"));
    }
}
