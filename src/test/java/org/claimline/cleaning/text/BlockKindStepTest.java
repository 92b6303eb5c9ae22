package org.claimline.cleaning.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.BlockKind;
import org.junit.jupiter.api.Test;

class BlockKindStepTest {

    private static final String[] PARAS = MainRegionSignalsTest.PARAS;

    private static Article clean(List<String> middle) {
        List<String> lines = new java.util.ArrayList<>(List.of("  • Home", "  • News", "  • Sport", "", PARAS[0], "",
                PARAS[1], "", PARAS[2], ""));
        lines.addAll(middle);
        lines.addAll(List.of("", PARAS[3] + " " + PARAS[0], "", PARAS[4] + " " + PARAS[1], "", PARAS[5], "",
                "  • Contact"));
        return new TextDumpPipeline().clean(String.join("\n", lines));
    }

    private static Block block(Article a, String text) {
        return a.keptBlocks().stream().filter(b -> b.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("not kept: " + text));
    }

    @Test
    void aListOfSentencesInTheBodyKeepsItsTerseItems() {
        String terse = "Printing page ranges – Bug 499640";
        Article a = clean(List.of(
                "  • We fixed the crash that some of our users saw when they opened a second window during an update.",
                "  • " + terse,
                "  • Users can now import the logins they saved in their password manager into the browser.",
                "  • The search engines can now be turned off one by one in the settings, as many of you asked."));
        assertEquals(BlockKind.LIST_ITEM, block(a, terse).kind());
        assertEquals(BlockKind.LIST_ITEM, block(a, "Users can now import the logins they saved in their password "
                + "manager into the browser.").kind());
    }

    @Test
    void aListOfTerseItemsInTheBodyStaysOut() {
        Article a = clean(List.of("  • Printing page ranges – Bug 499640", "  • Share on Facebook",
                "  • Email this story", "  • More from the council"));
        for (String item : List.of("Printing page ranges – Bug 499640", "Share on Facebook", "More from the council")) {
            assertFalse(a.text().contains(item), item);
        }
        assertEquals(PARAS[5], a.keptBlocks().get(a.keptBlocks().size() - 1).text());
    }

    @Test
    void aRelatedBoxInsideTheBodyLeavesTheText() {
        // three teaser cards of four lines each (picture, headline, author, date) under the heading
        List<String> box = List.of("Sur le même sujet", "144x144.jpg", "A Katmandou, exode sous pression",
                "Par Jane Roe", "Jul 17, 2014", "144x144.png", "Népal : «Plus les heures passent, moins on est utiles»",
                "Par John Doe", "Mar 9, 2018", "144x144.png", "The Twists and Turns of Making a Neon Sign",
                "Linda Poon", "Aug 23, 2017");
        List<String> middle = new java.util.ArrayList<>();
        for (String line : box) {
            middle.addAll(List.of(line, ""));
        }
        Article a = clean(middle);
        for (String line : box) {
            assertFalse(a.text().contains(line), line);
        }
        for (String line : List.of("Sur le même sujet", "A Katmandou, exode sous pression", "Par John Doe",
                "The Twists and Turns of Making a Neon Sign")) {
            assertEquals("related links", a.blocks().stream().filter(b -> b.text().equals(line)).findFirst()
                    .orElseThrow().removedReason(), line);
        }
        assertTrue(a.text().endsWith(PARAS[5]));
        assertTrue(a.text().contains(PARAS[2]));
    }

    @Test
    void aRelatedHeadingOverAParagraphIsNotABox() {
        String heading = "Related research";
        Article a = clean(List.of(heading, "", "A study published last year found that programs of this kind reach "
                + "about half of the families who could use them, and that most of the others had not heard of them."));
        assertTrue(a.text().contains("A study published last year"));
        assertTrue(a.keptBlocks().stream().anyMatch(b -> b.text().equals(heading)));
    }

    @Test
    void aMostReadBoxEndsWhereTheBodyResumes() {
        List<String> box = List.of("Most read in world news", "RANDY ANDY",
                "Andrew parties in unearthed pics despite claiming he avoids them", "TIME TRAVELLER",
                "Conspiracy theorists say they have spotted her in a 120-year-old picture", "EYE POPPING",
                "Man has a rotting muscle removed after injecting oil to look bigger");
        String resumes = "Authorities in the west of the country, which is close to the border, set up a quarantine "
                + "that left dozens of tourists stranded.";
        String next = "Tourists from six countries were stuck in the town for days, and some of them said that they "
                + "had not been told why.";
        List<String> middle = new java.util.ArrayList<>();
        for (String line : box) {
            middle.addAll(List.of(line, ""));
        }
        middle.addAll(List.of(resumes, "", next));
        Article a = clean(middle);
        for (String line : box) {
            assertFalse(a.text().contains(line), line);
        }
        assertTrue(a.text().contains(resumes));
        assertTrue(a.text().contains(next));
        assertTrue(BlockKindStep.MOST_READ.matcher("Most popular").matches());
    }
}
