package org.claimline.cleaning.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimline.cleaning.ArticleCleaner;
import org.junit.jupiter.api.Test;

/**
 * Regression floors on the shared corpus, set just below the level reached (raise them as the cleaner
 * improves). Reached: html F1 0.9759 on scrapinghub-dev; on readability titles 127/127 and html F1 0.9661
 * (Readability's own output there keeps "Related:" teaser links, which the human-written scrapinghub truth drops).
 */
class CorpusRegressionTest {
    private static final Path CORPUS = Path.of(System.getProperty("claimline.shared", "../shared")).resolve("corpus");
    static final double HTML_F1_FLOOR = 0.973;
    static final double TITLE_FLOOR = 0.99;
    static final double READABILITY_HTML_F1_FLOOR = 0.96;
    /**
     * Text dumps carry no {@code <title>}: the headline must be found among the lines. Reached 38 of 127 exact
     * (was 7 before the headline was chosen by the words it shares with the body); most of the rest differ from the
     * page's {@code <title>} by a site name or are worded differently on the page.
     */
    static final double TEXT_TITLE_FLOOR = 0.29;

    private final CorpusEvaluator evaluator = new CorpusEvaluator(new ArticleCleaner());

    /** The set's evaluation, or the test is skipped when the shared corpus is absent. */
    private CorpusEvaluator.Result evaluate(String set, InputChoice input) throws Exception {
        Path dir = CORPUS.resolve(set);
        assumeTrue(Files.isDirectory(dir), "corpus absent");
        return evaluator.evaluate(dir, input);
    }

    @Test
    void htmlF1OnScrapinghubDev() throws Exception {
        CorpusEvaluator.Result r = evaluate("scrapinghub-dev", InputChoice.HTML);
        assertTrue(r.pages().size() >= 90, "pages: " + r.pages().size());
        assertTrue(r.score().f1() >= HTML_F1_FLOOR, "html F1 " + r.score());
    }

    @Test
    void titlesAndHtmlF1OnReadability() throws Exception {
        CorpusEvaluator.Result r = evaluate("readability", InputChoice.HTML);
        assertTrue(r.titlesTotal() >= 100, "titles: " + r.titlesTotal());
        assertTrue(r.titleAccuracy() >= TITLE_FLOOR, "title accuracy " + r.titleAccuracy());
        assertTrue(r.score().f1() >= READABILITY_HTML_F1_FLOOR, "readability html F1 " + r.score());
    }

    @Test
    void textDumpTitlesOnReadability() throws Exception {
        CorpusEvaluator.Result r = evaluate("readability", InputChoice.TXT);
        assertTrue(r.titlesTotal() >= 100, "titles: " + r.titlesTotal());
        assertTrue(r.titleAccuracy() >= TEXT_TITLE_FLOOR, "text-dump title accuracy " + r.titleAccuracy());
    }
}
