package org.claimline.storage;

import org.claimline.model.AnnotationSet;
import org.claimline.session.ThreeWayMerge;

/**
 * The outcome of a save. {@code SAVED}: written as given. {@code MERGED}: the file had changed on disk, the
 * changes merged cleanly, and {@link #saved()} (which the caller should adopt) was written.
 * {@code CONFLICTS}: nothing was written; settle {@link #merge()}'s conflicts with the user, then call
 * {@link SidecarStore#saveResolved}.
 */
public record SaveResult(Status status, AnnotationSet saved, ThreeWayMerge.Result merge, LoadResult theirs) {

    public enum Status { SAVED, MERGED, CONFLICTS }
}
