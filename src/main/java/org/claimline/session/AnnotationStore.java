package org.claimline.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;

/**
 * Where a session's annotations are kept between runs (a sidecar next to the article). Called off the
 * FX thread; implementations must be thread-safe for one article at a time.
 */
public interface AnnotationStore {
    /** The saved annotations of {@code articleFile}, cleaned as {@code article}; empty when none were saved. */
    Optional<AnnotationSet> load(Path articleFile, Article article) throws IOException;

    /**
     * Saves {@code annotations} for {@code articleFile} and returns what was written: the same set, or, when
     * another writer changed the sidecar meanwhile, the merge of both. Throws when nothing could be written.
     */
    AnnotationSet save(Path articleFile, Article article, AnnotationSet annotations) throws IOException;
}
