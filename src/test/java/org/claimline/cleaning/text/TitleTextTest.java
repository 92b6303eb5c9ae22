package org.claimline.cleaning.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What a dump printed on the headline's line is not part of the headline. */
class TitleTextTest {
    @Test
    void aBoxBorderBesideTheHeadlineIsTakenOff() {
        assertEquals("Mayor and council agree on the budget",
                TitleText.tidy("Mayor and council agree on the budget \u250c\u2500\u2500\u2500\u2500\u2510"));
        assertEquals("Rare coffee cup art that lasts",
                TitleText.tidy("\u2502 \u2502 Cups \u2502 Rare coffee cup art that lasts \u2502"));
    }

    @Test
    void aFileNameAndACommentCountAreTakenOff() {
        assertEquals("How we built the new bridge in a year",
                TitleText.tidy("How we built the new bridge in a year 153 Comments"));
        assertEquals("Prime minister visits the flooded towns",
                TitleText.tidy("Prime minister visits the flooded towns icon_small.gif"));
    }

    @Test
    void aRowOfLinksOrWhatAFileNameLeavesIsNoHeadline() {
        assertNull(TitleText.tidy("NEWS | SPORTS | LIFE | ARTS | OPINIONS"));
        assertNull(TitleText.tidy("\u00ab An older post | Main | A newer post \u00bb"));
        assertNull(TitleText.tidy("7:28 PM icon_delete13.gif"));
    }

    @Test
    void anOrdinaryHeadlineIsLeftAlone() {
        assertEquals("Nuggets, Warriors close out home-and-home set",
                TitleText.tidy("Nuggets, Warriors close out home-and-home set"));
        assertEquals("Why index.html still matters", TitleText.tidy("Why index.html still matters"));
    }
}
