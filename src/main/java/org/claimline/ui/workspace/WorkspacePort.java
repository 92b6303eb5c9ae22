package org.claimline.ui.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.claimline.model.Codebook;
import org.claimline.search.SearchHit;
import org.claimline.workspace.CodebookEdit;
import org.claimline.workspace.Progress;
import org.claimline.workspace.ReadingStatus;
import org.claimline.workspace.WorkspaceCodebook;
import org.claimline.workspace.WorkspaceLibrary;

/**
 * What the workspace views need of one open workspace folder (the app implements it over the library, the index,
 * the codebook and the status file). Every method may block: the view-models call it off the FX thread.
 */
public interface WorkspacePort extends AutoCloseable {
    Path root();

    /** Brings the library and the search index up to date. */
    WorkspaceLibrary.Snapshot refresh(Progress progress) throws IOException;

    List<SearchHit> search(String query, int limit) throws IOException;

    Map<String, ReadingStatus> statuses() throws IOException;

    void saveStatus(String rel, ReadingStatus status) throws IOException;

    Codebook codebook() throws IOException;

    /** A change to the codebook alone (add, describe). */
    Codebook updateCodebook(UnaryOperator<Codebook> change) throws IOException;

    /** A change that reaches every sidecar. */
    WorkspaceCodebook.Result apply(CodebookEdit edit, Progress progress) throws IOException;

    /** Finishes a codebook change that was interrupted, if any; returns what it did. */
    java.util.Optional<WorkspaceCodebook.Result> resumeInterrupted(Progress progress) throws IOException;

    int countClaims(CodebookEdit.Kind kind, String id) throws IOException;

    /** Downloads a page into the folder; returns the new article. */
    Path addFromLink(String url) throws IOException, InterruptedException;

    /** Saves pasted text or HTML into the folder; returns the new article. */
    Path addFromClipboard(String content) throws IOException;

    /** Calls {@code onChange} (on any thread) when the folder's files change. */
    void watch(Runnable onChange);

    @Override
    void close();
}
