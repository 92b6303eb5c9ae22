package org.claimline.cleaning.html;

import java.util.Set;
import org.claimline.cleaning.common.HeadlineWords;
import org.claimline.model.Article;
import org.jsoup.nodes.Element;

/**
 * The headline read from the page's metadata is checked against the article found: a {@code <title>} that shares
 * not one word with the article ("Official Blog of the League", "Local Sports Wire", a blog's name) names
 * the site, not the story. The page's own heading then is the headline: the last {@code <h1>}–{@code <h3>} (or
 * element named as a headline, of 3 to 20 words) before the article's text that shares at least two words with its
 * opening. A title that shares a word with any of the article is kept.
 */
public final class HeadlineCheck {
    private static final int MIN_HEADING_WORDS = 3;
    /** A longer heading is a standfirst. */
    private static final int MAX_HEADING_WORDS = 20;

    private HeadlineCheck() {
    }

    public static void apply(ExtractionContext ctx) {
        Article.Metadata m = ctx.metadata();
        if (m.title() == null || ctx.content().isEmpty()) {
            return;
        }
        Set<String> opening = HeadlineWords.ofArticle(ctx.blocks(), HeadlineWords.OPENING_WORDS);
        if (opening.size() < 20 || HeadlineWords.sharesWithArticle(m.title(), opening, ctx.blocks())) {
            return;
        }
        // one walk in document order, up to the article's first element
        String best = null;
        for (Element e : ctx.document().getAllElements()) {
            if (ctx.content().contains(e)) {
                break;
            }
            if (!("h1".equals(e.normalName()) || TitleStep.headlineElement(e))) {
                continue;
            }
            String h = Texts.normalize(e.text());
            int n = HeadlineWords.count(h);
            if (n >= MIN_HEADING_WORDS && n <= MAX_HEADING_WORDS && HeadlineWords.shared(HeadlineWords.words(h), opening) >= 2) {
                best = h;
            }
        }
        if (best != null) {
            ctx.metadata(m.withTitle(best));
        }
    }
}
