package org.claimline.ui.workspace;

import java.nio.file.Path;
import javafx.stage.Window;

/** What the workspace needs of the reader window: open an article, show a place in it, switch views. */
public interface ReaderHost {
    /** Opens {@code article} in the reader (asking first if unsaved work would be lost); false when declined. */
    boolean openArticle(Path article);

    /** The article in the reader, or null. */
    Path currentArticle();

    /** Runs {@code then} once the reader shows {@code article}. */
    void whenShown(Path article, Runnable then);

    void selectClaim(String claimId);

    /** Selects (and scrolls to) a range of the article's cleaned text. */
    void selectRange(int start, int end);

    /** Shows the library (true) or the reader (false) in the window. */
    void showLibrary(boolean library);

    boolean libraryShown();

    /** Reloads the article in the reader from disk (after a codebook change). */
    void reload();

    Window window();
}
