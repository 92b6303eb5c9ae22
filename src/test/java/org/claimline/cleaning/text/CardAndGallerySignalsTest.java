package org.claimline.cleaning.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.claimline.model.BlockKind;
import org.junit.jupiter.api.Test;

/**
 * Link cards printed inside the body, numbered photo galleries between paragraphs and reference lists after the
 * body, on hand-made dumps.
 */
class CardAndGallerySignalsTest {

    private static final String[] PARAS = MainRegionSignalsTest.PARAS;

    private static TextLine shaped(String raw) {
        return StructuredListStepTest.line(raw);
    }

    private static TextLine lineOf(TextDumpContext ctx, String text) {
        return ctx.lines.get(MainRegionSignalsTest.lineOf(ctx, text));
    }

    @Test
    void headlinePrintedThreeTimesIsARepeat() {
        String h = "How to Keep Bees on a Small City Roof";
        assertEquals(TextLine.Shape.SELF_REPEAT, shaped(h + " " + h + " " + h).shape);
        assertEquals(TextLine.Shape.SELF_REPEAT, shaped(h + h + h).shape);
        assertEquals(TextLine.Shape.SELF_REPEAT, shaped(h + " " + h).shape);
        assertEquals(TextLine.Shape.TEXT, shaped(h + " " + h + " and more").shape);
        assertEquals(TextLine.Shape.TEXT, shaped("Run, run, run").shape);
    }

    @Test
    void cutShortSummaryOfACardInsideTheBodyIsLeftOut() {
        String h = "Why Old Bridges Need New Paint";
        String summary = "Every few years the city paints its bridges again, and the work costs more than most… Read more";
        String trailing = "And then the council asked the only question that mattered …";
        List<String> dump = new ArrayList<>(List.of("  • Home", "  • News", ""));
        dump.addAll(List.of(PARAS[0], "", PARAS[1], "", PARAS[2], "", "bridge-photo-01.jpg", h + " " + h + " " + h,
                summary, ""));
        dump.addAll(List.of(PARAS[3], "", PARAS[4], "", PARAS[5], "", "  • About", "  • Contact"));
        TextDumpContext ctx = new TextDumpPipeline().run(String.join("\n", dump));
        TextLine card = lineOf(ctx, summary);
        assertEquals(TextLine.Shape.TEASER, card.shape);
        assertEquals("related links", card.removedReason);
        assertTrue(lineOf(ctx, PARAS[0]).kept() && lineOf(ctx, PARAS[2]).kept());
        // a sentence that trails off on its own, without link words after the dots, is the article's
        TextDumpContext own = new TextDumpContext(h + " " + h + "\n" + trailing);
        new SegmentStep().apply(own);
        new LineShapeStep().apply(own);
        assertEquals(TextLine.Shape.TEXT, lineOf(own, trailing).shape);
    }

    private static final String[] CAPTIONS = {
        "The old harbour wall was rebuilt after the storm, and the fishing boats came back to it within a month of "
            + "the work being finished.",
        "A crowd gathered in the square on Saturday to watch the first tram in fifty years run along the new line "
            + "towards the station.",
        "Volunteers planted more than two hundred trees along the river bank, where the floods had washed the old "
            + "ones away last winter.",
        "The market hall reopened with twice as many stalls as before, most of them selling food grown within a "
            + "few miles of the town.",
    };

    @Test
    void numberedGallerySlidesBetweenParagraphsAreLeftOut() {
        List<String> dump = new ArrayList<>(List.of("  • Home", "  • News", ""));
        dump.addAll(List.of(PARAS[0], "", PARAS[1], "", "Town in pictures", ""));
        for (int i = 0; i < CAPTIONS.length; i++) {
            dump.addAll(List.of("  • " + (i + 1) + "/" + CAPTIONS.length + " Picture " + (i + 1), CAPTIONS[i], "Agency"));
        }
        dump.addAll(List.of("", PARAS[2], "", PARAS[3], "", "  • About", "  • Contact"));
        TextDumpContext ctx = new TextDumpPipeline().run(String.join("\n", dump));
        for (String c : CAPTIONS) {
            TextLine l = lineOf(ctx, c);
            assertEquals(TextLine.Shape.GALLERY, l.shape, c);
            assertEquals("gallery", l.removedReason, c);
        }
        // the gallery holds the body together: the paragraphs after it are kept too
        for (int i = 0; i < 4; i++) {
            assertTrue(lineOf(ctx, PARAS[i]).kept(), PARAS[i]);
        }
    }

    @Test
    void countersMustRunInOrderOverOneTotal() {
        assertArrayEquals(new int[] {3, 20}, GallerySlides.counter("3/20 Picture"));
        assertArrayEquals(new int[] {3, 20}, GallerySlides.counter("3 / 20"));
        assertNull(GallerySlides.counter("11/20/2019 01:14 PM"));
        assertNull(GallerySlides.counter("21/20 Picture"));
        // the same "1 / 5" under every photo is no numbered run, nor are amounts over different totals
        List<String> dump = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            dump.addAll(List.of("1 / 5", CAPTIONS[i], ""));
        }
        dump.addAll(List.of("1/2 cup of flour", "2/3 cup of milk", "3/4 cup of sugar", CAPTIONS[3]));
        TextDumpContext ctx = new TextDumpContext(String.join("\n", dump));
        new SegmentStep().apply(ctx);
        new LineShapeStep().apply(ctx);
        for (String c : CAPTIONS) {
            assertEquals(TextLine.Shape.TEXT, lineOf(ctx, c).shape, c);
        }
    }

    @Test
    void referencesWithBacklinkCaretsBelongToTheArticle() {
        String[] refs = {
            "1. ^ Roe, Jane (2010). A Short History of River Ferries. Example Press. p. 12.",
            "2. ^ \"Ferry service to end after ninety years\". The Town Daily. 3 May 2011. Retrieved 2012-01-04.",
            "^ Doe, John; Roe, Jane (2015). \"Crossing points\". Journal of Small Harbours. 4 (2): 33-41.",
        };
        List<String> dump = new ArrayList<>(List.of("  • Home", "  • News", ""));
        for (int i = 0; i < 4; i++) {
            dump.addAll(List.of(PARAS[i], ""));
        }
        dump.addAll(List.of("References", ""));
        for (String r : refs) {
            dump.add("  • " + r);
        }
        dump.addAll(List.of("", "  • About", "  • Contact", "  • Privacy"));
        TextDumpContext ctx = new TextDumpPipeline().run(String.join("\n", dump));
        for (String r : refs) {
            TextLine l = lineOf(ctx, r);
            assertTrue(l.kept(), r);
            assertEquals(BlockKind.LIST_ITEM, l.kind, r);
        }
        assertFalse(lineOf(ctx, "Privacy").kept());
        assertFalse(BlockKindStep.citation(shaped("^ ^")));
    }
}
