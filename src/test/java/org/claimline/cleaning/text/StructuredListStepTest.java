package org.claimline.cleaning.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.claimline.model.Article;
import org.claimline.model.BlockKind;
import org.junit.jupiter.api.Test;

class StructuredListStepTest {

    private static final String[] PARAS = MainRegionSignalsTest.PARAS;
    private static final List<String> TOUR = List.of("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
            "June 10 -- Credit Union Amphitheatre, Tampa, FL", "June 17 -- Bridgestone Arena, Nashville, TN",
            "June 19 -- Music Pavilion, Charlotte, NC", "July 2 -- Sun Arena, Uncasville, CT",
            "Aug. 4 -- Riverbend Music Center, Cincinnati, OH");

    /** One line of text, segmented and shaped on its own. */
    static TextLine line(String text) {
        TextDumpContext ctx = new TextDumpContext(text);
        new SegmentStep().apply(ctx);
        new LineShapeStep().apply(ctx);
        return ctx.lines.get(0);
    }

    @Test
    void skeletonKeepsNumbersAndPunctuation() {
        assertEquals("0-", StructuredListStep.skeleton(line("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL")));
        assertEquals("00", StructuredListStep.skeleton(line("1 Kyle Busch 5040 5 1 17 27")));
        assertNull(StructuredListStep.skeleton(line("Politics and world news")));
        assertNull(StructuredListStep.skeleton(line("design-week-2018-arrangements-01")));
        assertEquals("0-", StructuredListStep.skeleton(line("Aug. 4 -- Riverbend Music Center, Cincinnati, OH")));
    }

    @Test
    void listTheBodyIntroducesStaysWithTheBody() {
        List<String> dump = new ArrayList<>(List.of("  • Home", "  • News", "  • Sport", ""));
        dump.addAll(List.of(PARAS[0], "", PARAS[1], "", PARAS[2], "", "The tour dates:"));
        dump.addAll(TOUR);
        dump.addAll(List.of("", "  • Facebook", "  • Twitter", "  • About us", "  • Contact"));
        TextDumpContext ctx = new TextDumpPipeline().run(String.join("\n", dump));
        for (String row : TOUR) {
            TextLine l = ctx.lines.get(MainRegionSignalsTest.lineOf(ctx, row));
            assertTrue(l.listRow && l.kept(), row);
            assertEquals(BlockKind.LIST_ITEM, l.kind);
        }
        Article a = new TextDumpPipeline().clean(String.join("\n", dump));
        assertTrue(a.text().contains("Aug. 4 -- Riverbend Music Center"));
        assertFalse(a.text().contains("Facebook"));
    }

    @Test
    void listsThatNothingIntroducesOrThatAlternateStayOut() {
        List<String> numbered = List.of("1. Mayor wins vote", "2. Storm hits coast", "3. Team loses final",
                "4. Prices rise again", "5. School reopens");
        List<String> dump = new ArrayList<>(List.of("  • Home", "Most read"));
        dump.addAll(numbered);
        dump.addAll(List.of("", PARAS[0], "", PARAS[1], ""));
        for (int i = 1; i <= 5; i++) {
            dump.add("Headline number " + i + " of the day");
            dump.add(i + " March 2019 at 15:2" + i);
        }
        TextDumpContext ctx = new TextDumpContext(String.join("\n", dump));
        for (TextDumpStep s : new TextDumpPipeline().steps().subList(0, 9)) {
            s.apply(ctx);
        }
        assertTrue(ctx.lines.stream().noneMatch(l -> l.listRow), "no structured run");
    }
}
