package org.claimline.cleaning.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimline.cleaning.common.Stopwords;
import org.junit.jupiter.api.Test;

class TitleFinderTest {

    private static final String TITLE = "Council extends program for families for another year";

    private static String title(String... header) {
        return new TextDumpPipeline().clean(MainRegionSignalsTest.bodyDump(List.of(header), List.of()))
                .metadata().title();
    }

    @Test
    void theHeadlineIsTheTopOfTheHeaderNotTheLineNearestTheBody() {
        // kicker, headline, standfirst, byline, date, caption, prompt: the old rule took the line nearest the body
        assertEquals(TITLE, title("Local politics", TITLE,
                "Critics say the money for the program would be better spent on schools in the city",
                "By Jane Roe", "March 3, 2021",
                "The mayor of the city speaks to the council members after the vote",
                "Sign up to comment and more Sign up"));
    }

    @Test
    void linesThatDoNotNameTheSubjectAreNotHeadlines() {
        // nothing in the header shares the body's words: no headline is better than a wrong one
        assertNull(title("Found This Helpful", "Sign up to comment and more Sign up"));
        assertEquals(TITLE, title(TITLE, "Found This Helpful"));
    }

    @Test
    void theSubjectRecursThroughTheBodyAFootersWordsDoNot() {
        // every word of the footer line occurs once in the body (in its last paragraph); the headline's recur
        String footer = "Contact the city about privacy, cookies and terms of use before you write to the council.";
        String t = new TextDumpPipeline().clean(MainRegionSignalsTest.bodyDump(
                List.of("Contact Privacy Cookies Terms", "Council program for families extended again"), List.of(footer)))
                .metadata().title();
        assertEquals("Council program for families extended again", t);
    }

    @Test
    void captionsAndBreadcrumbsAreNotCandidates() {
        assertFalse(TitleFinder.candidate(StructuredListStepTest.line("The mayor (left) and council members after the vote")));
        assertFalse(TitleFinder.candidate(StructuredListStepTest.line("Media caption The mayor said the program worked")));
        assertFalse(TitleFinder.candidate(StructuredListStepTest.line("News > City > Council program families")));
        assertFalse(TitleFinder.candidate(StructuredListStepTest.line("By Jane Roe and John Doe")));
        assertFalse(TitleFinder.candidate(StructuredListStepTest.line("The council extended the program again.")));
        assertTrue(TitleFinder.candidate(StructuredListStepTest.line(TITLE)));
    }

    @Test
    void wordsCompareByStemAndCjkByCharacterPairs() {
        Stopwords en = Stopwords.forLanguage("en");
        assertEquals(List.of("build", "terrar"), TitleFinder.terms("How to Build a Terrarium", en));
        assertEquals(TitleFinder.terms("terrariums", en), TitleFinder.terms("Terrarium", en));
        assertEquals(List.of("欲張", "張り", "りな"), TitleFinder.terms("欲張りな", null));
    }

    @Test
    void aMastheadInCapitalsAboveTheMenuIsNotTheHeadline() {
        String masthead = "COUNCIL PROGRAM FAMILIES";
        assertEquals(TITLE, title(masthead, "  • Home", "  • City", TITLE, "By Jane Roe"));
        assertNull(title(masthead, "  • Home", "  • City", "By Jane Roe"));
        // a headline in capitals without a menu under it is still the headline
        assertEquals(masthead, title("Local", masthead, "By Jane Roe"));
    }
}
