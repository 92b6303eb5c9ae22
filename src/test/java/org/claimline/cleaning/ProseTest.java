package org.claimline.cleaning;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

    /** The disclaimers that close health, fitness and shopping pages (invented wording of the common notices). */
    static final List<String> DISCLAIMERS = List.of(
            "*These statements have not been evaluated by the Food and Drug Administration. Our shakes are not intended"
                    + " to diagnose, treat, cure, or prevent any disease.",
            "Results vary depending on where you start, your goals and your effort, and eating well and exercising are"
                    + " both needed to keep the weight off.",
            "Example TV, Example Box and Example Stick are registered trademarks of Example Devices Inc. in the United"
                    + " States and other countries.",
            "Talk to your doctor before you begin any training plan or take any supplement, above all if you have a"
                    + " condition of your own. Everything on this site is for informational purposes only and is not "
                    + "intended to diagnose any illness, to replace what a professional tells you, or to provide "
                    + "medical advice, diagnosis or treatment; consult your physician whenever you are unsure, and "
                    + "stop at once if a workout hurts or leaves you dizzy.");

    @Test
    void healthAndTrademarkDisclaimersAreLegalButASentenceAboutMedicalAdviceIsProse() {
        for (String d : DISCLAIMERS) {
            assertTrue(Prose.isLegal(d), d);
            assertFalse(Prose.isProse(d), d);
        }
        assertTrue(DISCLAIMERS.get(3).length() > 400, "the long one is judged as a notice");
        String article = "The nurses said most callers wanted medical advice about their children, and that the line "
                + "was busiest on Sunday evenings, when the surgeries were closed.";
        assertFalse(Prose.isLegal(article));
        assertTrue(Prose.isProse(article));
    }

    /** A long notice of the kind that closes a league's or a broadcaster's pages (invented names). */
    static final String LONG_NOTICE = "Example.com is the official web site of the Example Hockey Association. EHA, "
            + "the EHA Shield, the word mark and image of the Example Cup and the Winter Game name and logo are registered "
            + "trademarks of the Example Hockey Association, and Every Shift Counts, Ice Time and Game Night are "
            + "trademarks of the Association. All EHA logos and marks and team logos and marks depicted herein are the "
            + "property of the EHA and the respective teams and may not be reproduced without the prior written consent "
            + "of EHA Enterprises. \u00a9 EHA 2012. All Rights Reserved. Jerseys customised with players' names and "
            + "numbers are licensed by the EHA and the players' association.";

    @Test
    void aLongNoticeIsLegalButAParagraphAboutTrademarkLawIsProse() {
        assertTrue(LONG_NOTICE.length() > 400);
        assertTrue(Prose.isLegal(LONG_NOTICE));
        assertFalse(Prose.isProse(LONG_NOTICE));
        String article = "The court ruled on Tuesday that the league's logo, which it registered in 1998, is a "
                + "trademark of the league and not of the city, and that the city may not use it on its tickets. The "
                + "judge wrote that the words on the logo had been in use for decades, long before anyone thought of "
                + "them as property, and that the case turned on who had registered them first rather than on who had "
                + "used them longest. Lawyers for the city said they would appeal, and the mayor called the ruling a "
                + "blow to the fans who had worn the logo on their scarves for three generations.";
        assertTrue(article.length() > 400);
        assertFalse(Prose.isLegal(article));
        assertTrue(Prose.isProse(article));
    }

    @Test
    void aScriptPrintedAsTextIsNotProseButASentenceAboutCodeIs() {
        String script = "//write out the tip var ie=document.all var ns6=document.getElementById && !document.all "
                + "var enabletip=false if (ie||ns6) var tipobj=document.all? document.all[\"tip\"] : null;";
        String aboutCode = "Call the function with the element's id, and it returns the element, or null when the page "
                + "has none; the old browsers needed another way (document.all) to do the same.";
        assertNotProseButTheSentenceIs(Prose::isScript, script, aboutCode);
    }

    /** {@code kind} takes {@code line} and makes it no prose, but not {@code sentence}, which stays prose. */
    private static void assertNotProseButTheSentenceIs(java.util.function.Predicate<String> kind, String line,
            String sentence) {
        assertTrue(kind.test(line), line);
        assertFalse(Prose.isProse(line), line);
        assertFalse(kind.test(sentence), sentence);
        assertTrue(Prose.isProse(sentence), sentence);
    }

    @Test
    void aNoticeAboutTheReadersBrowserIsNotProse() {
        assertFalse(Prose.isProse("This page is best viewed in an up-to-date web browser with style sheets (CSS) "
                + "enabled, and you may not get the full experience in the one you use."));
        assertFalse(Prose.isProse("Your browser does not support the video element, so the clip will not play here."));
    }

    @Test
    void aRowOfPictureFileNamesIsNotProseButASentenceNamingAFileIs() {
        String row = "maglogo.gif home.gif sub.gif advertise.gif newsletters.gif tv.gif blog.gif webcast.gif research.gif";
        String sentence = "The council published the plan as budget.pdf on its site, and the map, a large file called "
                + "city-map.png, shows the new roads in red.";
        assertNotProseButTheSentenceIs(Prose::isFileNames, row, sentence);
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

    @Test
    void aCommentSectionHeadingIsACountOrTheFormsInvitationNotAnEntryHeader() {
        for (String heading : List.of("12 Comments", "2 comments:", "3 Responses", "Leave a Reply", "Post a Comment")) {
            assertTrue(Prose.isCommentSectionHeading(heading), heading);
            assertTrue(Prose.isCommentHeader(heading), heading);
        }
        for (String header : List.of("Jane Roe says:", "By Jane Roe | 02:44 PM ET, 03/27/2013", "Reply",
                "The minister gave 2 comments: both short.")) {
            assertFalse(Prose.isCommentSectionHeading(header), header);
        }
    }
}
