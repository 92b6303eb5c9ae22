package org.claimline.cleaning.common;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimline.model.Block;

/**
 * The words a headline shares with its article, for checking one against the other: words of four letters or
 * more that say something (not "this", "news", "blog", "official").
 */
public final class HeadlineWords {
    /** How much of the article's opening a heading is compared with, in words. */
    public static final int OPENING_WORDS = 300;
    /** How much of the article a title must share no word with (bounded: a long page is read no further). */
    public static final int ARTICLE_WORDS = 3000;
    /** Function words ("this", "their", "which"): Lucene's English list, which the language guess reads too. */
    private static final Stopwords FUNCTION_WORDS = Stopwords.forLanguage("en");
    /** Words a site's name or a section's label is made of, which say nothing about the story. */
    private static final Set<String> SITE_WORDS = Set.of("more", "news", "home", "page", "blog", "online", "site",
            "official", "latest", "sports", "sport", "world", "daily", "weekly");

    private HeadlineWords() {
    }

    /** The words of {@code s} that say something (a number or year says nothing here: every dated line has one). */
    public static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4 && !SITE_WORDS.contains(w) && !FUNCTION_WORDS.contains(w)
                    && w.codePoints().anyMatch(Character::isLetter)) {
                out.add(w);
            }
        }
        return out;
    }

    public static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String w : a) {
            if (b.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /** The words of the article's first {@code limit} words or so (its kept text blocks). */
    public static Set<String> ofArticle(List<Block> blocks, int limit) {
        StringBuilder sb = new StringBuilder();
        int words = 0;
        for (Block b : blocks) {
            if (!b.inText()) {
                continue;
            }
            sb.append(b.text()).append(' ');
            words += b.text().split("\\s+").length;
            if (words >= limit) {
                break;
            }
        }
        return words(sb.toString());
    }

    /**
     * Whether {@code title} shares a word with the article: its {@code opening} first (most titles do, and it is
     * already at hand), then its first {@link #ARTICLE_WORDS} words.
     */
    public static boolean sharesWithArticle(String title, Set<String> opening, List<Block> blocks) {
        Set<String> t = words(title);
        return shared(t, opening) > 0 || shared(t, ofArticle(blocks, ARTICLE_WORDS)) > 0;
    }

    /** How many words {@code s} has. */
    public static int count(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
