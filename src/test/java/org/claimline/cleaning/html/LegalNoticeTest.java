package org.claimline.cleaning.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LegalNoticeTest {
    private static final String CELL = """
            <table><tr><td class="main">
            <p>The harbour board approved the new ferry timetable on Monday, adding two late sailings on Fridays and
            Saturdays from the first week of March, after a summer in which the last boat left many visitors behind.</p>
            <p>The board's chairman said the extra sailings would be paid for by a small rise in the price of a return
            ticket, and that the crews had agreed to the longer evenings in exchange for a free Monday every month.</p>
            <p>Traders on the quay welcomed the change, saying the restaurants had lost custom when diners left early
            to catch the boat, while residents asked for the noise of the late arrivals to be kept down at night.</p>
            <p>&copy; 2008 The Example Wire. All rights reserved. This material may not be published or redistributed.</p>
            <p>More headlines</p>
            <p><a href="/a">Storm closes the coast road for a day</a> | <a href="/b">School choir wins the cup</a></p>
            <p>Sign up for the morning paper, delivered to your inbox every day before seven, with the weather too.</p>
            </td></tr></table>
            """;

    @Test
    void aCopyrightNoticeAfterTheArticleEndsIt() {
        HtmlPages.assertCleans("Late ferries approved", CELL, "kept down at night", "All rights reserved", "morning paper");
    }

    @Test
    void aSentenceAboutCopyrightOrAPhotoCreditIsNoNotice() {
        assertTrue(BlockBuilderStep.isLegalNotice("Copyright 2008 by UPI"));
        assertTrue(BlockBuilderStep.isLegalNotice("\u00a9 Reuters 2008"));
        assertFalse(BlockBuilderStep.isLegalNotice("A settlement does not necessarily indicate an admission of copyright"
                + " infringement, the company said in 2008."));
        assertFalse(BlockBuilderStep.isLegalNotice("The harbour at dawn, photo \u00a9 Jane Roe, 2018"));
    }
}
