package org.claimline.cleaning;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimline.cleaning.common.HeadlineWords;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.BlockKind;

/**
 * A text dump's headline is checked against the article found, as an HTML page's is ({@code html.HeadlineCheck}):
 * a headline that shares not one word with the article ("Amazon.com Widgets", "In The News", a blog's name) was
 * taken from the page's frame. The headline then is the line above the article's first paragraph (a heading
 * or paragraph, not a list's item; 3 to 20 words, not two sentences, among the twelve blocks just above it) that
 * shares at least two words with the article's opening; without one, the page keeps the headline it had.
 */
final class DumpHeadlineCheck {
    private static final int MIN_WORDS = 3;
    private static final int MAX_WORDS = 20;
    /** How far above the article's first kept block the headline is looked for, in blocks. */
    private static final int LOOK_BACK = 12;
    private static final Pattern FILE_NAME = Pattern.compile("\\w\\.(?:gif|jpe?g|png)\\b");
    private static final Pattern ROW = Pattern.compile(" [|\u00b7\u2022/\u00bb>] ");

    private DumpHeadlineCheck() {
    }

    static Article apply(Article article) {
        String title = article.metadata().title();
        List<Block> blocks = article.blocks();
        if (title == null) {
            return article;
        }
        Set<String> opening = HeadlineWords.ofArticle(blocks, HeadlineWords.OPENING_WORDS);
        if (opening.size() < 20 || HeadlineWords.sharesWithArticle(title, opening, blocks)) {
            return article;
        }
        int first = 0;
        while (first < blocks.size() && !blocks.get(first).inText()) {
            first++;
        }
        String best = null;
        int bestShared = 0;
        for (int i = first - 1; i >= Math.max(0, first - LOOK_BACK); i--) {
            Block b = blocks.get(i);
            if (b.kind() != BlockKind.HEADING && b.kind() != BlockKind.PARAGRAPH) {
                continue; // a list's item is a link to another story
            }
            String line = b.text().strip();
            int n = HeadlineWords.count(line);
            // one line of a few words, not two sentences, nor a row of parts (a trail, a post's meta line)
            Set<String> words = HeadlineWords.words(line);
            int shared = HeadlineWords.shared(words, opening);
            // a headline's words are the article's: most of them, and at least two
            if (n >= MIN_WORDS && n <= MAX_WORDS && !line.contains(". ") && !ROW.matcher(line).find()
                    && !FILE_NAME.matcher(line).find() && shared >= 2 && 2 * shared >= words.size()
                    && shared > bestShared) {
                best = line;
                bestShared = shared;
            }
        }
        return best == null ? article : article.withMetadata(article.metadata().withTitle(best));
    }
}
