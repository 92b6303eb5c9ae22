package org.claimline.anchoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.claimline.model.TextRange;
import org.junit.jupiter.api.Test;

class CodePointsTest {
    // "a😀b𠀀c": a(0) 😀(1,2) b(3) 𠀀(4,5) c(6) in UTF-16; a b c at code points 0, 2, 4
    private static final String TEXT = "a\uD83D\uDE00b\uD840\uDC00c";

    @Test
    void utf16ToCodePointsCountsSurrogatePairsOnce() {
        assertEquals(7, TEXT.length());
        assertEquals(0, CodePoints.toCodePoint(TEXT, 0));
        assertEquals(1, CodePoints.toCodePoint(TEXT, 1));
        assertEquals(2, CodePoints.toCodePoint(TEXT, 3));
        assertEquals(3, CodePoints.toCodePoint(TEXT, 4));
        assertEquals(5, CodePoints.toCodePoint(TEXT, 7));
    }

    @Test
    void anIndexInsideASurrogatePairRoundsDownToTheCharacter() {
        assertEquals(1, CodePoints.toCodePoint(TEXT, 2));
        assertEquals(3, CodePoints.toCodePoint(TEXT, 5));
    }

    @Test
    void codePointsToUtf16AndBack() {
        for (int cp = 0; cp <= 5; cp++) {
            int u = CodePoints.toUtf16(TEXT, cp);
            assertEquals(cp, CodePoints.toCodePoint(TEXT, u));
        }
        assertEquals(4, CodePoints.toUtf16(TEXT, 3));
        assertEquals(-1, CodePoints.toUtf16(TEXT, 6));
    }

    @Test
    void rangesConvertBothWays() {
        TextRange emojiToCjk = new TextRange(1, 6); // "😀b𠀀"
        int[] cps = CodePoints.toCodePoints(TEXT, emojiToCjk);
        assertArrayEquals(new int[] {1, 4}, cps);
        assertEquals(emojiToCjk, CodePoints.toUtf16Range(TEXT, cps[0], cps[1]));
        assertEquals("\uD840\uDC00", TEXT.substring(CodePoints.toUtf16Range(TEXT, 3, 4).start(),
                CodePoints.toUtf16Range(TEXT, 3, 4).end()));
        assertNull(CodePoints.toUtf16Range(TEXT, 4, 9));
        assertNull(CodePoints.toUtf16Range(TEXT, 3, 2));
    }
}
