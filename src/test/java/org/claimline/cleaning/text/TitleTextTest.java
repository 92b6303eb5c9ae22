package org.claimline.cleaning.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a dump printed on the headline's line is not part of the headline. */
class TitleTextTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // a box border beside the headline, and a table row whose widest cell is the headline
        "Mayor and council agree on the budget \u250c\u2500\u2500\u2500\u2500\u2510; Mayor and council agree on the budget",
        "\u2502 \u2502 Cups \u2502 Rare coffee cup art that lasts \u2502; Rare coffee cup art that lasts",
        // a comment count and a picture's file name
        "How we built the new bridge in a year 153 Comments; How we built the new bridge in a year",
        "Prime minister visits the flooded towns icon_small.gif; Prime minister visits the flooded towns",
        // ordinary headlines, one naming a page's file
        "Nuggets, Warriors close out home-and-home set; Nuggets, Warriors close out home-and-home set",
        "Why index.html still matters; Why index.html still matters"})
    void whatTheDumpPrintedBesideTheHeadlineIsTakenOff(String line, String headline) {
        assertEquals(headline, TitleText.tidy(line));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NEWS | SPORTS | LIFE | ARTS | OPINIONS", "\u00ab An older post | Main | A newer post \u00bb",
        "7:28 PM icon_delete13.gif"})
    void aRowOfLinksOrWhatAFileNameLeavesIsNoHeadline(String line) {
        assertNull(TitleText.tidy(line));
    }
}
