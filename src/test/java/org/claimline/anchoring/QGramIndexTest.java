package org.claimline.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QGramIndexTest {

    /** Every start of {@code quote} in {@code text}, by String.indexOf. */
    private static List<Integer> scan(String text, String quote) {
        List<Integer> out = new ArrayList<>();
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            out.add(i);
        }
        return out;
    }

    private static String randomText(Random rnd, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    @Test
    void bothIndexesFindEveryOccurrenceAScanFinds() {
        Random rnd = new Random(7);
        for (int round = 0; round < 200; round++) {
            // a small alphabet makes grams recur, and a wide character checks the rolled hash past Latin-1
            String text = randomText(rnd, round % 2 == 0 ? "ab " : "ab\u4e2d", 1 + rnd.nextInt(3000));
            QGramIndex main = new QGramIndex(text);
            QGramIndex shortOnes = QGramIndex.forShortQuotes(text);
            for (int k = 0; k < 20; k++) {
                int at = rnd.nextInt(text.length());
                String quote = text.substring(at, Math.min(text.length(), at + 1 + rnd.nextInt(14)));
                if (quote.length() >= main.shortest()) {
                    assertEquals(scan(text, quote), main.occurrences(quote), quote);
                }
                if (quote.length() >= shortOnes.shortest()) {
                    assertEquals(scan(text, quote), shortOnes.occurrences(quote), quote);
                }
            }
        }
    }

    @Test
    void aLimitKeepsTheFirstOccurrencesInOrder() {
        String text = "the cat and the dog and the bird and the fish";
        QGramIndex index = QGramIndex.forShortQuotes(text);
        assertEquals(List.of(0, 12), index.occurrences("the", 2));
        assertEquals(List.of(0, 12, 24, 37), index.occurrences("the", 10));
        assertEquals(List.of(7, 19, 32), index.occurrences(" and", 3));
        assertEquals(3, QGramIndex.forShortQuotes("abc").shortest());
        assertEquals(List.of(), index.occurrences("cow"));
    }
}
