package org.claimline.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.claimline.model.AnnotationSet;

/**
 * Rewrites one sidecar's annotations in place without the article's text (offsets are kept as the file records
 * them): what a codebook rename, merge, recolour or delete does to each sidecar of a workspace. The edit is applied
 * to the file as it is on disk when written; a file changed by another writer meanwhile is read again and the edit
 * applied to that version, so nothing the other writer saved is lost. Atomic per file.
 */
public final class SidecarRewrite {
    public enum Outcome { WRITTEN, UNCHANGED, MISSING }

    private SidecarRewrite() {
    }

    /** Applies {@code edit}; throws with a message for the user when the sidecar cannot be read or written. */
    public static Outcome apply(Path sidecar, UnaryOperator<AnnotationSet> edit) throws IOException {
        for (int attempt = 0; ; attempt++) {
            if (!Files.exists(sidecar)) {
                return Outcome.MISSING;
            }
            byte[] before = AtomicFiles.readBounded(sidecar, SidecarMapper.MAX_FILE_BYTES, "sidecar");
            SidecarCodec.Decoded d;
            try {
                d = SidecarCodec.decode(before, null);
            } catch (SidecarFormatException e) {
                throw new IOException(sidecar.getFileName() + " cannot be read: " + e.getMessage() + "; it was left as it is");
            }
            if (d.schemaVersion() > SidecarCodec.SCHEMA_VERSION) {
                throw new IOException(sidecar.getFileName() + " was written by a newer version of Claimline; it was left as it is");
            }
            AnnotationSet now = d.file().annotations();
            AnnotationSet next = edit.apply(now);
            if (next.equals(now)) {
                return Outcome.UNCHANGED;
            }
            byte[] bytes = SidecarCodec.encode(d.file().withAnnotations(next), null);
            try {
                AtomicFiles.write(sidecar, bytes, before);
                return Outcome.WRITTEN;
            } catch (AtomicFiles.ChangedMeanwhile e) {
                if (attempt >= 20) {
                    throw e;
                }
            }
        }
    }

    /** The field of a sidecar's document section that records the address an article was fetched from. */
    static final String SOURCE_URL = "cl:sourceUrl";

    /**
     * Writes a new sidecar (no claims yet) for an article saved from {@code url}, recording the address in its
     * document section. Refuses to replace an existing sidecar.
     */
    public static void createWithSource(Path sidecar, DocumentInfo document, String text, String url) throws IOException {
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> doc = new java.util.LinkedHashMap<>();
        doc.put(SOURCE_URL, com.fasterxml.jackson.databind.node.TextNode.valueOf(url));
        SidecarExtras extras = new SidecarExtras(null, null, java.util.Map.of(), java.util.Map.of(), doc,
                java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), java.util.Map.of());
        byte[] bytes = SidecarCodec.encode(new SidecarFile(document, AnnotationSet.empty(null), extras), text);
        try {
            AtomicFiles.write(sidecar, bytes, new byte[0]);
        } catch (AtomicFiles.ChangedMeanwhile e) {
            throw new IOException(sidecar.getFileName() + " already exists; it was left as it is");
        }
    }

    /** The address recorded by {@link #createWithSource}, or null. */
    public static String sourceUrl(LoadResult r) {
        if (r == null || !r.hasContent()) {
            return null;
        }
        com.fasterxml.jackson.databind.JsonNode n = r.file().extras().document.get(SOURCE_URL);
        return n != null && n.isTextual() ? n.asText() : null;
    }
}
