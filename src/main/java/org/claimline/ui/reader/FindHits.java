package org.claimline.ui.reader;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import org.claimline.model.TextRange;

/** Port: the find bar's matches as the reader's highlighting needs them. */
public interface FindHits {
    /** Sets the text searched (the article changed); keeps the query. */
    void setText(String text);

    List<TextRange> matches();

    /** The index of the current match, or -1. */
    ReadOnlyIntegerProperty currentProperty();

    /** Bumped whenever matches or the current match change. */
    ReadOnlyIntegerProperty revisionProperty();
}
