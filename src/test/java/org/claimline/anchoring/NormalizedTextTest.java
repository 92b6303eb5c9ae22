package org.claimline.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    @Test
    void foldsQuotesDashesSpacesAndInvisibles() {
        assertEquals("\"It's - fine\" ...", NormalizedText.normalize("\u201CIt\u2019s \u2014 fi\u00ADne\u201D\u00A0 \n\u2026"));
    }

    @Test
    void aSpaceIsWhatJavaCallsWhitespaceAndTheNoBreakSpaces() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String at = "U+" + Integer.toHexString(c);
            boolean expected = Character.isWhitespace(c) || c == 0x00A0 || c == 0x2007 || c == 0x202F;
            assertEquals(expected, NormalizedText.isSpace((char) c), at);
        }
    }

    @Test
    void theStringAloneIsWhatTheMappedFormReads() {
        String alphabet = "ab Z.\n\t\u00A0\u2009\u200B\u00AD\u2026\u2019\u201C\u2014\u00E9\u3000\u0001";
        java.util.Random rnd = new java.util.Random(7);
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = rnd.nextInt(12); i > 0; i--) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertEquals(NormalizedText.of(s).text(), NormalizedText.normalize(s), () -> s.chars()
                    .mapToObj(c -> String.format("\\u%04X", c)).collect(java.util.stream.Collectors.joining()));
        }
    }

    @Test
    void mapsNormalisedOffsetsBackToTheOriginal() {
        String original = "A\u00A0\u00A0 \u201Cquote\u201D\u2014end";
        NormalizedText n = NormalizedText.of(original);
        assertEquals("A \"quote\"-end", n.text());
        int at = n.text().indexOf("\"quote\"");
        int start = n.originalStart(at);
        int end = n.originalEnd(at, at + "\"quote\"".length());
        assertEquals("\u201Cquote\u201D", original.substring(start, end));
        // the collapsed run of spaces maps to the whole run
        assertEquals(1, n.originalStart(1));
        assertEquals(4, n.originalEnd(1, 2));
        assertEquals(n.text().indexOf('"'), n.normalizedIndex(original.indexOf('\u201C')));
    }

    @Test
    void anEllipsisMapsItsThreeDotsToOneCharacter() {
        String original = "wait\u2026 now";
        NormalizedText n = NormalizedText.of(original);
        assertEquals("wait... now", n.text());
        assertEquals("wait\u2026", original.substring(n.originalStart(0), n.originalEnd(0, 7)));
        assertEquals(4, n.originalStart(5));
    }

    @Test
    void keepsSurrogatePairsIntact() {
        String original = "x \uD83D\uDE00  \uD840\uDC00";
        NormalizedText n = NormalizedText.of(original);
        assertEquals("x \uD83D\uDE00 \uD840\uDC00", n.text());
        int at = n.text().indexOf("\uD840\uDC00");
        assertEquals(original.indexOf("\uD840\uDC00"), n.originalStart(at));
        assertEquals(original.length(), n.originalEnd(at, at + 2));
    }
}
