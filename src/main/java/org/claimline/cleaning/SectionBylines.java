package org.claimline.cleaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    static Article apply(Article article) {
        Article.Metadata m = article.metadata();
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
