package org.claimline.cleaning;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProseTest {
    @Test
    void aSentenceIsProseAndAMenuOrAHeadlineRiverIsNot() {
        assertTrue(Prose.isProse("The council voted on the budget yesterday, and the result will shape the city."));
        assertFalse(Prose.isProse("Home News Sport Business Opinion Culture Travel Weather Video Podcasts"));
        assertFalse(Prose.isProse("Apple Unveils New Phone At Big Event In California, Analysts Say It Will Sell"));
        assertFalse(Prose.isProse("Too short to be a sentence."));
    }

    @Test
    void legalTextIsNeverProse() {
        String legal = "Copyright © 2019 The Daily Example, all rights reserved, see our terms of service.";
        assertTrue(Prose.isLegal(legal));
        assertFalse(Prose.isProse(legal));
        assertFalse(Prose.isProse("This site is not responsible for the content of external sites, so read with care."));
    }

    @Test
    void ideographicTextCountsByLengthAndPunctuation() {
        assertTrue(Prose.isProse("東京都は二十日、新しい防災計画を発表し、来年度から実施すると明らかにした。"));
        assertFalse(Prose.isProse("ホーム ニュース スポーツ"));
    }

    @Test
    void shortSentencesAndCommentHeaders() {
        assertTrue(Prose.isShortSentence("It was a bad year for both countries."));
        assertFalse(Prose.isShortSentence("Read More"));
        assertTrue(Prose.isCommentHeader("Jane Roe says:"));
        assertTrue(Prose.isCommentHeader("Re:Misleading title (Score:5, Informative)"));
        assertTrue(Prose.isCommentHeader("12 Comments"));
        assertTrue(Prose.isCommentHeader("by pachydermfan on Aug 8, 2012 7:01 PM PDT up reply actions"));
        assertFalse(Prose.isCommentHeader("The minister said the plan would be ready by the spring."));
    }
}
