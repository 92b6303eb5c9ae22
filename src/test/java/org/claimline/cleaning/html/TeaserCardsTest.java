package org.claimline.cleaning.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TeaserCardsTest {
    private static String card(String headline, String summary) {
        return "<div class=\"story-block\"><h4><a href=\"/other\">" + headline + "</a></h4><p><em>6:00PM</em> " + summary
                + "</p></div>";
    }

    private static final String PAGE = """
            <div class="column">
            <h1>Ferry service to resume</h1>
            <p>The island's ferry will sail again from Monday, the operator said, after three weeks in dry dock while its
            engines were overhauled, its hull was painted and its ramps were replaced, at a cost of two million.</p>
            <p>Islanders, who have relied on a small launch and the weekly supply boat, said the wait had been hard, with
            shops running short, doctors' visits put off, and children staying with relatives on the mainland.</p>
            <p>The operator said timetables would be as before, with an extra sailing on Fridays until the end of the month,
            and that tickets bought for cancelled crossings would be honoured, refunded, or exchanged.</p>
            <div class="module"><h3>Latest stories</h3>
            %s%s%s%s
            </div>
            </div>
            """.formatted(card("Harbour wall repairs to start in spring", "WORK on the harbour wall, damaged in the winter's"
                    + " storms, will begin in March, the council says, and last for months."),
                    card("School choir wins regional prize", "THE choir, singing in three languages, beat twelve schools,"
                            + " from towns twice the island's size, to the cup."),
                    card("New doctor for the island surgery", "A DOCTOR from the mainland, who grew up on the island, will"
                            + " take over the surgery, with a nurse, in the autumn."),
                    card("Lighthouse open to visitors again", "THE old lighthouse, closed for repairs, reopens on Saturday,"
                            + " with a small museum, a shop, and a view."));

    private static final String ROUNDUP = """
            <div class="post"><h1>Links for the weekend</h1>
            <p>A few things I read this week and liked, with a line on each, for anyone with a quiet weekend ahead of them,
            a pot of tea, and nothing in particular to do.</p>
            <ul>
            <li><a href="/a">How the old canal locks were built</a> – a long read on stone, water and patience, with plans.</li>
            <li><a href="/b">A year of bread baking, day by day</a> – the photographs alone are worth it, and the failures.</li>
            <li><a href="/c">Why trains in the valley run late</a> – a timetable nerd explains, with maps and some anger.</li>
            </ul>
            <p>That is all for this week: next week, more of the same, and perhaps a few words about the garden, which has
            done far better this year than I had any right to expect from it.</p>
            </div>
            """;

    @Test
    void aColumnOfTeaserCardsBesideTheArticleLeavesTheText() {
        HtmlPages.assertCleans("Ferry service to resume", PAGE, "honoured, refunded, or exchanged", "Harbour wall repairs",
                "School choir", "THE old lighthouse");
    }

    private static String item(String headline, String summary, String date) {
        return "<li><h3>" + headline + "</h3><p class=\"text\">" + summary + " <a href=\"/more\">Read more...</a></p>"
                + "<p class=\"date\">" + date + "</p></li>";
    }

    private static final String MAIN = """
            <div id="main">
            <p>The museum will open its new wing to the public on the first of June, after four years of building work,
            with a show of the textiles the town's mills produced over two centuries, many of them never shown before.</p>
            <p>Visitors will be able to watch a restored loom at work every afternoon, run by two weavers who learned the
            trade at the last mill to close, and to try a small hand loom themselves in the room next door.</p>
            </div>
            """;
    private static final String ITEMS = item("Summer opening hours announced for the gardens",
            "The gardens stay open late on Fridays.", "2012-05-09")
            + item("Schools invited to a week of free workshops", "Teachers can book from Monday.", "2012-05-08")
            + item("The cafe reopens with a new menu this month", "Lunch is served from noon.", "2012-05-07")
            + item("Volunteers wanted for the autumn festival", "Sign up at the front desk.", "2012-05-05");

    @Test
    void newsItemsWhoseHeadingIsNoLinkButWhoseSummaryLinksAwayAreCardsToo() {
        HtmlPages.assertCleans("New wing opens", "<div id=\"block\">" + MAIN.replace("</div>", "<ul>" + ITEMS + "</ul></div>")
                + "</div>", "a small hand loom", "Summer opening hours", "Lunch is served");
    }

    @Test
    void cardsFillingOneOfTheRegionsSiblingsAreCountedAgainstTheWholeRegion() {
        Document doc = Jsoup.parse("<html><body><div id=\"block\">" + MAIN + "<div id=\"secondary\"><ul>" + ITEMS
                + "</ul></div></div></body></html>");
        ExtractionContext ctx = new ExtractionContext(doc);
        TeaserCards.remove(ctx, List.of(doc.getElementById("main"), doc.getElementById("secondary")),
                NodeStats.of(doc.body()));
        assertTrue(doc.getElementById("secondary").select("li").isEmpty(), doc.body().html());
        assertTrue(doc.getElementById("main").text().contains("a small hand loom"));
    }

    @Test
    void aLinkRoundupsItemsAreNoCards() {
        HtmlPages.assertCleans("Links for the weekend", ROUNDUP, "a timetable nerd explains");
    }
}
