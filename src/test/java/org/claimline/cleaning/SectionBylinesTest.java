package org.claimline.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.claimline.model.Article;
import org.junit.jupiter.api.Test;

class SectionBylinesTest {
    private static final String BODY = ("<p>The council voted on the budget yesterday, and the result, close as it was,"
            + " will shape the city for years to come.</p>").repeat(4);

    private static Article clean(String head, String h1) throws Exception {
        String html = "<html><head>" + head + "</head><body><article><h1>" + h1 + "</h1>" + BODY
                + "</article></body></html>";
        return new ArticleCleaner().clean(html.getBytes(StandardCharsets.UTF_8), "page.html");
    }

    @Test
    void aSectionNameIsNotAPersonAndBecomesTheSection() throws Exception {
        Article a = clean("<title>Budget vote</title><meta name=\"author\" content=\"By Editorial\">", "Budget vote");
        assertEquals(List.of(), a.metadata().byline());
        assertEquals("Editorial", a.metadata().section());
    }

    @Test
    void realNamesStayAndTheSectionWordsAreTold() {
        assertTrue(SectionBylines.isSection("Opinion"));
        assertTrue(SectionBylines.isSection("Staff"));
        assertTrue(SectionBylines.isSection("The Editorial Board"));
        assertTrue(SectionBylines.isSection("TV"));
        assertTrue(SectionBylines.isSection("Sports Desk"));
        assertFalse(SectionBylines.isSection("Tom Jicha"));
        assertFalse(SectionBylines.isSection("Jane Roe"));
        assertFalse(SectionBylines.isSection("Editorial Jane"));
        Article a = new Article(Article.Metadata.empty().withByline(List.of("Jane Roe", "Staff"))
                .withSection("Politics"), List.of());
        Article out = SectionBylines.apply(a);
        assertEquals(List.of("Jane Roe"), out.metadata().byline());
        assertEquals("Politics", out.metadata().section());
    }

    @Test
    void theTitleLosesItsSiteSuffixWhenTheHeadingHoldsTheCleanHeadline() throws Exception {
        assertEquals("Korea and Japan must talk again",
                clean("<title>Korea and Japan must talk again | Editorial</title>", "Korea and Japan must talk again")
                        .title());
        assertEquals("Korea and Japan must talk again", clean("<title>Los Angeles Times - Korea and Japan must talk"
                + " again</title>", "Korea and Japan must talk again").title());
        // a heading that is not the title's leading or trailing part changes nothing
        assertEquals("Budget day | Daily", clean("<title>Budget day | Daily</title>", "Other words here").title());
    }

    @Test
    void whatThePageSaysAboveTheHeadlineIsASectionOnlyWhenItReadsAsOne() {
        for (String label : List.of("World", "Arts & Culture", "Comment is free", "U.S.", "news", "Science & Environment")) {
            assertTrue(SectionBylines.isSectionLabel(label), label);
        }
        for (String label : List.of("Go to Google News", "Skip to main content", "Watch live", "Post Comment", "SEARCH",
                "IN ASSOCIATION WITH", "Supported by", "icon-print.gifPrint", "avw.php", "example.com", "logo",
                "info /")) {
            assertFalse(SectionBylines.isSectionLabel(label), label);
        }
        Article a = new Article(Article.Metadata.empty().withByline(List.of("Jane Roe")).withSection("Skip to main content"),
                List.of());
        assertEquals(null, SectionBylines.apply(a).metadata().section());
        assertEquals(List.of("Jane Roe"), SectionBylines.apply(a).metadata().byline());
    }
}
