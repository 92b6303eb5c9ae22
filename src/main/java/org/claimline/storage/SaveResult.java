package org.claimline.storage;

import org.claimline.model.AnnotationSet;

/**
 * The outcome of a save. {@code SAVED}: written as given. {@code MERGED}: the file had changed on disk, the
 * {@link ExternalChange} settled it, and {@link #saved()} (which the caller should adopt) was written.
 * {@code CHANGED}: the file had changed on disk and was not settled; nothing was written, {@link #theirs()} is what
 * is there (settle with the user, then call {@link SidecarStore#saveResolved}).
 */
public record SaveResult(Status status, AnnotationSet saved, LoadResult theirs) {

    public enum Status { SAVED, MERGED, CHANGED }
}
