package org.claimline.cleaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimline.model.Article;

/**
 * A byline that names a section or the newsroom rather than a person ("By Editorial", "Opinion", "Staff", "The
 * Editorial Board") is not an author: it leaves the byline and becomes the section when the page named none.
 */
final class SectionBylines {
    private static final Set<String> SECTION_WORDS = Set.of("editorial", "editorials", "opinion", "opinions", "staff",
            "editor", "editors", "board", "the", "desk", "news", "newsroom", "reports", "report", "writer", "writers",
            "admin", "administrator", "team", "wire", "services", "service", "by", "our", "view", "views", "comment",
            "commentary", "letters", "analysis", "op-ed", "guest", "contributor", "contributors", "and", "tv", "sport", "sports",
            "business", "politics", "world", "local", "national", "entertainment", "technology", "science", "health",
            "travel", "arts", "culture", "lifestyle");

    private SectionBylines() {
    }

    /**
     * What a section label never is: a command of the page ("Go to Google News", "Skip to main content", "Watch
     * live", "Post Comment"), a fragment ending in a preposition or article ("In association with", "Supported
     * by"), a picture's or script's file name ("icon-print.gif", "avw.php"), or one lower-case word that is no
     * section word ("logo", "stalled").
     */
    private static final Pattern NOT_A_SECTION = Pattern.compile("(?i)(?:go|watch|skip|post|register|close|search"
            + "|send|add|read|play|sign|subscribe|share|print|e-?mail|follow|click|view|see|log|back|return|jump|leave"
            + "|write|submit|download|listen|join|advertise|adjust|remove|pin|reply|tweet|like|save|buy|donate|contact)"
            + "\\b.*|" + BylineText.FRAGMENT
            + "|.*\\w\\.(?:gif|jpe?g|png|ico|svg|php|html?|aspx?|js)(?:$|[^a-z]|(?-i:[A-Z])).*|.*\\s/|\\S+\\.(?:com|net|org|co|gov|edu)(?:\\.\\w{2})?");

    static Article apply(Article article) {
        Article.Metadata m = article.metadata();
        if (m.section() != null && !isSectionLabel(m.section())) {
            m = m.withSection(null);
            article = article.withMetadata(m);
        }
        List<String> people = new ArrayList<>();
        String section = m.section();
        for (String name : m.byline()) {
            if (isSection(name)) {
                section = section == null || section.isBlank() ? name.replaceFirst("(?i)^by\\s+", "").strip() : section;
            } else {
                people.add(name);
            }
        }
        if (people.size() == m.byline().size()) {
            return article;
        }
        return article.withMetadata(m.withByline(people).withSection(section));
    }

    /** Whether {@code label}, found where a page prints its section, reads as one (see {@link #NOT_A_SECTION}). */
    static boolean isSectionLabel(String label) {
        String l = label.strip();
        if (l.isEmpty() || NOT_A_SECTION.matcher(l).matches()) {
            return false;
        }
        boolean oneLowerWord = l.indexOf(' ') < 0 && l.equals(l.toLowerCase(Locale.ROOT));
        return !oneLowerWord || SECTION_WORDS.contains(l);
    }

    /** Every word of {@code name} is a section or newsroom word. */
    static boolean isSection(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).strip().split("[\\s,.:]+");
        if (words.length == 0 || words[0].isEmpty()) {
            return false;
        }
        for (String w : words) {
            if (!SECTION_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
