package org.claimline.cleaning;

import org.claimline.cleaning.html.BlockBuilderStep;
import org.claimline.cleaning.html.BoilerplateRemovalStep;
import org.claimline.cleaning.html.ContentScoringStep;
import org.claimline.cleaning.html.ExtractionContext;
import org.claimline.cleaning.html.MetadataStep;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.jsoup.Jsoup;

/**
 * Extracts the article from a saved HTML page: metadata, boilerplate removal, Readability-style content
 * scoring, then blocks. When the strict pass yields too little text (pages whose content sits in
 * containers with suspicious names), the page is extracted again leniently and the longer result kept,
 * as Readability does.
 */
public final class HtmlExtractor {
    /** Below this many characters of body text the strict pass is distrusted. */
    static final int MIN_TEXT = 500;

    public Article extract(String html) {
        Article strict = extract(html, true);
        if (strict.text().length() >= MIN_TEXT) {
            return strict;
        }
        Article lenient = extract(html, false);
        return lenient.text().length() > strict.text().length() ? lenient : strict;
    }

    private static Article extract(String html, boolean strict) {
        ExtractionContext ctx = new ExtractionContext(Jsoup.parse(html));
        new MetadataStep().apply(ctx);
        new BoilerplateRemovalStep(strict).apply(ctx);
        new ContentScoringStep(true).apply(ctx);
        new BlockBuilderStep().apply(ctx);
        Article.Metadata m = ctx.metadata();
        String caption = ctx.blocks().stream().filter(b -> b.isKept() && !b.kind().inText()).map(Block::text)
                .findFirst().orElse(null);
        return new Article(m.withLeadImageCaption(caption), ctx.blocks());
    }
}
