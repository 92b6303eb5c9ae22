package org.claimline.storage;

import org.claimline.model.AnnotationSet;

/**
 * How a save settles a sidecar that another writer changed since it was loaded: called with the sidecar's lock
 * held, so nobody writes between the look at the file and the write. The annotation repository merges here;
 * storage itself only reads and writes.
 */
@FunctionalInterface
public interface ExternalChange {

    /**
     * What to write now that {@code theirs} is on disk: the settled set, or null to write nothing (the caller keeps
     * the conflicts for the user). {@code base} is what was last loaded or saved (null: nothing was), {@code text}
     * the cleaned text {@code mine} is placed on.
     */
    AnnotationSet settle(SidecarFile base, AnnotationSet mine, SidecarFile theirs, String text);

    /** Writes nothing over another writer's change: every external change comes back as {@code CHANGED}. */
    ExternalChange REFUSE = (base, mine, theirs, text) -> null;
}
