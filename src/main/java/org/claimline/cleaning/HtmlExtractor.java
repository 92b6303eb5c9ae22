package org.claimline.cleaning;

import java.util.ArrayList;
import java.util.List;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.BlockKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Extracts the article from a saved HTML page with jsoup. */
public final class HtmlExtractor {

    public Article extract(String html) {
        // initial version: every <p>; replaced by readability-class scoring
        Document doc = Jsoup.parse(html);
        List<Block> blocks = new ArrayList<>();
        for (Element p : doc.select("p")) {
            String t = p.text().strip();
            if (!t.isEmpty()) {
                blocks.add(Block.kept(BlockKind.PARAGRAPH, t));
            }
        }
        return new Article(Article.Metadata.empty().withTitle(doc.title().isBlank() ? null : doc.title()), blocks);
    }
}
