package org.claimline.cleaning.eval;

import java.util.Arrays;
import java.util.List;
import org.claimline.model.Article;

/**
 * The figures {@code eval} prints for one set and input kind: mean precision, recall and F1 over the pages (as
 * {@code score.py} averages them), the number of pages under F1 0.5 (catastrophic) and under 0.8, the median F1, and
 * how many pages the cleaner itself called doubtful (confidence under {@link Article.Confidence#DOUBTFUL_BELOW}), of
 * them how many were catastrophic.
 */
public record EvalSummary(int pages, double precision, double recall, double f1, int under05, int under08,
                          double median, int doubtful, int doubtfulUnder05) {

    /** The summary of {@code results}; all zero when there are none. */
    public static EvalSummary of(List<CorpusEvaluator.PageResult> results) {
        if (results.isEmpty()) {
            return new EvalSummary(0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        ShingleScore.CorpusScore s = ShingleScore.aggregate(results.stream().map(CorpusEvaluator.PageResult::score)
                .toList());
        double[] f1 = results.stream().mapToDouble(r -> r.score().f1()).sorted().toArray();
        int under05 = (int) Arrays.stream(f1).filter(v -> v < 0.5).count();
        int under08 = (int) Arrays.stream(f1).filter(v -> v < 0.8).count();
        int n = f1.length;
        double median = n % 2 == 1 ? f1[n / 2] : (f1[n / 2 - 1] + f1[n / 2]) / 2;
        int doubtful = (int) results.stream().filter(r -> r.confidence() < Article.Confidence.DOUBTFUL_BELOW).count();
        int doubtfulUnder05 = (int) results.stream().filter(r -> r.confidence() < Article.Confidence.DOUBTFUL_BELOW
                && r.score().f1() < 0.5).count();
        return new EvalSummary(n, s.precision(), s.recall(), s.f1(), under05, under08, median, doubtful,
                doubtfulUnder05);
    }
}
