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
}
