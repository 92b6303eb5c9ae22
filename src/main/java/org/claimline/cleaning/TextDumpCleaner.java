package org.claimline.cleaning;

import java.util.ArrayList;
import java.util.List;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.BlockKind;

/** Cleans a plain-text dump of a web page. */
public final class TextDumpCleaner {

    public Article clean(String text) {
        // initial version: every non-blank line is a paragraph; replaced by the step chain
        List<Block> blocks = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                blocks.add(Block.kept(BlockKind.PARAGRAPH, t));
            }
        }
        return new Article(Article.Metadata.empty(), blocks);
    }
}
