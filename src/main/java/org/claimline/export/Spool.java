package org.claimline.export;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text that may grow with the number of articles (the sources and notes of a corpus project), kept in memory
 * up to a limit and spilled to a temporary file beyond it, so an export's memory stays flat.
 */
final class Spool implements Closeable {
    private final int limit;
    private Path file;
    private Writer spilled;
    private boolean any;

    Spool(int limit) {
        this.limit = limit;
    }

    /** Moves {@code pending} to the temporary file once it is over the limit (and empties it). */
    void offer(StringBuilder pending) throws IOException {
        if (pending.length() < limit) {
            return;
        }
        if (spilled == null) {
            file = Files.createTempFile("claimline-export", ".xml");
            spilled = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        }
        spilled.append(pending);
        pending.setLength(0);
        any = true;
    }

    boolean isEmpty(StringBuilder pending) {
        return !any && pending.isEmpty();
    }

    /** Writes everything spilled so far, then {@code pending}. */
    void writeTo(Writer out, StringBuilder pending) throws IOException {
        if (spilled != null) {
            spilled.flush();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                r.transferTo(out);
            }
        }
        out.append(pending);
    }

    @Override
    public void close() throws IOException {
        if (spilled != null) {
            spilled.close();
            Files.deleteIfExists(file);
            spilled = null;
        }
    }
}
