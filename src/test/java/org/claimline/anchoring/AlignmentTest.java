package org.claimline.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AlignmentTest {

    @Test
    void theBitParallelDistanceIsTheTextbookOne() {
        // few letters so that matches are common, wide characters (CJK, a curly quote) in the mix, and every
        // pattern length up to a whole machine word
        String alphabet = "abcab \n\u4E2D\u6587\u2019\u00E9";
        Random rnd = new Random(3);
        for (int n = 0; n < 20_000; n++) {
            String a = random(rnd, alphabet, rnd.nextInt(70));
            String b = random(rnd, alphabet, rnd.nextInt(70));
            String shown = a + " | " + b;
            assertEquals(Alignment.distanceByRows(a, b), Alignment.distance(a, b), shown);
        }
        assertEquals(64, Alignment.distance("x".repeat(64), "y".repeat(64)));
        assertEquals(1, Alignment.distance("a".repeat(64), "a".repeat(63) + "b"));
    }

    private static String random(Random rnd, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** Minimum edits of {@code p} against any substring of {@code t} ending anywhere: plain DP. */
    private static int bestErrors(String p, String t) {
        int best = Integer.MAX_VALUE;
        int m = p.length();
        int[] prev = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            prev[i] = i;
        }
        for (int j = 0; j < t.length(); j++) {
            int[] cur = new int[m + 1];
            for (int i = 1; i <= m; i++) {
                cur[i] = Math.min(prev[i - 1] + (p.charAt(i - 1) == t.charAt(j) ? 0 : 1), Math.min(prev[i], cur[i - 1]) + 1);
            }
            best = Math.min(best, cur[m]);
            prev = cur;
        }
        return best;
    }

    @Test
    void myersAgreesWithDynamicProgrammingOnRandomInput() {
        Random rnd = new Random(7);
        for (int round = 0; round < 300; round++) {
            int m = 1 + rnd.nextInt(64);
            StringBuilder p = new StringBuilder();
            for (int i = 0; i < m; i++) {
                p.append((char) ('a' + rnd.nextInt(4)));
            }
            StringBuilder t = new StringBuilder();
            for (int i = 0, n = 1 + rnd.nextInt(150); i < n; i++) {
                t.append(rnd.nextInt(50) == 0 ? '\u00E9' : (char) ('a' + rnd.nextInt(4)));
            }
            long packed = Alignment.myersBestEnd(p.toString(), t, 0, t.length(), 1000, 0);
            assertEquals(bestErrors(p.toString(), t.toString()), (int) (packed >>> 32), "pattern " + p + " text " + t);
        }
    }

    @Test
    void findsATypoFixedPassageWithItsBoundaries() {
        String text = "Some words before. The governmnet announced new tariffs on Monday. Words after.";
        Alignment.Match m = Alignment.bestMatch("The government announced new tariffs on Monday.", text, 0, text.length(), 5, 0);
        assertNotNull(m);
        assertEquals(2, m.errors());
        assertEquals("The governmnet announced new tariffs on Monday.", text.substring(m.start(), m.end()));
    }

    @Test
    void longPatternsUseTheWindowedAlignment() {
        String quote = "x".repeat(10) + " the long quote that exceeds sixty-four characters in length, surely enough now";
        String text = "prefix " + quote.replace("surely", "surly") + " suffix";
        Alignment.Match m = Alignment.bestMatch(quote, text, 0, text.length(), 10, text.length());
        assertNotNull(m);
        assertEquals(1, m.errors());
        assertEquals(7, m.start());
        assertNull(Alignment.bestMatch(quote, "nothing like it at all", 0, 22, 10, 0));
    }

    @Test
    void similarityIsOneMinusNormalisedDistance() {
        assertEquals(1.0, Alignment.similarity("", ""));
        assertEquals(0.0, Alignment.similarity("", "abc"));
        assertEquals(0.75, Alignment.similarity("abcd", "abxd"));
    }

    @Test
    void aCharacterInsertedInAContextCostsOneEditNotTwo() {
        String context = " the plan was final. It met on M";
        String now = " the plan was final. It met onn Monday";
        // compared at equal length, the inserted character also pushes the last one out: two edits
        assertEquals(1.0 - 2.0 / 32, Alignment.similarity(context, now.substring(0, 32)), 1e-9);
        assertEquals(1.0 - 1.0 / 32, Alignment.contextSimilarity(context, now.substring(0, 36), false), 1e-9);
        // the same for a prefix, read backwards from the passage
        String prefix = "ed the summit after a pause of t";
        String before = "xxxxed the summit aftter a pause of t";
        assertEquals(1.0 - 1.0 / 32, Alignment.contextSimilarity(prefix, before, true), 1e-9);
        assertEquals(1.0, Alignment.contextSimilarity(context, context + "abcd", false), 1e-9);
        // a longer deletion next to the passage is paid in full: the far end may only shift by the few
        // spare characters, so seven characters lost do not read as seven edits and a perfect rest
        String lost = "\n\nLorem ipsum dolor sit amet.\n\nL";
        String now7 = " ipsum dolor sit amet.\n\nLorem ipsum dolor";
        assertTrue(Alignment.contextSimilarity(lost, now7.substring(0, 36), false) < 0.75);
    }
}
