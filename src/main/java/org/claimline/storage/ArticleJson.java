package org.claimline.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.DateValue;

/**
 * The cleaned-article JSON contract of {@code claimline clean --json}: title, byline (authors joined by
 * ", "), published, updated, siteName, section, language, text, blocks [{kind, text}], removed
 * [{text, reason}]; missing values are null.
 */
public final class ArticleJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ArticleJson() {
    }

    public static ObjectNode toTree(Article a) {
        Article.Metadata m = a.metadata();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("title", m.title());
        o.put("dek", m.dek());
        o.put("byline", m.bylineText());
        o.put("published", iso(m.published()));
        o.put("updated", iso(m.updated()));
        o.put("siteName", m.siteName());
        o.put("section", m.section());
        o.put("language", m.language());
        o.put("leadImageCaption", m.leadImageCaption());
        o.put("text", a.text());
        ArrayNode blocks = o.putArray("blocks");
        ArrayNode removed = o.putArray("removed");
        for (Block b : a.blocks()) {
            if (b.isKept()) {
                ObjectNode n = blocks.addObject();
                n.put("kind", b.kind().id());
                n.put("text", b.text());
            } else {
                ObjectNode n = removed.addObject();
                n.put("text", b.text());
                n.put("reason", b.removedReason());
            }
        }
        return o;
    }

    /**
     * {@link #write} with a last member {@code confidence}: {@code value} in [0, 1], {@code doubtful} (below
     * {@link Article.Confidence#DOUBTFUL_BELOW}) and its reasons {@code keptProseShare}, {@code safetyNet},
     * {@code runnerUp} (numbers to three decimals). What {@code clean --json} prints.
     */
    public static String writeWithConfidence(Article a) {
        ObjectNode o = toTree(a);
        Article.Confidence c = a.confidence();
        ObjectNode n = o.putObject("confidence");
        n.put("value", round(c.value()));
        n.put("doubtful", c.doubtful());
        n.put("keptProseShare", round(c.keptProseShare()));
        n.put("safetyNet", c.safetyNet());
        n.put("runnerUp", round(c.runnerUp()));
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    public static String write(Article a) {
        try {
            return MAPPER.writeValueAsString(toTree(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String iso(DateValue d) {
        return d == null ? null : d.toIso();
    }
}
