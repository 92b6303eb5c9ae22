package org.claimline.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimline.model.TextRange;
import org.junit.jupiter.api.Test;

class TextSnappingTest {
    private static final String T = "Japan's growing distrust of Korea began. Seoul \u201Cdisagrees.\u201D\n\nNext one.";

    private static String words(int s, int e) {
        TextRange r = TextSnapping.toWords(T, new TextRange(s, e));
        return T.substring(r.start(), r.end());
    }

    @Test
    void growsPartialWordsAndTrimsSpaces() {
        int g = T.indexOf("rowing");
        assertEquals("growing distrust", words(g, T.indexOf("distrust") + 3));
        assertEquals("Japan's", words(1, 4));
        assertEquals("distrust", words(T.indexOf(" distrust"), T.indexOf(" distrust") + 9));
    }

    @Test
    void keepsTheSentenceStopAfterTheLastWord() {
        assertEquals("Korea began.", words(T.indexOf("Korea"), T.indexOf("began") + 2));
    }

    @Test
    void selectionWithoutWordsIsEmpty() {
        int sp = T.indexOf(". ") + 1;
        assertTrue(TextSnapping.toWords(T, new TextRange(sp, sp + 1)).isEmpty());
    }

    @Test
    void sentenceStaysInsideItsParagraph() {
        TextRange r = TextSnapping.toSentence(T, new TextRange(T.indexOf("distrust"), T.indexOf("distrust") + 2));
        assertEquals("Japan's growing distrust of Korea began.", T.substring(r.start(), r.end()));
        r = TextSnapping.toSentence(T, new TextRange(T.indexOf("Seoul") + 1, T.indexOf("Seoul") + 2));
        assertEquals("Seoul \u201Cdisagrees.\u201D", T.substring(r.start(), r.end()));
        r = TextSnapping.toSentence(T, new TextRange(T.indexOf("one"), T.indexOf("one") + 1));
        assertEquals("Next one.", T.substring(r.start(), r.end()));
    }
}
