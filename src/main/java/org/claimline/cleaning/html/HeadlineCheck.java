package org.claimline.cleaning.html;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.jsoup.nodes.Element;

/**
 * The headline read from the page's metadata is checked against the article found: a {@code <title>} that shares
 * not one word with the article ("Official Blog of the League", "Local Sports Wire", a blog's name) names
 * the site, not the story. The page's own heading then is the headline: the last {@code <h1>}–{@code <h3>} (or
 * element named as a headline, of 3 to 20 words) before the article's text that shares at least two words with its
 * opening. A title that shares a word with any of the article is kept.
 */
public final class HeadlineCheck {
    /** How much of the article's opening the title is compared with, in words. */
    private static final int OPENING_WORDS = 300;
    /** How much of the article the title must share no word with (bounded: a long page is read no further). */
    private static final int ARTICLE_WORDS = 3000;
    private static final int MIN_HEADING_WORDS = 3;
    /** A longer heading is a standfirst. */
    private static final int MAX_HEADING_WORDS = 20;
    private static final Set<String> COMMON = Set.of("this", "that", "with", "from", "have", "will", "what", "when",
            "your", "they", "their", "about", "more", "news", "home", "page", "blog", "online", "site", "official",
            "latest", "sports", "sport", "world", "daily", "weekly", "there", "which", "were", "been", "into", "over");

    private HeadlineCheck() {
    }

    public static void apply(ExtractionContext ctx) {
        Article.Metadata m = ctx.metadata();
        if (m.title() == null || ctx.content().isEmpty()) {
            return;
        }
        Set<String> opening = words(text(ctx.blocks(), OPENING_WORDS));
        if (opening.size() < 20 || shared(words(m.title()), words(text(ctx.blocks(), ARTICLE_WORDS))) > 0) {
            return;
        }
        Element first = firstContent(ctx);
        if (first == null) {
            return;
        }
        String best = null;
        for (Element e : ctx.document().getAllElements()) {
            if (e == first) {
                break;
            }
            if (!("h1".equals(e.normalName()) || TitleStep.headlineElement(e))) {
                continue;
            }
            String h = Texts.normalize(e.text());
            int n = h.isEmpty() ? 0 : h.split("\\s+").length;
            if (n >= MIN_HEADING_WORDS && n <= MAX_HEADING_WORDS && shared(words(h), opening) >= 2) {
                best = h;
            }
        }
        if (best != null) {
            ctx.metadata(m.withTitle(best));
        }
    }

    private static Element firstContent(ExtractionContext ctx) {
        for (Element e : ctx.document().getAllElements()) {
            if (ctx.content().contains(e)) {
                return e;
            }
        }
        return null;
    }

    /** The article's first {@code limit} words or so. */
    private static String text(List<Block> blocks, int limit) {
        StringBuilder sb = new StringBuilder();
        int words = 0;
        for (Block b : blocks) {
            if (!b.isKept() || !b.kind().inText()) {
                continue;
            }
            sb.append(b.text()).append(' ');
            words += b.text().split("\\s+").length;
            if (words >= limit) {
                break;
            }
        }
        return sb.toString();
    }

    /** The words of four letters or more that say something (not "this", "news", "blog"). */
    static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4 && !COMMON.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String w : a) {
            if (b.contains(w)) {
                n++;
            }
        }
        return n;
    }
}
