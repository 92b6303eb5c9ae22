package org.claimline.cleaning.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimline.cleaning.ArticleCleaner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /**
     * Floors for every set and input kind, just below what was reached when the safety net came in (F1; pages under
     * F1 0.5 at most): before it, dragnet-dev scored txt 0.8282 / html 0.8990 with 92 / 55 pages under 0.5; before a
     * short post followed by its comment thread was told from the thread, txt 0.8401 / html 0.9209 with 81 / 37.
     */
    @ParameterizedTest
    @CsvSource({
        "dragnet-dev, TXT, 0.891, 41",
        "dragnet-dev, HTML, 0.951, 17",
        "googlenews-dev, TXT, 0.904, 12",
        "googlenews-dev, HTML, 0.966, 1",
        "portals-dev, TXT, 0.940, 0",
        "portals-dev, HTML, 0.960, 0",
        "readability, TXT, 0.905, 6",
        "readability, HTML, 0.968, 1",
        "scrapinghub-dev, TXT, 0.954, 0",
        "scrapinghub-dev, HTML, 0.976, 0"})
    void everySetKeepsItsF1AndItsFewCatastrophicPages(String set, InputChoice input, double f1Floor, int maxUnder05)
            throws Exception {
        EvalSummary s = EvalSummary.of(evaluate(set, input).pages());
        assertTrue(s.f1() >= f1Floor, set + " " + input + " F1 " + s.f1());
        assertTrue(s.under05() <= maxUnder05, set + " " + input + " pages under 0.5: " + s.under05());
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
        // Readability keeps "| eHow", "- Medium"; the cleaner gives the page's own heading without the site part
        long agreeing = r.pages().stream().filter(CorpusEvaluator.PageResult::titleMatchesBesideSite).count();
        assertTrue(agreeing >= TITLE_FLOOR * r.titlesTotal(), "titles agreeing: " + agreeing);
        assertTrue(r.score().f1() >= READABILITY_HTML_F1_FLOOR, "readability html F1 " + r.score());
    }

    @Test
    void textDumpTitlesOnReadability() throws Exception {
        CorpusEvaluator.Result r = evaluate("readability", InputChoice.TXT);
        assertTrue(r.titlesTotal() >= 100, "titles: " + r.titlesTotal());
        assertTrue(r.titleAccuracy() >= TEXT_TITLE_FLOOR, "text-dump title accuracy " + r.titleAccuracy());
    }
}
