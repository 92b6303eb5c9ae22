package org.claimline.cleaning.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimline.cleaning.text.TextLine.Quality;
import org.claimline.cleaning.text.TextLine.Shape;
import org.claimline.model.BlockKind;
import org.junit.jupiter.api.Test;

/** Each step on its own, on small hand-made dumps. */
class TextDumpStepsTest {

    private static final String PARA1 = "The council voted on Tuesday to extend the program for another year, "
            + "saying that it had helped more families than any of the plans that came before it.";
    private static final String PARA2 = "Critics said the money would be better spent on schools, and they "
            + "warned that the costs of the program were likely to rise again in the coming years, as they "
            + "had done in each of the last three budgets.";
    private static final String PARA3 = "The mayor, who had promised to cut spending, said she was proud of "
            + "what the city had done and that she would ask for more money if it was needed.";

    private static TextDumpContext run(String text, TextDumpStep... steps) {
        TextDumpContext ctx = new TextDumpContext(text);
        for (TextDumpStep s : steps) {
            s.apply(ctx);
        }
        return ctx;
    }

    private static TextDumpContext upToShapes(String text) {
        return run(text, new SegmentStep(), new LanguageStep(), new LineShapeStep(), new RepetitionStep());
    }

    @Test
    void segmentFindsLinesMarkersAndIndentation() {
        TextDumpContext ctx = run("Title\r\n\r\n  • Politics\n      □ Sub item\n   \nBody   text\u00A0here\n  1. First\n",
                new SegmentStep());
        List<TextLine> ls = ctx.lines;
        assertEquals(5, ls.size());
        assertEquals("Title", ls.get(0).text);
        assertTrue(ls.get(1).bullet);
        assertEquals("Politics", ls.get(1).text);
        assertTrue(ls.get(1).blankBefore);
        assertTrue(ls.get(2).bullet);
        assertEquals(6, ls.get(2).indent);
        assertFalse(ls.get(3).bullet);
        assertTrue(ls.get(3).blankBefore);
        assertEquals("Body text here", ls.get(3).text);
        assertTrue(ls.get(4).bullet);
        assertEquals("First", ls.get(4).text);
    }

    @Test
    void lineShapes() {
        TextDumpContext ctx = upToShapes(String.join("\n",
                "amn_close.png",
                "amn_NK.png amn_DR.png amn_LK.png",
                "  • bt_fb_on_2022.svgbt_fb_over_2022.svg",
                "  • facebook",
                "Print PreviewPrint Preview",
                "2019-12-24 16:15  |  Foreign Affairs",
                "Posted : 2020-01-04 10:38",
                "Copyright © example.com. All rights reserved.",
                "https://example.com/a/b",
                "12345",
                "Agency-115x115.png Associated Press",
                PARA1));
        List<Shape> shapes = ctx.lines.stream().map(l -> l.shape).toList();
        assertEquals(List.of(Shape.IMAGE, Shape.IMAGE, Shape.IMAGE, Shape.SHARE, Shape.SELF_REPEAT, Shape.DATE_SECTION,
                Shape.DATE, Shape.COPYRIGHT, Shape.URL, Shape.DIGITS, Shape.TEXT, Shape.TEXT), shapes);
        assertEquals("Associated Press", ctx.lines.get(10).text);
        TextLine p = ctx.lines.get(11);
        assertTrue(p.stopwordDensity() > 0.3, "English stopwords counted: " + p.stopwordDensity());
    }

    @Test
    void aLineOfOnlyADateIsADateLineButATableRowIsNot() {
        TextDumpContext ctx = upToShapes(String.join("\n", "08.04.2015 12:46", "2020-08-01 18:00:00+00 │ 400 │ 24"));
        assertEquals(List.of(Shape.DATE, Shape.DIGITS), ctx.lines.stream().map(l -> l.shape).toList());
    }

    @Test
    void shareButtonsWithTheirLabels() {
        TextDumpContext ctx = upToShapes(String.join("\n", "Share this with WhatsApp", "Share to Twitter",
                "Share this story with your friends and family before the vote"));
        assertEquals(List.of(Shape.SHARE, Shape.SHARE, Shape.TEXT), ctx.lines.stream().map(l -> l.shape).toList());
    }

    @Test
    void repetitionCountsIgnoringCaseAndPunctuation() {
        TextDumpContext ctx = upToShapes("A caption, here\nsomething\na CAPTION here.\nA caption here\n");
        assertEquals(3, ctx.lines.get(0).repeats);
        assertEquals(1, ctx.lines.get(1).repeats);
        assertEquals(0, ctx.lines.get(3).firstOccurrence);
    }

    @Test
    void classificationAndSmoothing() {
        TextDumpContext ctx = upToShapes(String.join("\n", "  • Home", "  • News", PARA1, "He said no.", PARA2,
                "Sports Weather Markets Tech Travel Food Cars Homes Jobs Deals Events Podcasts Video", PARA3));
        new ClassifyStep().apply(ctx);
        List<Quality> initial = ctx.lines.stream().map(l -> l.quality).toList();
        assertEquals(List.of(Quality.BAD, Quality.BAD, Quality.NEAR_GOOD, Quality.SHORT, Quality.GOOD,
                Quality.BAD, Quality.NEAR_GOOD), initial);
        new ContextSmoothingStep().apply(ctx);
        List<Quality> revised = ctx.lines.stream().map(l -> l.quality).toList();
        // near-good lines next to other text become good; the short line between them follows
        assertEquals(Quality.GOOD, revised.get(2));
        assertEquals(Quality.GOOD, revised.get(4));
        assertEquals(Quality.BAD, revised.get(5));
        assertEquals(Quality.BAD, revised.get(0));
    }

    @Test
    void mainRegionSkipsTeasersAroundTheBody() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append("  • Menu entry ").append(i).append('\n');
        }
        sb.append(PARA1).append("\n\n").append(PARA2).append("\n\n").append(PARA3).append("\n\n");
        for (int i = 0; i < 12; i++) {
            sb.append("  • Top story number ").append(i).append(" of today").append('\n');
        }
        sb.append("Cookie notice: we use cookies to improve your experience and to show you what you may like.\n");
        TextDumpContext ctx = upToShapes(sb.toString());
        new ClassifyStep().apply(ctx);
        new ContextSmoothingStep().apply(ctx);
        new MainRegionStep().apply(ctx);
        assertEquals(12, ctx.regionStart);
        assertEquals(14, ctx.regionEnd);
        assertFalse(ctx.lines.get(ctx.lines.size() - 1).inRegion);
    }

    @Test
    void metadataAndBlockKinds() {
        String dump = String.join("\n", "  • Home", "  • World", "  • Opinion", "Opinion",
                "COLUMNCity votes to extend its housing program", "Published: March 3, 2021 8:15 AM",
                "Updated: March 4, 2021", "  • facebook", "  • twitter", "The city council chamber, seen from the river",
                "The city council chamber, seen from the river", "By Ada Lovelace", "", PARA1, "", "What comes next", "",
                PARA2, "", PARA3, "",
                "Ada Lovelace is a columnist who writes about cities.", "  • About", "  • Contact",
                "Copyright © 2021 Example News");
        TextDumpContext ctx = new TextDumpPipeline().run(dump);
        var m = ctx.metadata;
        assertEquals("City votes to extend its housing program", m.title());
        assertEquals(List.of("Ada Lovelace"), m.byline());
        assertEquals("2021-03-03T08:15", m.published().toIso());
        assertEquals("2021-03-04", m.updated().toIso());
        assertEquals("Opinion", m.section());
        assertEquals("The city council chamber, seen from the river", m.leadImageCaption());
        assertEquals("en", m.language());
        List<TextLine> kept = ctx.lines.stream().filter(l -> l.kept() && l.kind.inText()).toList();
        assertEquals(List.of(PARA1, "What comes next", PARA2, PARA3), kept.stream().map(l -> l.text).toList());
        assertEquals(BlockKind.HEADING, kept.get(1).kind);
        assertTrue(ctx.lines.stream().anyMatch(l -> l.kind == BlockKind.AUTHOR_BIO && l.kept()));
        assertEquals("copyright", ctx.lines.get(ctx.lines.size() - 1).removedReason);
    }

    @Test
    void plainArticleStaysAsItIs() {
        String text = "A quiet morning\n\n" + PARA1 + "\n\n" + PARA2 + "\n\nIt rained.\n";
        TextDumpContext ctx = new TextDumpPipeline().run(text);
        assertTrue(ctx.plain);
        assertEquals(List.of("A quiet morning", PARA1, PARA2, "It rained."), ctx.lines.stream().map(l -> l.text).toList());
        assertTrue(ctx.lines.stream().allMatch(TextLine::kept));
        assertEquals(BlockKind.HEADING, ctx.lines.get(0).kind);
        assertEquals(BlockKind.PARAGRAPH, ctx.lines.get(3).kind);
    }

    @Test
    void hardWrappedPlainTextIsJoinedIntoParagraphs() {
        String text = "The committee met on Monday and agreed that the new rules\n"
                + "should apply from the start of next year, after a vote that\n"
                + "was closer than many of its members had expected.\n\n"
                + "Nobody spoke against the plan.\n";
        TextDumpContext ctx = new TextDumpPipeline().run(text);
        assertTrue(ctx.plain);
        assertEquals(2, ctx.lines.size());
        assertTrue(ctx.lines.get(0).text.startsWith("The committee met on Monday and agreed that the new rules should"));
    }

    @Test
    void pipelineNamesItsSteps() {
        List<String> names = new TextDumpPipeline().steps().stream().map(TextDumpStep::name).toList();
        assertEquals(List.of("segment", "language", "line-shape", "wrapped-lines", "repetition", "plain-article",
                "classify", "code-block", "context-smoothing", "structured-list", "main-region", "metadata",
                "lead-caption", "author-box", "block-kind"), names);
    }
}
