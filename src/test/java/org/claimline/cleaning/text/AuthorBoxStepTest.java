package org.claimline.cleaning.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.BlockKind;
import org.junit.jupiter.api.Test;

class AuthorBoxStepTest {

    private static final String[] PARAS = MainRegionSignalsTest.PARAS;
    private static final String BIO = "Jane Roe is a reporter based in Toronto who has written about city politics "
            + "for many years, for papers here and abroad.";

    private static Article clean(String... tail) {
        return new TextDumpPipeline().clean(MainRegionSignalsTest.bodyDump(List.of(), List.of(tail)));
    }

    @Test
    void nameAndBioAtTheEndLeaveTheText() {
        Article a = clean("About Jane Roe", BIO);
        assertFalse(a.text().contains("reporter based in Toronto"));
        assertFalse(a.text().contains("About Jane Roe"));
        assertTrue(a.text().endsWith(PARAS[5]));
        Block bio = a.blocks().stream().filter(b -> b.text().equals(BIO)).findFirst().orElseThrow();
        assertEquals(BlockKind.AUTHOR_BIO, bio.kind());
    }

    @Test
    void namesAreShortCapitalisedLines() {
        assertEquals("Jane Roe", AuthorBoxStep.nameOf(StructuredListStepTest.line("About Jane Roe")));
        assertEquals("Regan", AuthorBoxStep.nameOf(StructuredListStepTest.line("Regan")));
        assertNull(AuthorBoxStep.nameOf(StructuredListStepTest.line("What comes next")));
        assertNull(AuthorBoxStep.nameOf(StructuredListStepTest.line("The vote is on Monday.")));
    }

    @Test
    void headingFollowedByBodyThatDoesNotNameItStays() {
        Article a = clean("Next Steps", "The council will vote again in the spring, after a review of the figures.");
        assertTrue(a.text().contains("The council will vote again in the spring"));
    }
}
