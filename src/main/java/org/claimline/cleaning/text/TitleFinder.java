package org.claimline.cleaning.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimline.cleaning.common.BylinePatterns;
import org.claimline.cleaning.common.DatePatterns;
import org.claimline.cleaning.common.LanguageGuess;
import org.claimline.cleaning.common.Stopwords;
import org.claimline.cleaning.text.TextLine.Shape;

/**
 * Finds the headline above the body of a dump. A page prints its headline at the top of the article's header:
 * headline, standfirst, byline, date, picture and caption, share buttons, then the body. The lines nearest the body
 * are the worst guesses (a caption, a dateline, "Reviewed by …"). What sets the headline apart is that it names
 * what the body is about: most of its content words (not stopwords) recur in the body, which a kicker ("Opinion"),
 * a menu, a "Sign up" prompt or a credit rarely do. Among the headline-shaped lines of the header whose words the
 * body shares, the topmost that scores close to the best one wins: a standfirst scores as well as the headline but
 * comes after it. Words that recur through the body weigh more than words it uses once (a footer line's "privacy",
 * "contact"). When no line qualifies there is no headline: the line nearest the body that merely looked like one
 * was a prompt, a caption or a widget six times out of seven on the corpus.
 */
final class TitleFinder {

    /** Share of a line's content words the body must contain, and how many at least. */
    static final double MIN_OVERLAP = 0.5;
    static final int MIN_SHARED = 2;
    /** Content words that make a full score: a line naming fewer says less about the body. */
    static final int FULL_TERMS = 6;
    /** Times a word must recur in the body to count fully: the subject recurs, a stray word does not. */
    static final int RECURS = 3;
    /** A line higher up wins when it scores at least this share of the best line's score. */
    static final double TOP_MARGIN = 0.7;
    static final int MAX_WORDS = 30;
    /** Body text read for its words: the top of a long body names its subject. */
    static final int BODY_CHARS = 12_000;
    /** Lines at the top of the body that may still be the headline (it sits in the body's first paragraph run). */
    static final int INSIDE = 1;
    /** Longest line at the top of the body that may be the headline. */
    static final int INSIDE_MAX_WORDS = 20;
    /** Words compare by their first letters, a crude stemmer for any language: "terrarium" and "terrariums". */
    static final int STEM = 6;
    /** A caption names its picture's layout or says it is one: "(left)", "(pictured)", "Media caption …". */
    private static final Pattern CAPTION_MARK = Pattern.compile(
            "(?i)\\bcaption\\b|\\((?:left|right|centre|center|top|bottom|above|below|pictured|file)\\)");

    private TitleFinder() {
    }

    /** Index of the headline among lines [from, bodyStart), or -1 when no line there is about the body. */
    static int find(TextDumpContext ctx, int from, int bodyStart) {
        return find(ctx, from, bodyStart, bodyTerms(ctx, bodyStart));
    }

    /** {@link #find} with the body's words already counted ({@link #bodyTerms}). */
    static int find(TextDumpContext ctx, int from, int bodyStart, Map<String, int[]> body) {
        List<TextLine> ls = ctx.lines;
        if (body.isEmpty()) {
            return -1;
        }
        int to = Math.min(ls.size(), Math.min(bodyStart + INSIDE, ctx.regionEnd + 1));
        double[] score = new double[Math.max(0, to - from)];
        double best = 0;
        for (int i = from; i < to; i++) {
            TextLine l = ls.get(i);
            // the body's first line may be the headline the region took in, not a paragraph of it
            if (!candidate(l) || i >= bodyStart && (l.words > INSIDE_MAX_WORDS || l.endsSentence())
                    || masthead(ls, i)) {
                continue;
            }
            // a label glued to the headline ("COLUMNCity votes …") is not one of its words
            List<String> terms = terms(MetadataStep.GLUED_LABEL.matcher(l.text).replaceFirst(""), ctx.stopwords);
            if (terms.isEmpty()) {
                continue;
            }
            // a line of the body itself must find its words elsewhere in the body
            boolean inBody = i >= bodyStart && counted(l);
            int shared = 0;
            double weight = 0;
            for (String t : terms) {
                int[] n = body.get(t);
                int count = n == null ? 0 : n[0] - (inBody ? occurrences(terms, t) : 0);
                if (count > 0) {
                    shared++;
                    weight += Math.min(count, RECURS) / (double) RECURS;
                }
            }
            double overlap = shared / (double) terms.size();
            if (shared < Math.min(MIN_SHARED, terms.size()) || overlap < MIN_OVERLAP) {
                continue;
            }
            // the subject recurs through the body; a footer's words ("privacy", "contact") occur once
            double s = weight / terms.size() * Math.min(terms.size(), FULL_TERMS) / FULL_TERMS;
            score[i - from] = s;
            best = Math.max(best, s);
        }
        if (best == 0) {
            return -1;
        }
        for (int i = from; i < to; i++) {
            if (score[i - from] > 0 && score[i - from] >= TOP_MARGIN * best) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Shaped like a headline: plain text of a few words, not a list item, not closed like a sentence or a label, and
     * not a byline, a dateline or a credit.
     */
    static boolean candidate(TextLine l) {
        if (l.bullet || l.shape != Shape.TEXT || l.words < 2 || l.words > MAX_WORDS || l.text.length() > 250) {
            return false;
        }
        if ("byline".equals(l.removedReason) || "date".equals(l.removedReason)) {
            return false;
        }
        char last = l.text.charAt(l.text.length() - 1);
        if (last == '.' || last == ',' || last == ':' || last == ';' || last == '|' || last == ']') {
            return false;
        }
        if (Character.isLowerCase(l.text.codePointAt(0))) {
            return false;
        }
        if (!BylinePatterns.parse(l.text).isEmpty()) {
            return false;
        }
        if (l.words <= 12 && DatePatterns.findLabeled(l.text) != null || CAPTION_MARK.matcher(l.text).find()
                || breadcrumb(l.text)) {
            return false;
        }
        return !MetadataStep.CREDIT.matcher(l.text).find() || l.words > 8 && l.repeats == 1;
    }

    /**
     * A line in capitals that the page prints twice (header and footer) or that stands right above the menu's items
     * is the site's masthead, not the headline.
     */
    static boolean masthead(List<TextLine> ls, int i) {
        TextLine l = ls.get(i);
        int upper = 0;
        for (int k = 0; k < l.text.length(); k++) {
            char c = l.text.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            upper += Character.isUpperCase(c) ? 1 : 0;
        }
        if (upper < 3) {
            return false;
        }
        return l.repeats > 1 || i + 1 < ls.size() && ls.get(i + 1).bullet;
    }

    /** "Home › News › Politics", "Blog > Health > Tips": a trail of sections, not a headline. */
    static boolean breadcrumb(String t) {
        int marks = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '>' || c == '›' || c == '»') {
                marks++;
            }
        }
        return marks >= 2;
    }

    private static int occurrences(List<String> terms, String t) {
        int n = 0;
        for (String u : terms) {
            if (u.equals(t)) {
                n++;
            }
        }
        return n;
    }

    /** A line of the body as it will be kept (the region keeps some lines the classification found too short). */
    private static boolean counted(TextLine l) {
        return l.removedReason == null && l.shape == Shape.TEXT;
    }

    /** Share of the content words of {@code text} that occur in the body (0 when it has none). */
    static double shared(Map<String, int[]> body, String text, Stopwords stopwords) {
        List<String> terms = terms(text, stopwords);
        int n = 0;
        for (String t : terms) {
            if (body.containsKey(t)) {
                n++;
            }
        }
        return terms.isEmpty() ? 0 : n / (double) terms.size();
    }

    /** How often each content word occurs in the kept lines of the body (from {@code bodyStart} to the region's end). */
    static Map<String, int[]> bodyTerms(TextDumpContext ctx, int bodyStart) {
        Map<String, int[]> out = new HashMap<>();
        long chars = 0;
        for (int i = Math.max(0, bodyStart); i <= ctx.regionEnd && i < ctx.lines.size() && chars < BODY_CHARS; i++) {
            TextLine l = ctx.lines.get(i);
            if (counted(l)) {
                for (String t : terms(l.text, ctx.stopwords)) {
                    int[] n = out.get(t);
                    if (n == null) {
                        out.put(t, new int[] {1});
                    } else {
                        n[0]++;
                    }
                }
                chars += l.text.length();
            }
        }
        return out;
    }

    /**
     * Lower-cased words of three or more letters that are not stopwords, cut to their first {@value #STEM}
     * letters; in Chinese and Japanese text, which has no spaces, each pair of adjacent ideographs or kana stands
     * for a word, and a Korean word by its first two syllables.
     */
    private static boolean hangul(char c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }

    static List<String> terms(String text, Stopwords stopwords) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (hangul(c)) {
                // Korean writes words with spaces but glues particles to them ("관계를", "관계가"): the first
                // two syllables stand for the word
                int start = i;
                while (i < n && hangul(text.charAt(i))) {
                    i++;
                }
                if (i - start >= 2) {
                    out.add(text.substring(start, start + 2));
                }
                continue;
            }
            if (LanguageGuess.isCjkChar(c)) {
                if (i + 1 < n && LanguageGuess.isCjkChar(text.charAt(i + 1))) {
                    out.add(text.substring(i, i + 2));
                }
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i)) && !LanguageGuess.isCjkChar(text.charAt(i))) {
                i++;
            }
            if (i - start >= 3) {
                String w = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (stopwords == null || !stopwords.contains(w)) {
                    out.add(w.length() > STEM ? w.substring(0, STEM) : w);
                }
            }
        }
        return out;
    }
}
