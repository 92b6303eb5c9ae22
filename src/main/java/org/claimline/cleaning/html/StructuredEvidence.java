package org.claimline.cleaning.html;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The page's own statements about where its article is, used as evidence against the layout guess rather
 * than trusted blindly: the JSON-LD {@code articleBody} text (a region that shares little with it is
 * reconsidered, one covering most of it preferred) and a single {@code <article>} element holding most of
 * the page's prose.
 */
final class StructuredEvidence {
    /** Below this many characters a declared body is a teaser, not evidence about the whole article. */
    static final int MIN_DECLARED = 200;
    /** A region covering less than this share of the declared body's words shares little with it. */
    static final double LOW_COVER = 0.7;
    /** A replacement must cover at least this share of the declared body's words. */
    static final double GOOD_COVER = 0.7;
    /** A replacement must beat the chosen region's agreement (F1 of shared words) by this much. */
    static final double MARGIN = 0.05;
    /** A single {@code <article>} holding at least this share of the page's prose is the article's region. */
    static final double ARTICLE_SHARE = 0.6;
    static final int MIN_ARTICLE_PROSE = 200;
    /** A region whose words are less than this share declared holds much besides the article. */
    static final double WIDE_PRECISION = 0.5;
    /** A declared body is trusted to be whole (not a teaser cut at a length) from this many characters, ... */
    static final int MIN_COMPLETE = 500;
    /** ... when it ends as a sentence does, not in an ellipsis. */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<![.\u2026])[.!?][\"'\u201d\u2019)]?\\s*$");

    private StructuredEvidence() {
    }

    /**
     * The chosen region, or the candidate that agrees far better with the declared body text when the chosen
     * region shares little with it (a sidebar or footer picked by the layout scores while the page says what its
     * article reads).
     */
    static List<Element> crossCheck(List<Element> content, Collection<Element> candidates, NodeStats stats,
            String declared) {
        if (declared == null || declared.length() < MIN_DECLARED) {
            return content;
        }
        Map<String, Integer> want = words(declared);
        int wantTotal = total(want);
        if (wantTotal == 0) {
            return content;
        }
        StringBuilder chosen = new StringBuilder();
        for (Element c : content) {
            chosen.append(c.text()).append(' ');
        }
        double[] cur = agreement(want, wantTotal, words(chosen.toString()));
        // a region holding all of a complete declared body and as much again besides took in the page around it
        boolean wide = cur[1] < WIDE_PRECISION && declared.length() >= MIN_COMPLETE && complete(declared);
        if (cur[0] >= LOW_COVER && !wide) {
            return content;
        }
        Element best = null;
        double bestF1 = f1(cur) + MARGIN;
        int bestLen = Integer.MAX_VALUE;
        int minLen = (int) (declared.length() * GOOD_COVER * 0.8);
        for (Element e : candidates) {
            int len = stats.get(e).textLen;
            if (len < minLen) {
                continue;
            }
            double[] a = agreement(want, wantTotal, words(e.text()));
            double f = f1(a);
            if (a[0] >= GOOD_COVER && (f > bestF1 || f == bestF1 && len < bestLen)) {
                best = e;
                bestF1 = f;
                bestLen = len;
            }
        }
        return best == null ? content : List.of(best);
    }

    static boolean complete(String declared) {
        return SENTENCE_END.matcher(declared).find();
    }

    /**
     * The one outermost {@code <article>} of the page when it holds most of the page's prose (text outside
     * links), or null: several articles are a list of teasers, a small one a card.
     */
    static Element singleArticle(Element body, NodeStats stats) {
        Element only = null;
        for (Element a : body.getElementsByTag("article")) {
            if (only != null && isAncestor(only, a)) {
                continue;
            }
            if (only != null) {
                return null;
            }
            only = a;
        }
        if (only == null) {
            return null;
        }
        int prose = prose(stats.get(only));
        return prose >= MIN_ARTICLE_PROSE && prose >= ARTICLE_SHARE * prose(stats.get(body)) ? only : null;
    }

    /** Levels above the title heading searched for the region holding the article's prose. */
    static final int ANCHOR_LEVELS = 4;
    static final int MIN_ANCHOR_PROSE = 100;
    /** A post of links with a line of comment each (a link roundup) is still the article: up to this link density. */
    static final double ANCHOR_LINK_DENSITY = 0.6;
    static final int ANCHOR_SENTENCES = 2;
    static final Pattern SENTENCE_STOP = Pattern.compile("[.!?][\"'\u201d\u2019)]?(\\s|$)");

    /**
     * The title anchor: the heading repeating the page's headline normally opens (or sits inside) the article's
     * region. When the chosen region lies outside the nearest container of that heading which holds real prose
     * (sentences, few links), that container is the article and the chosen region a footer, author box or sidebar.
     * The heading is looked for by the reconciled headline {@code title} first, then by the page's {@code <title>}
     * ({@code documentTitle}, may be null): a page may declare a headline of its own for sharing ({@code og:title}
     * "Couple pack for trip") while its heading repeats the browser title ("Site - The couple are coming to the games").
     */
    static List<Element> byTitleAnchor(List<Element> content, Element body, NodeStats stats, String title,
            String documentTitle) {
        if (content.isEmpty()) {
            return content;
        }
        Element heading = titleHeading(body, title);
        if (heading == null) {
            heading = titleHeading(body, documentTitle);
        }
        if (heading == null) {
            return content;
        }
        if (followsClosely(heading, content, stats)) {
            return content;
        }
        int headLen = stats.get(heading).textLen;
        Element a = heading.parent();
        for (int level = 0; level < ANCHOR_LEVELS && a != null && a != body; level++, a = a.parent()) {
            for (Element c : content) {
                if (c == a || isAncestor(c, a) || isAncestor(a, c)) {
                    return content; // the chosen region holds the heading, or sits in its container
                }
            }
            NodeStats.Stats s = stats.get(a);
            int prose = s.textLen - s.linkLen - headLen;
            // a <header> holds the heading with its dek and byline, never the article itself
            boolean header = "header".equals(a.normalName()) || a.closest("header") != null;
            if (!header && prose >= MIN_ANCHOR_PROSE && s.linkDensity() < ANCHOR_LINK_DENSITY
                    && sentences(a.text()) >= ANCHOR_SENTENCES) {
                return List.of(a);
            }
        }
        return content;
    }

    /** The first {@code <h1>}-{@code <h3>} repeating {@code title}, or null. */
    private static Element titleHeading(Element body, String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        for (Element h : body.select("h1, h2, h3")) {
            if (TitleStep.duplicatesTitle(h.text(), title)) {
                return h;
            }
        }
        return null;
    }

    /** At most this much text between the heading and the chosen region: a dek or byline, not another part. */
    static final int MAX_GAP = 250;

    /** Whether the chosen region starts after the heading with little text between (a dek, a byline). */
    private static boolean followsClosely(Element heading, List<Element> content, NodeStats stats) {
        int gap = 0;
        for (Element node = heading; node != null && node.parent() != null; node = node.parent()) {
            for (Element s = node.nextElementSibling(); s != null; s = s.nextElementSibling()) {
                for (Element c : content) {
                    if (s == c || isAncestor(s, c)) {
                        return true;
                    }
                }
                gap += stats.get(s).textLen;
                if (gap > MAX_GAP) {
                    return false;
                }
            }
        }
        return false;
    }

    private static int sentences(String text) {
        int n = 0;
        java.util.regex.Matcher m = SENTENCE_STOP.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int prose(NodeStats.Stats s) {
        return s.textLen - s.linkLen;
    }

    static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Recall (share of the declared words found) and precision (share of the region's words declared). */
    private static double[] agreement(Map<String, Integer> want, int wantTotal, Map<String, Integer> got) {
        int gotTotal = total(got);
        if (gotTotal == 0) {
            return new double[] {0, 0};
        }
        int shared = 0;
        for (Map.Entry<String, Integer> w : want.entrySet()) {
            Integer g = got.get(w.getKey());
            if (g != null) {
                shared += Math.min(g, w.getValue());
            }
        }
        return new double[] {(double) shared / wantTotal, (double) shared / gotTotal};
    }

    private static double f1(double[] a) {
        return a[0] + a[1] == 0 ? 0 : 2 * a[0] * a[1] / (a[0] + a[1]);
    }

    private static int total(Map<String, Integer> bag) {
        int n = 0;
        for (int v : bag.values()) {
            n += v;
        }
        return n;
    }

    /** The bag of lower-cased words (runs of letters and digits) of a text. */
    static Map<String, Integer> words(String text) {
        Map<String, Integer> bag = new HashMap<>();
        int n = text.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean word = i < n && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                bag.merge(text.substring(start, i).toLowerCase(Locale.ROOT), 1, Integer::sum);
                start = -1;
            }
        }
        return bag;
    }
}
