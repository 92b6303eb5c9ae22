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
 * The ScrapingHub article-extraction metric, as {@code shared/tools/score.py} computes it: tokens are
 * {@code \w+} runs (Unicode, case-sensitive), items are 4-token shingles counted with multiplicity, and over a
 * corpus per-page precision and recall are averaged before F1 is taken.
 */
public final class ShingleScore {

    public static final int N = 4;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

    private ShingleScore() {
    }

    /** {precision, recall, f1} of one page. */
    public static double[] prf(String predicted, String expected) {
        long[] c = counts(predicted, expected);
        return prf(c[0], c[1], c[2]);
    }

    /** {tp, fp, fn} over 4-token shingles. */
    public static long[] counts(String predicted, String expected) {
        Map<List<String>, Integer> p = shingles(tokens(predicted));
        Map<List<String>, Integer> t = shingles(tokens(expected));
        long tp = 0;
        long fp = 0;
        long fn = 0;
        Set<List<String>> keys = new HashSet<>(p.keySet());
        keys.addAll(t.keySet());
        for (List<String> k : keys) {
            int a = p.getOrDefault(k, 0);
            int b = t.getOrDefault(k, 0);
            tp += Math.min(a, b);
            fp += Math.max(0, a - b);
            fn += Math.max(0, b - a);
        }
        return new long[] {tp, fp, fn};
    }

    static double[] prf(long tp, long fp, long fn) {
        if (fp == 0 && fn == 0) {
            return new double[] {1, 1, 1};
        }
        double p = tp + fp > 0 ? tp / (double) (tp + fp) : 0;
        double r = tp + fn > 0 ? tp / (double) (tp + fn) : 0;
        return new double[] {p, r, p + r > 0 ? 2 * p * r / (p + r) : 0};
    }

    /**
     * Corpus score of (predicted, expected) pairs: {precision, recall, f1} where precision averages the pages
     * that predicted something and recall the pages that expected something, as score.py does.
     */
    public static double[] corpus(List<String[]> pairs) {
        double ps = 0;
        double rs = 0;
        int pn = 0;
        int rn = 0;
        for (String[] pair : pairs) {
            long[] c = counts(pair[0], pair[1]);
            double[] s = prf(c[0], c[1], c[2]);
            if (c[0] + c[1] > 0) {
                ps += s[0];
                pn++;
            }
            if (c[0] + c[2] > 0) {
                rs += s[1];
                rn++;
            }
        }
        double p = pn == 0 ? 0 : ps / pn;
        double r = rn == 0 ? 0 : rs / rn;
        return new double[] {p, r, p + r > 0 ? 2 * p * r / (p + r) : 0};
    }

    static List<String> tokens(String text) {
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

    /** Like the benchmark's _ngrams: a text shorter than N tokens gives one short shingle (none when empty). */
    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> m = new HashMap<>();
        int count = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < count; i++) {
            List<String> s = tokens.subList(Math.min(i, tokens.size()), Math.min(i + N, tokens.size()));
            if (!s.isEmpty()) {
                m.merge(List.copyOf(s), 1, Integer::sum);
            }
        }
        return m;
    }
}
