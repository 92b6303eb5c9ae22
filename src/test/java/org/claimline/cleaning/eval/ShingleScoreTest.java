package org.claimline.cleaning.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {

    @Test
    void tokensAreLettersNumbersAndUnderscoreLikePythonsWordClass() {
        // Python's \w does not match Devanagari vowel signs (combining marks), so the word splits
        assertEquals(List.of("ह", "न", "द", "½", "x²y", "①", "a", "b", "é", "e", "ﬁ", "〇", "snake_case"),
                ShingleScore.tokenize("हिन्दी ½ x²y ①  a‿b é e\u0301 ﬁ 〇 snake_case"));
    }

    @Test
    void identicalTextsScoreOneAndDisjointTextsZero() {
        assertArrayEquals(new double[] {1, 1, 1}, ShingleScore.prf("one two three four five", "one two three four five"));
        assertArrayEquals(new double[] {0, 0, 0}, ShingleScore.prf("a b c d", "e f g h"));
    }

    @Test
    void shinglesCountWithMultiplicity() {
        // predicted has the 4 shingles of "a b c d e" plus "a b c d" again: tp 2, fp 1 ("a b c d" twice vs once)
        ShingleScore.PageScore s = ShingleScore.score("a b c d a b c d", "a b c d e");
        // pred shingles: abcd, bcda, cdab, dabc, abcd → abcd×2, bcda, cdab, dabc; true: abcd, bcde
        assertEquals(1, s.tp());
        assertEquals(4, s.fp());
        assertEquals(1, s.fn());
        assertEquals(0.2, s.precision(), 1e-12);
        assertEquals(0.5, s.recall(), 1e-12);
    }

    @Test
    void shortTextsGiveOneShortShingleAndEmptyPredictionsCountAsEmpty() {
        assertArrayEquals(new double[] {1, 1, 1}, ShingleScore.prf("two words", "two, words!"));
        assertArrayEquals(new double[] {0, 0, 0}, ShingleScore.prf(null, "some expected text here"));
        assertArrayEquals(new double[] {1, 1, 1}, ShingleScore.prf("", ""));
    }

    @Test
    void corpusAveragesPerPageAndLeavesEmptyPredictionsOutOfPrecision() {
        ShingleScore.PageScore good = ShingleScore.score("a b c d e f", "a b c d e f");
        ShingleScore.PageScore empty = ShingleScore.score("", "a b c d e f");
        ShingleScore.CorpusScore c = ShingleScore.aggregate(List.of(good, empty));
        assertEquals(1.0, c.precision(), 1e-12);
        assertEquals(0.5, c.recall(), 1e-12);
        assertEquals(2 * 0.5 / 1.5, c.f1(), 1e-12);
        assertEquals(2, c.pages());
    }
}
