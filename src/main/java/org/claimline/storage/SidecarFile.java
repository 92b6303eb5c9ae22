package org.claimline.storage;

import org.claimline.model.AnnotationSet;

/** The content of one sidecar: the article it describes, its claims and taxonomy, and what we keep unread. */
public record SidecarFile(DocumentInfo document, AnnotationSet annotations, SidecarExtras extras) {
    public SidecarFile {
        document = document == null ? DocumentInfo.empty() : document;
        annotations = annotations == null ? AnnotationSet.empty(null) : annotations;
        extras = extras == null ? SidecarExtras.none() : extras;
    }

    public SidecarFile withAnnotations(AnnotationSet set) {
        return new SidecarFile(document, set, extras);
    }

    public SidecarFile withDocument(DocumentInfo d) {
        return new SidecarFile(d, annotations, extras);
    }
}
