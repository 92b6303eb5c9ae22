package org.claimline.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.claimline.model.Article;
import org.claimline.model.TextRange;
import org.claimline.session.Highlighting;
import org.claimline.session.StyleInterner;
import org.claimline.ui.UiFixtures;
import org.junit.jupiter.api.Test;

class DocumentLayoutTest {
    private final Article a = UiFixtures.article();
    private final StyleInterner in = new StyleInterner();

    @Test
    void headerThenBlocksAndOffsetsMapBothWays() {
        DocumentLayout l = DocumentLayout.of(a, false, in);
        String[] paras = l.areaText().substring(1).split("\n");
        assertEquals("Distrust", paras[0]);
        assertEquals("Why the neighbours drift apart", paras[1]);
        assertEquals("By A. Writer  \u00B7  4 January 2020  \u00B7  The Times", paras[2]);
        assertEquals(UiFixtures.P1, paras[3]);
        assertEquals(UiFixtures.P2, paras[4]);
        String text = a.text();
        for (int t = 0; t < text.length(); t++) {
            if (text.charAt(t) != '\n') {
                int ar = l.toArea(t);
                assertEquals(text.charAt(t), l.areaText().charAt(ar), "offset " + t);
                assertEquals(t, l.toText(ar));
            }
        }
        assertEquals(-1, l.toText(3), "header is not article text");
        int s = l.toArea(text.indexOf("Seoul"));
        int e = l.toArea(text.indexOf("trade") + 5);
        assertEquals(new TextRange(text.indexOf("Seoul"), text.indexOf("trade") + 5), l.toText(s, e));
        assertNull(l.toText(0, 5));
        assertEquals(l.toArea(0), l.firstTextOffset());
    }

    @Test
    void removedBlocksShownInPlaceKeepTheMapping() {
        DocumentLayout l = DocumentLayout.of(a, true, in);
        DocumentLayout.Segment nav = l.segmentAt(l.areaText().indexOf("Home"));
        assertTrue(nav.classes().contains("removed"));
        assertEquals(1, nav.blockIndex());
        assertEquals(-1, l.toText(l.areaText().indexOf("Home")));
        int t = a.text().indexOf("trade");
        assertEquals("trade", l.areaText().substring(l.toArea(t), l.toArea(t) + 5));
    }

    @Test
    void runsMergeBaseAndHighlightClassesAndCoverTheArea() {
        DocumentLayout l = DocumentLayout.of(a, false, in);
        String text = a.text();
        int s = text.indexOf("Seoul");
        int e = text.indexOf("deepened");
        List<Highlighting.Span> spans = List.of(new Highlighting.Span(s, e, in.intern(List.of("claim", "issue-0"))));
        List<DocumentLayout.Run> runs = l.runs(spans);
        assertEquals(l.areaText().length(), runs.stream().mapToInt(DocumentLayout.Run::length).sum());
        int pos = 0;
        List<String> atSeoul = null;
        List<String> atThe = null;
        for (DocumentLayout.Run r : runs) {
            if (pos <= l.toArea(s) && l.toArea(s) < pos + r.length()) {
                atSeoul = r.classes();
            }
            if (pos <= l.toArea(text.indexOf("The trade")) && l.toArea(text.indexOf("The trade")) < pos + r.length()) {
                atThe = r.classes();
            }
            pos += r.length();
        }
        assertEquals(List.of("block", "block-paragraph", "claim", "issue-0"), atSeoul);
        assertEquals(List.of("block", "block-quote", "claim", "issue-0"), atThe);
        assertSame(in.intern(new ArrayList<>(atSeoul)), atSeoul);
    }

    @Test
    void changedWindowIsOnlyWhatDiffers() {
        DocumentLayout l = DocumentLayout.of(a, false, in);
        List<DocumentLayout.Run> plain = l.runs(List.of());
        assertNull(DocumentLayout.changed(plain, l.runs(List.of())));
        int s = a.text().indexOf("trade");
        List<DocumentLayout.Run> one = l.runs(List.of(new Highlighting.Span(s, s + 5, in.intern(List.of("claim")))));
        DocumentLayout.Window w = DocumentLayout.changed(plain, one);
        assertEquals(l.segments().get(5).areaStart(), w.start());
        assertEquals(l.segments().get(5).length(), w.runs().stream().mapToInt(DocumentLayout.Run::length).sum());
        assertEquals(0, DocumentLayout.changed(null, one).start());
    }
}
