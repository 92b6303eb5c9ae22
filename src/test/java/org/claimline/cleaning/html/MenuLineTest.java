package org.claimline.cleaning.html;

import org.junit.jupiter.api.Test;

/** A row of links between separators inside the article's cell ("News: Front Page | National | Sport | …") is a menu. */
class MenuLineTest {
    private static final String[] SECTIONS = {"Front Page", "National", "Regional News", "Coast and Hills",
        "International", "Business", "Sport", "Science and Technology", "Entertainment", "Miscellaneous",
        "Letters to the Editor", "Weather and Tides", "Obituaries"};

    private static String menu() {
        StringBuilder sb = new StringBuilder("<p>News: ");
        for (int i = 0; i < SECTIONS.length; i++) {
            sb.append("<a href='/s/").append(i).append("'>").append(SECTIONS[i]).append("</a> | ");
        }
        return sb.append("</p>").toString();
    }

    @Test
    void aLongRowOfLinksLeavesTheText() {
        HtmlPages.assertCleans("Talks end without agreement", "<div class='story'>" + menu()
                + HtmlPages.TWO_PARAGRAPHS + "</div>", "The council met for three hours", "Letters to the Editor");
    }

    @Test
    void aSentenceWithLinksAndBarsStays() {
        HtmlPages.assertCleans("Talks end without agreement", "<div class='story'>" + HtmlPages.TWO_PARAGRAPHS
                + "<p>Read the <a href='/a'>council's statement</a> | the <a href='/b'>mayor's reply</a> | the"
                + " <a href='/c'>minutes</a> | the <a href='/d'>agenda</a> | and the letters sent by residents"
                + " before the meeting, which the council published in full on Wednesday.</p></div>",
                "which the council published in full");
    }
}
