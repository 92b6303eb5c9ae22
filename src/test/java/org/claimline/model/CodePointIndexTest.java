package org.claimline.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The one UTF-16 ↔ code-point converter (it replaced one each in storage, export and anchoring). */
class CodePointIndexTest {
    // "a😀b𠀀c": a(0) 😀(1,2) b(3) 𠀀(4,5) c(6) in UTF-16; a b c at code points 0, 2, 4
    private static final String TEXT = "a\uD83D\uDE00b\uD840\uDC00c";

    @Test
    void agreesWithTheJdkEverywhere() {
        String[] texts = {"", "plain ascii", "caf\u00e9 \u201cquoted\u201d", "\uD83D\uDE00", "a\uD83D\uDE00b\uD83C\uDDF0\uD83C\uDDF7c",
                "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00x", "lone \uD800 high and \uDC00 low", TEXT};
        for (String t : texts) {
            CodePointIndex idx = CodePointIndex.of(t);
            for (int i = 0; i <= t.length(); i++) {
                assertEquals(t.codePointCount(0, i), idx.toCodePoints(i), "'" + t + "' at " + i);
            }
        }
    }

    @Test
    void codePointsToUtf16AndBack() {
        CodePointIndex idx = CodePointIndex.of(TEXT);
        for (int cp = 0; cp <= 5; cp++) {
            int u = idx.toUtf16(cp);
            assertEquals(TEXT.offsetByCodePoints(0, cp), u);
            assertEquals(cp, idx.toCodePoints(u));
        }
        assertEquals(4, idx.toUtf16(3));
    }

    @Test
    void rangesConvertBothWays() {
        CodePointIndex idx = CodePointIndex.of(TEXT);
        TextRange emojiToCjk = new TextRange(1, 6); // "😀b𠀀"
        int[] cps = idx.toCodePoints(emojiToCjk);
        assertArrayEquals(new int[] {1, 4}, cps);
        assertEquals(emojiToCjk, idx.toUtf16Range(cps[0], cps[1]));
        TextRange cjk = idx.toUtf16Range(3, 4);
        assertEquals("\uD840\uDC00", TEXT.substring(cjk.start(), cjk.end()));
        assertNull(idx.toUtf16Range(4, 9), "past the end of the text");
        assertNull(idx.toUtf16Range(3, 2), "reversed");
    }

    @Test
    void noTextKnownMapsEveryOffsetToItself() {
        CodePointIndex idx = CodePointIndex.of(null);
        assertEquals(7, idx.toCodePoints(7));
        assertEquals(7, idx.toUtf16(7));
    }
}
