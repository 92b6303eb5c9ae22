package org.claimline.cleaning.html;

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

    @Test
    void aLinkRoundupsItemsAreNoCards() {
        HtmlPages.assertCleans("Links for the weekend", ROUNDUP, "a timetable nerd explains");
    }
}
