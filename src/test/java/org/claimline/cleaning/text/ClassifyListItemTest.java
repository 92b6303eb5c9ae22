package org.claimline.cleaning.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimline.cleaning.text.TextLine.Quality;
import org.junit.jupiter.api.Test;

/** Short list items: links until they read as sentences. */
class ClassifyListItemTest {

    @Test
    void shortBulletWrittenAsASentenceIsLeftToItsNeighbours() {
        TextDumpContext ctx = new TextDumpContext(String.join("\n", "  • Politics", "  • Sign in",
                "  • New tasks for the game!", "  • Better support for older phones.", "  • Top stories of the day"));
        for (TextDumpStep s : List.of(new SegmentStep(), new LanguageStep(), new LineShapeStep(), new RepetitionStep(),
                new ClassifyStep())) {
            s.apply(ctx);
        }
        assertEquals(List.of(Quality.BAD, Quality.BAD, Quality.SHORT, Quality.SHORT, Quality.BAD),
                ctx.lines.stream().map(l -> l.quality).toList());
        assertTrue(ClassifyStep.sentenceItem(ctx.lines.get(3)));
    }
}
