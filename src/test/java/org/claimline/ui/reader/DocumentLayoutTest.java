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
        DocumentLayout l = DocumentLayout.of(a, false, in, java.util.Locale.UK);
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

    /** The classes of each area character, from the runs. */
    private static List<List<String>> classesPerChar(DocumentLayout l) {
        List<List<String>> out = new ArrayList<>();
        for (DocumentLayout.Run r : l.runs(List.of())) {
            for (int k = 0; k < r.length(); k++) {
                out.add(r.classes());
            }
        }
        return out;
    }

    @Test
    void onlyRunsOfCjkScriptGetTheCjkFaceNotTheWholeArticle() {
        Article en = new Article(org.claimline.model.Article.Metadata.empty().withTitle("Distrust"), List.of(
                org.claimline.model.Block.kept(org.claimline.model.BlockKind.PARAGRAPH,
                        "Seoul (\uC11C\uC6B8 \uC2DC\uCCAD\u3002) said no."),
                org.claimline.model.Block.removed(org.claimline.model.BlockKind.PARAGRAPH,
                        "\u00A9 \uC11C\uC6B8 News", "footer")));
        DocumentLayout l = DocumentLayout.of(en, true, in);
        assertTrue(l.hasCjk());
        List<List<String>> per = classesPerChar(l);
        String area = l.areaText();
        assertEquals(area.length(), per.size());
        int ko = area.indexOf('\uC11C');
        for (int k = 0; k < area.length(); k++) {
            char c = area.charAt(k);
            boolean cjk = per.get(k).contains(DocumentLayout.CJK_CLASS);
            boolean expected = (c >= 0xAC00 && c <= 0xD7A3) || c == '\u3002'
                    || (c == ' ' && k > ko && k < area.indexOf('\u3002'));
            assertEquals(expected, cjk, "offset " + k + " '" + c + "'");
        }
        // the headline keeps its own classes (bold Latin face), and the layout without CJK has no such runs
        assertEquals(List.of("header", "title"), per.get(area.indexOf("Distrust")));
        assertTrue(!DocumentLayout.of(a, true, in).hasCjk());
        assertTrue(DocumentLayout.of(a, true, in).runs(List.of()).stream()
                .noneMatch(r -> r.classes().contains(DocumentLayout.CJK_CLASS)));
    }
}
