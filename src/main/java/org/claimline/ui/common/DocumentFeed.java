package org.claimline.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.claimline.session.ReaderSession;

/**
 * Port: the open article as the panels see it. Claim commands go to {@link #session()} (the one route to the
 * claims, each command one undo step); {@link #revisionProperty()} says when anything in it changed.
 */
public interface DocumentFeed {
    /** The open article's claims and their commands, or null before the first article is open. */
    ReaderSession session();

    /** Bumped after every change of the session (claims, taxonomy, article) and when another article opens. */
    ReadOnlyIntegerProperty revisionProperty();

    /** Whether an article is open. */
    ReadOnlyBooleanProperty hasArticleProperty();

    /** Why some claims of the article just opened need re-attaching, or "". */
    ReadOnlyStringProperty reattachNoticeProperty();

    void dismissReattachNotice();
}
