package org.claimline.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.claimline.model.KeptBlocks;

/**
 * {@code cl:keptBlocks} in a sidecar's document: {@code {"blocks": 57, "sha256": "…", "kept": [[0, 3], [7, 9]]}}
 * (runs of kept block indices, end excluded). Read leniently: a malformed value is a warning and the cleaner's
 * choice stands, the claims are never refused for it.
 */
final class KeptBlocksJson {
    /** More runs than this is not a choice anyone made by hand. */
    static final int MAX_RUNS = 100_000;

    private KeptBlocksJson() {
    }

    static JsonNode write(KeptBlocks k) {
        if (k == null) {
            return null;
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("blocks", k.blockCount());
        o.put("sha256", k.fingerprint());
        ArrayNode runs = o.putArray("kept");
        for (KeptBlocks.Run r : k.kept()) {
            runs.addArray().add(r.from()).add(r.to());
        }
        return o;
    }

    static KeptBlocks read(JsonNode n, List<String> warnings) {
        if (n == null || n.isNull()) {
            return null;
        }
        String problem = "\"cl:keptBlocks\" is not a choice of blocks Claimline can read; the cleaner's choice is used";
        if (!n.isObject() || !n.path("blocks").canConvertToInt() || !n.path("blocks").isIntegralNumber()
                || !n.path("sha256").isTextual() || !n.path("kept").isArray() || n.path("kept").size() > MAX_RUNS) {
            warnings.add(problem);
            return null;
        }
        List<KeptBlocks.Run> runs = new ArrayList<>();
        try {
            for (JsonNode r : n.path("kept")) {
                if (!r.isArray() || r.size() != 2 || !r.get(0).canConvertToInt() || !r.get(1).canConvertToInt()
                        || !r.get(0).isIntegralNumber() || !r.get(1).isIntegralNumber()) {
                    warnings.add(problem);
                    return null;
                }
                runs.add(new KeptBlocks.Run(r.get(0).intValue(), r.get(1).intValue()));
            }
            return new KeptBlocks(n.path("blocks").intValue(), n.path("sha256").textValue(), runs);
        } catch (IllegalArgumentException e) {
            warnings.add(problem + " (" + e.getMessage() + ")");
            return null;
        }
    }
}
