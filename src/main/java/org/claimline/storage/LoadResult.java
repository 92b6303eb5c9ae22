package org.claimline.storage;

import java.nio.file.Path;
import java.util.List;

/**
 * What opening a sidecar found. {@code OK} and {@code NEWER_SCHEMA} carry the content ({@code NEWER_SCHEMA}
 * is shown read-only, with {@link #message()} as the notice); {@code MISSING} means start fresh;
 * {@code CORRUPT} carries a message naming the file and the problem, and nothing is loaded.
 */
public record LoadResult(Status status, Path path, SidecarFile file, String message, List<String> warnings,
                         String sha256) {

    public enum Status { OK, MISSING, NEWER_SCHEMA, CORRUPT }

    public LoadResult {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public boolean readOnly() {
        return status == Status.NEWER_SCHEMA;
    }

    public boolean hasContent() {
        return status == Status.OK || status == Status.NEWER_SCHEMA;
    }
}
