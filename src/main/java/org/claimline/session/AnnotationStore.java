package org.claimline.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.ClaimPlacer;

/**
 * Where a session's annotations are kept between runs (a sidecar next to the article). Called off the
 * FX thread; implementations must be thread-safe for one article at a time.
 */
public interface AnnotationStore {

    /** What loading found beside the article. */
    enum Condition {
        /** No annotations saved yet: start fresh. */
        NONE,
        /** Loaded. */
        OK,
        /** Loaded, but written by a newer version: shown, never written (Save As keeps edits elsewhere). */
        READ_ONLY,
        /** The file exists but cannot be read; nothing loaded, and it is not overwritten until moved aside. */
        UNREADABLE
    }

    /**
     * The outcome of {@link #load}: {@code annotations} is null unless OK or READ_ONLY; {@code message} names the
     * file and the problem (READ_ONLY, UNREADABLE) or says what re-anchoring did (OK), else null. {@code article} is
     * the article as the analyst left it (their remembered choice of the page's blocks made again; the annotations
     * are placed on its text), or null when it is the article given to {@link #load} unchanged.
     */
    record Loaded(Condition condition, AnnotationSet annotations, String message, Article article) {
        public Loaded(Condition condition, AnnotationSet annotations, String message) {
            this(condition, annotations, message, null);
        }

        /** The article to show: the one the analyst left, else {@code cleaned}. */
        public Article articleOr(Article cleaned) {
            return article != null ? article : cleaned;
        }

        public static Loaded none() {
            return new Loaded(Condition.NONE, null, null);
        }

        public static Loaded ok(AnnotationSet annotations) {
            return new Loaded(Condition.OK, annotations, null);
        }
    }

    /**
     * The outcome of {@link #save}: {@code written} is what is on disk now (the set given, or its merge with
     * another writer's changes), or null when {@code conflicts} came back instead: the same claims were changed
     * on disk and here, nothing was written, and {@link #saveResolved} takes the user's choices.
     */
    record Saved(AnnotationSet written, ThreeWayMerge.Result conflicts) {
        public static Saved written(AnnotationSet set) {
            return new Saved(set, null);
        }

        public boolean hasConflicts() {
            return conflicts != null;
        }
    }

    /**
     * What places this store's claims in a text: the one re-anchoring of the open document (a session uses it when
     * the analyst's choice of blocks changes the text; {@link #load} has already placed what it returns).
     */
    ClaimPlacer placer();

    /** The saved annotations of {@code articleFile}, cleaned as {@code article}, placed in its text. */
    Loaded load(Path articleFile, Article article) throws IOException;

    /** Saves {@code annotations} for {@code articleFile}; throws (with a message for the user) when nothing could be written. */
    Saved save(Path articleFile, Article article, AnnotationSet annotations) throws IOException;

    /** Settles the conflicts of the last {@link #save} of {@code articleFile} with {@code choices} (by claim id) and saves. */
    Saved saveResolved(Path articleFile, Article article, ThreeWayMerge.Result conflicts,
                       Map<String, ThreeWayMerge.Choice> choices) throws IOException;

    /** Moves an unreadable sidecar aside (keeping it) so saving can start afresh; returns where it went. */
    Path moveAside(Path articleFile) throws IOException;

    /** Writes {@code annotations} as a sidecar at {@code target} (Save As), whatever is beside the article. */
    void saveCopy(Path articleFile, Article article, AnnotationSet annotations, Path target) throws IOException;
}
