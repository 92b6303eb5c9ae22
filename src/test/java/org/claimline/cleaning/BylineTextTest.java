package org.claimline.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.claimline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A byline names people: when and where they wrote, and links beside the name, are not part of it. */
class BylineTextTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"Alyson Klein on August 8, 2012 6:23 PM; Alyson Klein",
        "Lee Hutchinson - Nov 9, 2012 5:30 pm UTC; Lee Hutchinson", "Reuters \u2013 1 hour 24 minutes ago; Reuters",
        "Karanvir Singh / 8 hrs ago; Karanvir Singh", "Richard Lam (AP) Published: 2008-01-09 02:55:03; Richard Lam (AP)",
        "Posted 8:11 AM by Marty Lederman [link]; Marty Lederman", "Edward M. Gomez (Email); Edward M. Gomez",
        "16th Jan 2008, 09:28am by Damien McFerran.; Damien McFerran", "Timothy B. Lee; Timothy B. Lee",
        "May Berenbaum; May Berenbaum", "By Jane Roe; Jane Roe", "Ma Jian; Ma Jian", "Ana Da Silva; Ana Da Silva",
        "JANE ROE AP Sports Writer; JANE ROE", "Jane Roe Associated Press Writer; Jane Roe",
        "Jane RoeBusiness Columnist; Jane Roe", "Jane Roe Games Editor; Jane Roe", "A Photo Editor; A Photo Editor",
        "Tom Writer; Tom Writer",
        "John Leyden \u2022 More by this author; John Leyden"})
    void theNameIsKept(String entry, String name) {
        assertEquals(name, BylineText.name(entry));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"View Profile", "View Comments", "3 Comments", "January 1", "2008",
        "30 December 2007 (18:30)", "@kimberstreams", "news@example.com", "Posted by",
        "STAFF PHOTO BY KATHY ANDERSON", "Related Articles", "More stories", "MS", "RDN", "M.D.", "Ph.D.",
        "MS, RD", "IN ASSOCIATION WITH", "Supported by"})
    void whatIsNoNameLeavesTheByline(String entry) {
        assertNull(BylineText.name(entry));
    }

    @Test
    void aNameAndAnAgencyOnOneLineBecomeTwoAndRepeatsGo() {
        Article a = new Article(new Article.Metadata("A headline", null,
                List.of("Andrew Downie | Reuters \u2013 1 hour ago", "Andrew Downie", "View Profile"), null, null, null,
                null, null, null), List.of());
        assertEquals(List.of("Andrew Downie", "Reuters"), BylineText.apply(a).metadata().byline());
    }

    @Test
    void aCredentialSplitOffAtItsCommaIsNoSecondAuthor() {
        Article a = new Article(new Article.Metadata("A headline", null, List.of("Jane Roe", "MS", "RDN"), null, null,
                null, null, null, null), List.of());
        assertEquals(List.of("Jane Roe"), BylineText.apply(a).metadata().byline());
    }
}
