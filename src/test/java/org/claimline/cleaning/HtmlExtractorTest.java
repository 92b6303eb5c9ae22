package org.claimline.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.BlockKind;
import org.claimline.model.DateValue;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
    private final HtmlExtractor extractor = new HtmlExtractor();

    private static final String BODY = """
            <p>The first paragraph of the article explains, at some length, what happened in the city council
            yesterday, and why the vote matters to residents.</p>
            <h2>What comes next</h2>
            <p>The second paragraph continues the argument, with more detail, more commas, and enough words to
            be scored as real content by any reasonable extractor.</p>
            <ul><li>First point of the list, explained in a sentence.</li><li>Second point of the list.</li></ul>
            <blockquote><p>A quotation from the mayor, who said the plan was sound.</p></blockquote>
            <pre>line one
              line two</pre>
            <figure><img src="a.jpg"><figcaption>The council chamber, photographed yesterday.</figcaption></figure>
            <table><tr><th>Year</th><th>Budget</th></tr><tr><td>2019</td><td>12 million</td></tr></table>
            <p>The third paragraph closes the piece, summing up, as op-eds do, with a call to action for all.</p>
            """;

    private static String page(String head, String article) {
        return "<!doctype html><html lang=\"en-GB\"><head>" + head + "</head><body>"
                + "<nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li><li><a href=/sport>Sport</a></li></ul></nav>"
                + "<div class=\"wrapper\"><div class=\"story\">" + article + "</div>"
                + "<div class=\"related-articles\"><h3>Related stories you may also like</h3><ul>"
                + "<li><a href=/a>Another story about a council vote somewhere</a></li>"
                + "<li><a href=/b>Yet another story about the same council vote</a></li></ul></div>"
                + "<div id=\"comments\"><p>Reader comment: I disagree with every word of this article, sadly.</p></div>"
                + "<div style=\"display:none\">Hidden text that nobody sees on the page.</div>"
                + "</div><footer>Copyright 2020 The Example Gazette, all rights reserved.</footer></body></html>";
    }

    @Test
    void metadataComesFromJsonLdFirst() {
        String head = """
                <title>Council votes on the budget | The Example Gazette</title>
                <meta property="og:title" content="OG title">
                <meta property="og:site_name" content="The Example Gazette">
                <meta property="og:description" content="Why the vote matters.">
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
                 {"@type":"NewsArticle","headline":"Council votes on the budget","author":[{"@type":"Person","name":"Jane Doe"},
                 {"@type":"Person","name":"John Roe"}],"datePublished":"2020-01-04T10:38:00+09:00",
                 "dateModified":"2020-01-16T10:31:22+09:00","articleSection":"Opinion","inLanguage":"en",
                 "publisher":{"@type":"Organization","name":"Gazette"}}]}</script>
                """;
        Article a = extractor.extract(page(head, BODY));
        Article.Metadata m = a.metadata();
        assertEquals("Council votes on the budget", m.title());
        assertEquals(List.of("Jane Doe", "John Roe"), m.byline());
        assertEquals(DateValue.parseIso("2020-01-04T10:38"), m.published());
        assertEquals(DateValue.parseIso("2020-01-16T10:31"), m.updated());
        assertEquals("Opinion", m.section());
        assertEquals("en", m.language());
        assertEquals("The Example Gazette", m.siteName());
        assertEquals("Why the vote matters.", m.dek());
        assertEquals("The council chamber, photographed yesterday.", m.leadImageCaption());
    }

    @Test
    void metaTagsTimeAndTitleElementWhenThereIsNoJsonLd() {
        String head = """
                <title>Council votes on the budget - The Example Gazette</title>
                <meta property="og:site_name" content="The Example Gazette">
                <meta name="author" content="By Jane Doe and John Roe">
                <meta property="article:section" content="Local">
                """;
        Article a = extractor.extract(page(head, "<time datetime=\"2021-03-05\">5 March</time>" + BODY));
        assertEquals("Council votes on the budget", a.title());
        assertEquals(List.of("Jane Doe", "John Roe"), a.metadata().byline());
        assertEquals(DateValue.parseIso("2021-03-05"), a.metadata().published());
        assertNull(a.metadata().updated());
        assertEquals("en-GB", a.metadata().language());
        assertEquals("Local", a.metadata().section());
    }

    @Test
    void aPlaceholderOrUnreadableDateGivesWayToTheNextSource() {
        // a CMS's empty default in JSON-LD, the real date in the meta tags
        String placeholder = "<title>t</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"0001-01-01T00:00:00Z\",\"dateModified\":\"0001-01-01T00:00:00Z\"}</script>"
                + "<meta property=\"article:published_time\" content=\"2019-11-19T11:21:08+00:00\">";
        Article a = extractor.extract(page(placeholder, BODY));
        assertEquals(DateValue.parseIso("2019-11-19T11:21"), a.metadata().published());
        assertNull(a.metadata().updated());
        // JSON-LD in words, which is no ISO date, before a meta tag that is one
        String words = "<title>t</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"November 19, 2019\"}</script>"
                + "<meta property=\"article:published_time\" content=\"2019-11-19T11:21:08+00:00\">";
        assertEquals(DateValue.parseIso("2019-11-19T11:21"), extractor.extract(page(words, BODY)).metadata().published());
        // a placeholder and nothing else: no date rather than the year 1
        String only = "<title>t</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"0001-01-01T00:00:00Z\"}</script>";
        assertNull(extractor.extract(page(only, BODY)).metadata().published());
    }

    @Test
    void jsonLdWrappedInCdataIsRead() {
        String head = "<title>x</title><script type=\"application/ld+json\">//<![CDATA[\n"
                + "{\"@type\":\"Article\",\"headline\":\"Wrapped headline\",\"author\":\"By Ann Lee\"}\n//]]></script>";
        Article a = extractor.extract(page(head, BODY));
        assertEquals("Wrapped headline", a.title());
        assertEquals(List.of("Ann Lee"), a.metadata().byline());
    }

    @Test
    void aJobTitleAfterTheAuthorIsNotAnotherAuthor() {
        String head = "<title>x</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Council votes\",\"author\":{\"name\":\"TOM KRISHER, AP Auto Writer\"}}</script>";
        assertEquals(List.of("TOM KRISHER"), extractor.extract(page(head, BODY)).metadata().byline());
        String two = head.replace("TOM KRISHER, AP Auto Writer", "Jane Doe, John Roe");
        assertEquals(List.of("Jane Doe", "John Roe"), extractor.extract(page(two, BODY)).metadata().byline());
    }

    @Test
    void characterReferencesInJsonLdStringsAreDecoded() {
        // CMS plugins write the HTML-escaped headline into the JSON
        String head = "<title>x</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"&#8216;Light&#8217; &amp; shade:&nbsp;a festival\","
                + "\"author\":{\"name\":\"Ann L&eacute;e\"}}</script>";
        Article a = extractor.extract(page(head, BODY));
        assertEquals("\u2018Light\u2019 & shade: a festival", a.title());
        assertEquals(List.of("Ann L\u00E9e"), a.metadata().byline());
    }

    @Test
    void bodyBlocksHaveTheirKindsAndBoilerplateIsRemovedWithReasons() {
        Article a = extractor.extract(page("<title>Council votes on the budget</title>",
                "<h1>Council votes on the budget</h1>" + BODY));
        List<Block> text = a.textBlocks();
        assertEquals(BlockKind.PARAGRAPH, text.get(0).kind());
        assertTrue(text.get(0).text().startsWith("The first paragraph of the article explains, at some length"));
        assertTrue(text.stream().anyMatch(b -> b.kind() == BlockKind.HEADING && b.text().equals("What comes next")));
        assertTrue(text.stream().anyMatch(b -> b.kind() == BlockKind.LIST_ITEM && b.text().equals("Second point of the list.")));
        assertTrue(text.stream().anyMatch(b -> b.kind() == BlockKind.QUOTE && b.text().startsWith("A quotation")));
        assertTrue(text.stream().anyMatch(b -> b.kind() == BlockKind.CODE && b.text().equals("line one\n  line two")));
        assertTrue(text.stream().anyMatch(b -> b.text().equals("Year | Budget")), a.text());
        assertTrue(text.stream().anyMatch(b -> b.text().equals("2019 | 12 million")));
        assertTrue(a.keptBlocks().stream().anyMatch(b -> b.kind() == BlockKind.CAPTION));
        assertFalse(a.text().contains("council chamber, photographed"), "captions are not body text");
        assertFalse(a.text().contains("Council votes on the budget"), "the h1 repeating the title is not body text");

        for (String junk : List.of("Home", "Related stories", "Reader comment", "Hidden text", "Copyright 2020")) {
            assertFalse(a.text().contains(junk), junk + " in " + a.text());
        }
        List<Block> removed = a.removedBlocks();
        assertTrue(removed.stream().anyMatch(b -> b.text().contains("Reader comment") && b.removedReason().equals("comments")),
                removed.toString());
        assertTrue(removed.stream().anyMatch(b -> b.text().contains("Related stories")
                && b.removedReason().equals("related links")), removed.toString());
        assertTrue(removed.stream().anyMatch(b -> b.text().contains("Copyright") && b.removedReason().equals("footer")));
        int comments = indexOf(a, "Reader comment");
        int related = indexOf(a, "Related stories");
        int firstParagraph = indexOf(a, "The first paragraph");
        assertTrue(firstParagraph < related && related < comments, "removed blocks keep document order");
    }

    @Test
    void restoringARemovedBlockPutsItBackIntoTheText() {
        Article a = extractor.extract(page("<title>t</title>", BODY));
        int comments = indexOf(a, "Reader comment");
        assertTrue(a.withBlockRestored(comments).text().contains("Reader comment"));
    }

    @Test
    void paragraphsWrittenWithBreaksAreSplit() {
        String loose = "<div class=\"entry\">First loose paragraph, long enough to be content, with commas, and more."
                + "<br><br>Second loose paragraph, also long enough to be content, with commas, and more words.<br>"
                + "A line after a single break.</div>";
        Article a = extractor.extract(page("<title>t</title>", loose));
        assertEquals(List.of("First loose paragraph, long enough to be content, with commas, and more.",
                        "Second loose paragraph, also long enough to be content, with commas, and more words.\n"
                                + "A line after a single break."),
                a.textBlocks().stream().map(Block::text).toList());
    }

    @Test
    void declaredArticleBodyWinsOverLayoutGuesses() {
        String article = "<div itemprop=\"articleBody\">Short body text without paragraphs, but it is the article,"
                + " as the page says so itself, and it runs to more than two hundred characters so that the"
                + " declaration can be trusted by the extractor, which checks the length of what is declared.</div>"
                + "<div class=\"teasers\"><p>A teaser paragraph, long and full of commas, that is not the article,"
                + " whatever its score, and must not be taken.</p></div>";
        Article a = extractor.extract(page("<title>t</title>", article));
        assertTrue(a.text().startsWith("Short body text"), a.text());
        assertFalse(a.text().contains("teaser"));
    }

    private static final String SHORT_POST = "<div class=\"post\"><p>The short post says that the bridge opens on"
            + " Monday after four years of works. The mayor will cut the ribbon herself in the morning.</p>"
            + "<p>Traffic will be allowed from noon. Cyclists get a lane of their own on the north side.</p></div>";
    private static final String MORE_POST = "<p>The old ferry stops on Sunday. Its crew will move to the river buses"
            + " that start in the spring.</p><p>Shops by the bridge expect more walkers. Two cafes plan to open"
            + " terraces on the quay before the summer.</p><p>The works cost more than planned. The council will"
            + " publish the final bill in the autumn.</p>";
    private static final String LONG_SIDEBAR = "<div class=\"about\"><p>The author, a keen cyclist, writes about"
            + " cities, roads, bridges, tunnels, trains, ferries and, now and then, the people who build them.</p>"
            + "<p>She lives, with two cats, a dog, and far too many bicycles, in a flat by the river, where, on quiet"
            + " days, she reads, writes, cooks, and, weather permitting, swims.</p><p>Before that, she worked, for"
            + " ten years, as an engineer, a planner, a teacher and, briefly, a bus driver, in three countries.</p></div>";

    private static String plain(String html) {
        return org.jsoup.Jsoup.parse(html).text();
    }

    private static String withJsonLdBody(String articleBody) {
        return "<title>Bridge opens</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Bridge opens\",\"articleBody\":\"" + articleBody + "\"}</script>";
    }

    @Test
    void aRegionSharingLittleWithTheJsonLdBodyGivesWayToOneCoveringIt() {
        String post = SHORT_POST.replace("</div>", MORE_POST + "</div>");
        String html = "<!doctype html><html><head>" + withJsonLdBody(plain(post)) + "</head><body><div id=\"main\">"
                + post + "</div><div id=\"side\">" + LONG_SIDEBAR + LONG_SIDEBAR + "</div></body></html>";
        String layoutOnly = extractor.extract(html.replace("articleBody", "abstract")).text();
        assertTrue(layoutOnly.contains("keen cyclist"), "the layout alone takes the sidebar: " + layoutOnly);
        String text = extractor.extract(html).text();
        assertTrue(text.startsWith("The short post says"), text);
        assertTrue(text.contains("publish the final bill"), text);
        assertFalse(text.contains("keen cyclist"), text);
    }

    @Test
    void aRegionHoldingAWholeJsonLdBodyAndAsMuchAgainIsNarrowedToIt() {
        String post = SHORT_POST.replace("</div>", MORE_POST + "</div>");
        String html = "<!doctype html><html><head>" + withJsonLdBody(plain(post)) + "</head><body><div id=\"main\">"
                + post + LONG_SIDEBAR + LONG_SIDEBAR + "</div></body></html>";
        String layoutOnly = extractor.extract(html.replace("articleBody", "abstract")).text();
        assertTrue(layoutOnly.contains("keen cyclist") && layoutOnly.contains("final bill"), layoutOnly);
        String text = extractor.extract(html).text();
        assertTrue(text.startsWith("The short post says") && text.contains("final bill"), text);
        assertFalse(text.contains("keen cyclist"), text);
    }

    @Test
    void aTeaserJsonLdBodyDoesNotNarrowTheRegion() {
        String post = SHORT_POST.replace("</div>", MORE_POST + "</div>");
        String teaser = plain(post).substring(0, 503) + "...";
        String html = "<!doctype html><html><head>" + withJsonLdBody(teaser) + "</head><body><div id=\"main\">"
                + post + LONG_SIDEBAR + LONG_SIDEBAR + "</div></body></html>";
        String text = extractor.extract(html).text();
        assertTrue(text.contains("keen cyclist") && text.contains("final bill"), text);
    }

    @Test
    void aShortOrUnrelatedJsonLdBodyIsNotTrustedOverTheLayout() {
        String html = "<!doctype html><html><head>" + withJsonLdBody("Read the full story on our site.")
                + "</head><body><div id=\"main\">" + SHORT_POST + "</div><div id=\"side\">" + LONG_SIDEBAR
                + "</div></body></html>";
        assertTrue(extractor.extract(html).text().contains("keen cyclist"));
        String unrelated = "<!doctype html><html><head>" + withJsonLdBody("Completely different words about"
                + " gardening: tomatoes need sun, water and patience; courgettes grow anywhere and everywhere; beans"
                + " climb whatever stands near them; and slugs eat whatever the gardener hoped to harvest this year.")
                + "</head><body><div id=\"main\">" + SHORT_POST + "</div><div id=\"side\">" + LONG_SIDEBAR
                + "</div></body></html>";
        assertTrue(extractor.extract(unrelated).text().contains("keen cyclist"));
    }

    @Test
    void aSingleArticleElementHoldingMostProseBeatsARegionOutsideIt() {
        String html = "<!doctype html><html><head><title>Bridge opens</title></head><body><article>" + SHORT_POST
                + SHORT_POST.replace("short post", "second part") + SHORT_POST.replace("short post", "third part")
                + "</article><div id=\"side\">" + LONG_SIDEBAR + "</div></body></html>";
        String text = extractor.extract(html).text();
        assertTrue(text.startsWith("The short post says"), text);
        assertFalse(text.contains("keen cyclist"), text);
        String twoArticles = html.replace("<div id=\"side\">", "<article>").replace("</div></body>",
                "</article></body>");
        assertTrue(extractor.extract(twoArticles).text().contains("keen cyclist"),
                "two articles are no evidence; the layout decides");
    }

    @Test
    void aSlideshowWhoseTextIsAllInCaptionNamedBlocksKeepsItAsText() {
        String slide = "<div class=\"slide\"><img src=\"a.jpg\"><a href=\"?slide=0\">Previous</a> 1 / 7"
                + " <a href=\"?slide=2\">Next</a><div class=\"caption\"><p>Whether you read on the train or in bed,"
                + " these apps put a library in your pocket. Some are free, some cost a little, and all of them let you"
                + " carry more books than any bag could hold.</p><p>The first app on the list syncs your place across"
                + " devices, so a chapter begun on the phone ends on the tablet.</p></div></div>";
        String text = extractor.extract(page("<title>Apps for readers</title>", slide)).text();
        assertTrue(text.contains("these apps put a library in your pocket"), text);
        String photo = "<figure><img src=\"a.jpg\"><div class=\"caption\"><p>The chamber, photographed"
                + " yesterday.</p></div></figure>" + BODY;
        Article a = extractor.extract(page("<title>t</title>", photo));
        assertFalse(a.text().contains("The chamber, photographed"), "an ordinary photo caption stays a caption");
    }

    @Test
    void aTitleWhoseEndTagIsGarbledEndsAtItsLineOrNextTag() {
        String html = "<html><head><title>Council votes | Gazette</titavaScript\" src=\"x.js\"></script>\n"
                + "</head><body><div class=\"story\">" + BODY + "</div></body></html>";
        Article a = extractor.extract(html);
        assertTrue(a.text().startsWith("The first paragraph of the article"), a.text());
        assertEquals("Council votes | Gazette", a.metadata().title());
        String fine = "<html><head><title>Council\nvotes</title></head><body>" + BODY + "</body></html>";
        assertEquals(fine, HtmlExtractor.closeRunawayTitle(fine));
    }

    private static int indexOf(Article a, String start) {
        for (int i = 0; i < a.blocks().size(); i++) {
            if (a.blocks().get(i).text().contains(start)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void teaserListsAndPrintedBylinesLeaveTheText() {
        String article = "<p>By Jane Doe</p><p>Updated Nov 19, 6:55 AM</p>" + BODY
                + "<p><a href=/x>Related: another story on the same vote</a></p>" + "<div class=\"more\"><ul>"
                + "<li><a href=/1>First other story with a long linked headline</a></li>"
                + "<li><a href=/2>Second other story with a long linked headline</a></li>"
                + "<li><a href=/3>Third other story with a long linked headline</a></li></ul></div>";
        Article a = extractor.extract(page("<meta name=\"author\" content=\"Jane Doe\"><title>t</title>", article));
        assertFalse(a.text().contains("other story"), a.text());
        assertFalse(a.text().contains("By Jane Doe"), a.text());
        assertTrue(a.removedBlocks().stream().anyMatch(b -> b.text().equals("By Jane Doe") && b.removedReason().equals("byline")));
        assertTrue(a.removedBlocks().stream().anyMatch(b -> b.text().startsWith("Updated") && b.removedReason().equals("date line")));
        assertTrue(a.text().contains("First point of the list"), "a list of plain items stays");
        assertTrue(a.removedBlocks().stream().anyMatch(b -> b.text().startsWith("Related: another")
                && b.removedReason().equals("link to another page")), a.removedBlocks().toString());
    }
}
