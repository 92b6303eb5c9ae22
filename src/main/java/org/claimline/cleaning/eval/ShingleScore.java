package org.claimline.cleaning.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ScrapingHub article-extraction metric exactly as {@code shared/tools/score.py} computes it:
 * 4-token shingles counted with multiplicity, per-page precision and recall averaged over the corpus,
 * F1 from the two means.
 */
public final class ShingleScore {

    /**
     * Python's {@code \w} on str matches {@code str.isalnum()} characters and the underscore. Java's
     * {@code \w} with UNICODE_CHARACTER_CLASS also matches combining marks (Mn/Mc/Me) and every connector
     * punctuation, which would join Devanagari or Thai syllables that Python splits; letters, numbers and
     * '_' is the same set as Python's.
     */
    static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

    public static final int SHINGLE = 4;

    private ShingleScore() {
    }

    /** True/false positives and negatives of one page, and the P/R/F1 score.py derives from them. */
    public record PageScore(long tp, long fp, long fn) {
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1.0;
            }
            return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1.0;
            }
            return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        /** score.py leaves a page out of the precision mean when nothing was predicted. */
        boolean countsForPrecision() {
            return tp + fp > 0;
        }

        /** ... and out of the recall mean when nothing was expected. */
        boolean countsForRecall() {
            return tp + fn > 0;
        }
    }

    /** Corpus result: mean per-page precision and recall, F1 of the means, number of pages. */
    public record CorpusScore(double precision, double recall, double f1, int pages) {
    }

    public static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** {p, r, f1} of one page; a null prediction counts as empty. */
    public static double[] prf(String predicted, String expected) {
        PageScore s = score(predicted, expected);
        return new double[] {s.precision(), s.recall(), s.f1()};
    }

    public static PageScore score(String predicted, String expected) {
        Map<List<String>, Integer> p = shingles(tokenize(predicted));
        Map<List<String>, Integer> t = shingles(tokenize(expected));
        Set<List<String>> keys = new HashSet<>(p.keySet());
        keys.addAll(t.keySet());
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (List<String> k : keys) {
            int pc = p.getOrDefault(k, 0);
            int tc = t.getOrDefault(k, 0);
            tp += Math.min(pc, tc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        return new PageScore(tp, fp, fn);
    }

    /** Like the benchmark's _ngrams: a text shorter than the shingle size gives one short shingle. */
    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> counts = new HashMap<>();
        int n = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < n && i < tokens.size(); i++) {
            counts.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + SHINGLE))), 1, Integer::sum);
        }
        return counts;
    }

    public static CorpusScore aggregate(List<PageScore> pages) {
        double ps = 0;
        int pn = 0;
        double rs = 0;
        int rn = 0;
        for (PageScore s : pages) {
            if (s.countsForPrecision()) {
                ps += s.precision();
                pn++;
            }
            if (s.countsForRecall()) {
                rs += s.recall();
                rn++;
            }
        }
        double p = pn == 0 ? 0.0 : ps / pn;
        double r = rn == 0 ? 0.0 : rs / rn;
        return new CorpusScore(p, r, p + r == 0 ? 0.0 : 2 * p * r / (p + r), pages.size());
    }
}
