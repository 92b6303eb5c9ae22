package org.claimline.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.claimline.model.AnnotationSet;

/**
 * The {@code jsonld} export: the sidecar format itself, which is a W3C Web Annotation
 * {@code AnnotationCollection} (positions in code points, our own fields under the {@code cl:} prefix that
 * W3C consumers ignore). The collection id is derived from the article, so exporting twice gives the same
 * bytes.
 */
public final class JsonLdWriter {
    private JsonLdWriter() {
    }

    /** {@code text} is the cleaned text the claims' offsets refer to. */
    public static byte[] write(AnnotationSet set, DocumentInfo document, String text) {
        return write(new SidecarFile(document, set, null), text);
    }

    /** A loaded sidecar, keeping what other tools added to it. */
    public static byte[] write(SidecarFile file, String text) {
        SidecarExtras x = file.extras();
        if (x.collectionId == null) {
            DocumentInfo d = file.document();
            String seed = d.sourceName() + "\u0000" + d.textSha256();
            x = x.withCollectionId("urn:uuid:" + UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)));
        }
        return SidecarCodec.encode(new SidecarFile(file.document(), file.annotations(), x), text);
    }

    public static void write(AnnotationSet set, DocumentInfo document, String text, OutputStream out) throws IOException {
        out.write(write(set, document, text));
    }
}
