package org.claimline.cleaning.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.claimline.model.Article;
import org.junit.jupiter.api.Test;

class LeadCaptionStepTest {

    private static final String[] PARAS = MainRegionSignalsTest.PARAS;

    private static String dump(String... head) {
        List<String> lines = new ArrayList<>(List.of("Council extends the program"));
        lines.addAll(List.of(head));
        return MainRegionSignalsTest.bodyDump(lines, List.of());
    }

    private static final String CAPTION = "The mayor speaks to reporters outside the city hall after the vote on the "
            + "program, which passed with a large majority of the council members in favour.";

    @Test
    void captionFollowedByACreditLineLeavesTheBody() {
        Article a = new TextDumpPipeline().clean(dump(CAPTION, "Jane Roe | Daily Agency | Getty Images"));
        assertFalse(a.text().contains("speaks to reporters"));
        assertFalse(a.text().contains("Getty"));
        assertTrue(a.text().startsWith(PARAS[0]));
        assertEquals(CAPTION, a.metadata().leadImageCaption());
    }

    @Test
    void captionClosingWithABracketedCreditLeavesTheBody() {
        Article a = new TextDumpPipeline().clean(dump(CAPTION.replace("favour.", "favour. (Jane Roe/AP)")));
        assertFalse(a.text().contains("speaks to reporters"));
        assertTrue(a.text().startsWith(PARAS[0]));
    }

    @Test
    void firstParagraphWithoutCreditStays() {
        Article a = new TextDumpPipeline().clean(dump(CAPTION));
        assertTrue(a.text().startsWith(CAPTION), a.text());
        TextLine plain = new TextDumpPipeline().run("x").lines().get(0);
        assertFalse(LeadCaptionStep.isCredit(plain));
    }

    private static boolean captioned(String text) {
        return LeadCaptionStep.creditedCaption(StructuredListStepTest.line(text));
    }

    @Test
    void captionsInsideTheBodyNameTheirPicture() {
        assertTrue(captioned("Protesters gathered in the square on Sunday (Image: AGENCY )"));
        assertTrue(captioned("Image caption The mayor has led the city for ten years"));
        assertFalse(captioned("The agency released a video of the rescue on Monday."));
        assertFalse(captioned("He said the vote was close (it passed by one vote)"));
        String body = dump("Council extends the program");
        String withCaption = body.replace(PARAS[2],
                PARAS[2] + "\n\nThe council chamber during the vote (Photo: Jane Roe)");
        Article a = new TextDumpPipeline().clean(withCaption);
        assertFalse(a.text().contains("council chamber during"));
        assertTrue(a.text().contains(PARAS[3]));
    }

    @Test
    void aClosingCreditLabelMakesACaption() {
        assertTrue(captioned("A man walks past a parked truck on a city street on Thursday Credit: Jane Roe/Agency"));
        assertTrue(captioned("The striker after the match in the capital. | Photo: Agency"));
        assertTrue(captioned("Whale expert John Doe at the shore. Photograph: Jane Roe for the Paper"));
        assertTrue(captioned("The new phone has a darker grey colour option. Image credit: Maker"));
        assertTrue(captioned("The hospital where people from the region sought treatmentCredit: Agency"));
        assertFalse(captioned("The council approved the plan after a long debate on the photo archive"));
        // a label opening the line (a gallery link), a credit that runs on as a sentence
        assertFalse(captioned("Photos: Million-dollar cars for auction"));
        assertFalse(captioned("The board met twice. Credit: the chairman said the loans were sound. Nobody agreed."));
    }

    @Test
    void theAltTextBesideACreditedCaptionGoesWithIt() {
        String body = dump("Council extends the program");
        String withPicture = body.replace(PARAS[2], PARAS[2]
                + "\n\nThe council chamber during the vote on the extension\n\n6"
                + "\n\nThe council chamber during the vote on Tuesday evening. | Photo: Jane Roe");
        Article a = new TextDumpPipeline().clean(withPicture);
        assertFalse(a.text().contains("council chamber"), a.text());
        assertTrue(a.text().contains(PARAS[2]));
        assertTrue(a.text().contains(PARAS[3]));
        TextLine caption = StructuredListStepTest.line("The council chamber during the vote. Credit: Jane Roe");
        assertFalse(LeadCaptionStep.altTextOf(StructuredListStepTest.line("The council voted on the budget"), caption));
    }

    @Test
    void twoLinesInARowOpeningAlikeAreAPicturesAltTextAndCaption() {
        String body = dump("Council extends the program");
        String alt = "Members of the city council during the vote on the extension in the old town hall";
        String caption = "Members of the city council during the vote on Tuesday, which took most of the evening";
        Article a = new TextDumpPipeline().clean(body.replace(PARAS[2], PARAS[2] + "\n\n" + alt + "\n\n  • " + caption));
        assertFalse(a.text().contains("Members of the city council"), a.text());
        assertTrue(a.text().contains(PARAS[2]) && a.text().contains(PARAS[3]));
        // two items of one list opening alike stay list items
        String first = "Remove the nodes from the list that are locked to a place since they cannot move";
        String second = "Remove the nodes from the list that have only one legal place in the device";
        a = new TextDumpPipeline().clean(body.replace(PARAS[2], PARAS[2] + "\n\n  • " + first + "\n  • " + second));
        assertTrue(a.text().contains(first) && a.text().contains(second), a.text());
    }
}
