package org.claimline.export;

import java.util.ArrayList;
import java.util.List;
import org.claimline.model.Article;
import org.claimline.model.Block;

/** The cleaned article as readable plain text: a header (title, dek, byline, dates, site) then the body. */
public final class ArticleTextWriter {
    private ArticleTextWriter() {
    }

    public static String write(Article a) {
        Article.Metadata m = a.metadata();
        StringBuilder sb = new StringBuilder();
        if (m.title() != null) {
            sb.append(m.title()).append('\n').append("=".repeat(Math.min(72, Math.max(3, m.title().length())))).append('\n');
        }
        if (m.dek() != null) {
            sb.append(m.dek()).append('\n');
        }
        List<String> info = new ArrayList<>();
        if (!m.byline().isEmpty()) {
            info.add("By " + m.bylineText());
        }
        if (m.published() != null) {
            info.add("Published " + m.published().toIso());
        }
        if (m.updated() != null) {
            info.add("Updated " + m.updated().toIso());
        }
        if (m.siteName() != null) {
            info.add(m.section() == null ? m.siteName() : m.siteName() + " / " + m.section());
        }
        if (!info.isEmpty()) {
            sb.append(String.join(" · ", info)).append('\n');
        }
        if (sb.length() > 0) {
            sb.append('\n');
        }
        boolean first = true;
        for (Block b : a.textBlocks()) {
            if (!first) {
                sb.append('\n');
            }
            first = false;
            sb.append(switch (b.kind()) {
                case LIST_ITEM -> "  • " + b.text();
                case QUOTE -> "> " + b.text();
                case HEADING -> "## " + b.text();
                default -> b.text();
            }).append('\n');
        }
        return sb.toString();
    }

}
