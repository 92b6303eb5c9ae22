package org.claimline.repository;

import org.claimline.model.AnnotationSet;
import org.claimline.model.ClaimPlacer;
import org.claimline.model.Taxonomy;
import org.claimline.session.ThreeWayMerge;
import org.claimline.storage.ExternalChange;
import org.claimline.storage.SidecarFile;

/**
 * Merges another writer's change into a save: base, mine and theirs, all three in the current text's places (the
 * claims in memory were re-anchored when the file was opened against a changed text, and a file written against
 * that older text holds the old places). A clean merge is written; otherwise nothing is, and {@link #result()} holds
 * the conflicts for the user. One instance per save.
 */
public final class SidecarMerge implements ExternalChange {
    private final ClaimPlacer placer;
    private ThreeWayMerge.Result result;

    public SidecarMerge(ClaimPlacer placer) {
        this.placer = placer;
    }

    @Override
    public AnnotationSet settle(SidecarFile base, AnnotationSet mine, SidecarFile theirs, String text) {
        AnnotationSet baseSet = base == null ? AnnotationSet.empty(Taxonomy.empty()) : placedIn(base, text, placer);
        result = ThreeWayMerge.merge(baseSet, mine, placedIn(theirs, text, placer));
        return result.isClean() ? result.merged() : null;
    }

    /** The merge of the last {@link #settle}, conflicts included; null when the file had not changed. */
    public ThreeWayMerge.Result result() {
        return result;
    }

    /**
     * The file's annotations placed in {@code text}: as recorded when the file was written against this text, else
     * re-anchored as on opening (the same placements, so a claim nobody edited reads the same on all sides of a
     * merge).
     */
    static AnnotationSet placedIn(SidecarFile file, String text, ClaimPlacer placer) {
        AnnotationSet a = file.annotations();
        return file.document().matchesText(text) ? a : a.withClaims(placer.reanchor(a.claims(), text));
    }
}
