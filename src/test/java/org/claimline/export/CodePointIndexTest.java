package org.claimline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodePointIndexTest {
    @Test
    void agreesWithTheJdkEverywhere() {
        String[] texts = {"", "plain ascii", "caf\u00e9 \u201cquoted\u201d", "\uD83D\uDE00", "a\uD83D\uDE00b\uD83C\uDDF0\uD83C\uDDF7c",
                "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00x", "lone \uD800 high and \uDC00 low"};
        for (String t : texts) {
            CodePointIndex idx = new CodePointIndex(t);
            for (int i = 0; i <= t.length(); i++) {
                assertEquals(t.codePointCount(0, i), idx.at(i), "'" + t + "' at " + i);
            }
        }
    }
}
