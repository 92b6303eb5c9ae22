package org.claimline.cleaning;

import java.util.regex.Pattern;
import org.claimline.model.Article;

/**
 * A headline is words, not what a page put around them: the separators of a cut-off site part ("Car2Go expands to
 * Toronto |", "Feed Article | Business |"), decoration arrows ("=> The One to Watch <="), a stray bracket or a
 * bracketed section label at its end ("Extradition sought [Movies] ["), and the end of an HTML comment a broken
 * page left in its title ("Sport library-->") are taken off, both input kinds alike. A comment count is no
 * headline ("{ 94 comments… read them below }", "1 Comment » | Published in …"): the page then has none.
 */
final class HeadlineText {
    private static final Pattern COMMENT_END = Pattern.compile("\\s*(?:<!--.*|-->)\\s*$");
    private static final Pattern LEADING = Pattern.compile("^(?:[\\s|:\u00bb\u00ab\u2022\u00b7~*]|=+>|<=+|>>|<<|-{2,})+");
    private static final Pattern TRAILING = Pattern.compile(
            "(?:[\\s|\u00bb\u00ab\u2022\u00b7~*\\[{(]|=+>|<=+|>>|<<|\\s[-\u2013\u2014]+)+$");
    /** "[Movies]", "[Video]": a short label in brackets after the headline. */
    private static final Pattern BRACKET_LABEL = Pattern.compile("\\s+\\[[\\p{L}\\s&]{1,20}\\]$");
    private static final Pattern COMMENT_COUNT = Pattern.compile("(?i)^\\W*\\d+\\s+comments?\\b.*");

    private HeadlineText() {
    }

    static Article apply(Article article) {
        String title = article.metadata().title();
        if (title == null) {
            return article;
        }
        String tidy = tidy(title);
        return tidy == null || !tidy.equals(title) ? article.withMetadata(article.metadata().withTitle(tidy)) : article;
    }

    /** {@code title} without what the page put around it; null when it is no headline at all. */
    static String tidy(String title) {
        if (COMMENT_COUNT.matcher(title).matches()) {
            return null;
        }
        String t = COMMENT_END.matcher(title).replaceFirst("");
        String before;
        do {
            before = t;
            t = TRAILING.matcher(t).replaceFirst("");
            t = BRACKET_LABEL.matcher(t).replaceFirst("");
            t = LEADING.matcher(t).replaceFirst("");
        } while (!t.equals(before));
        t = t.strip();
        return t.codePoints().anyMatch(Character::isLetterOrDigit) ? t : null;
    }
}
