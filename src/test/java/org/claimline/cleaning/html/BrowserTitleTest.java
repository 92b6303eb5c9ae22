package org.claimline.cleaning.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimline.cleaning.HtmlExtractor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A page may declare a headline of its own for sharing ({@code og:title}) while its heading repeats the browser title:
 * that heading still anchors the article, and it is the headline, not the article's text.
 */
class BrowserTitleTest {
    private static final String DECLARED = "Couple pack for their trip";
    private static final String BROWSER = "Daily Example - Jane and John Roe are coming to the games";
    private static final String PAGE = """
            <div class="page"><div class="story"><h1>Jane and John Roe are coming to the games</h1>
            <div class="player">Video</div>
            <div class="description"><p>People from all over the world are coming to see the games this summer.</p>
            <p>Jane and John Roe from a small town in the hills are among the thousands making the trip.</p></div></div>
            <div class="links">Most watched: <a href="/v/1">Storm over the bay</a> <a href="/v/2">A dog that sings</a>
            <a href="/v/3">Ten years of the harbour bridge</a> <a href="/v/4">How the valley lost its trains</a>
            <a href="/v/5">The oldest shop in town closes</a> <a href="/v/6">Snow in the hills, again</a></div>
            <div id="foot"><p>This site is best viewed in an up-to-date browser with style sheets enabled. While you can
            read it in your current browser, you will not see its full layout. Please consider upgrading.</p></div></div>
            """;

    @Test
    void theHeadingRepeatingTheBrowserTitleAnchorsTheArticle() {
        Element body = Jsoup.parse(PAGE).body();
        NodeStats stats = NodeStats.of(body);
        List<Element> got = StructuredEvidence.byTitleAnchor(List.of(body.getElementById("foot")), body, stats,
                DECLARED, BROWSER);
        assertSame(body.selectFirst("div.story"), got.get(0));
    }

    @Test
    void theHeadingRepeatingTheBrowserTitleIsTheHeadline() {
        String text = new HtmlExtractor().extract("<html><head><title>" + BROWSER + "</title><meta property='og:title'"
                + " content='" + DECLARED + "'></head><body><div class='post'><h1>Jane and John Roe are coming to the"
                + " games</h1>" + HtmlPages.TWO_PARAGRAPHS + "</div></body></html>").text();
        assertTrue(text.contains("The council met for three hours"), text);
        assertFalse(text.contains("coming to the games"), text);
    }
}
