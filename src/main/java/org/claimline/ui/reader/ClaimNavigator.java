package org.claimline.ui.reader;

import java.util.List;
import java.util.Optional;
import org.claimline.model.Claim;
import org.claimline.model.TextRange;
import org.claimline.session.Highlighting;
import org.claimline.session.ReaderSession;
import org.claimline.ui.common.ClaimSelection;
import org.claimline.ui.common.DocumentFeed;

/** Commands on the selected claim, and moving the selection through the claims in reading order. */
public final class ClaimNavigator {
    private final DocumentFeed document;
    private final ClaimSelection selection;

    public ClaimNavigator(DocumentFeed document, ClaimSelection selection) {
        this.document = document;
        this.selection = selection;
    }

    /** Re-attaches the selected claim (usually an orphan) to {@code range}. */
    public void reattachSelected(TextRange range) {
        ReaderSession s = document.session();
        if (s != null && selection.selectedClaimIdProperty().get() != null && range != null) {
            s.reattach(selection.selectedClaimIdProperty().get(), range);
        }
    }

    /** Selects the claim under article text offset {@code offset}; returns whether one was there. */
    public boolean selectClaimAt(int offset) {
        ReaderSession s = document.session();
        Claim c = s == null || offset < 0 ? null : Highlighting.claimAt(s.claims(), offset);
        if (c != null) {
            selection.selectedClaimIdProperty().set(c.id());
        }
        return c != null;
    }

    public Optional<Claim> selectedClaim() {
        ReaderSession s = document.session();
        return s == null || selection.selectedClaimIdProperty().get() == null ? Optional.empty() : s.claim(selection.selectedClaimIdProperty().get());
    }

    /**
     * Selects the next (or previous) claim in reading order among those the filter shows: after the selected
     * claim, or from article offset {@code caret} when none is selected. Returns it, or empty at the end.
     */
    public Optional<Claim> selectAdjacentClaim(int caret, boolean forward) {
        ReaderSession s = document.session();
        if (s == null) {
            return Optional.empty();
        }
        List<Claim> placed = s.claims().stream().filter(c -> !c.anchor().isOrphan()
                && (selection.filterProperty().get().matches(c, s.taxonomy()) || c.id().equals(selection.selectedClaimIdProperty().get()))).toList();
        Claim current = selectedClaim().filter(c -> !c.anchor().isOrphan()).orElse(null);
        Claim next = null;
        if (current != null) {
            int i = placed.indexOf(current) + (forward ? 1 : -1);
            next = i >= 0 && i < placed.size() ? placed.get(i) : null;
        } else {
            for (Claim c : placed) {
                if (forward && c.range().start() >= caret) {
                    next = c;
                    break;
                } else if (!forward && c.range().start() < caret) {
                    next = c;
                }
            }
        }
        if (next != null) {
            selection.selectedClaimIdProperty().set(next.id());
        }
        return Optional.ofNullable(next);
    }

    /** Where the caret goes back to in the article when the editor is left: just after the selected claim; -1. */
    public int offsetAfterSelectedClaim() {
        return selectedClaim().filter(c -> !c.anchor().isOrphan()).map(c -> c.range().end()).orElse(-1);
    }

    public void deleteSelected() {
        ReaderSession s = document.session();
        if (s != null && selection.selectedClaimIdProperty().get() != null) {
            s.deleteClaim(selection.selectedClaimIdProperty().get());
        }
    }

    /** Keys 1–9. */
    public boolean toggleIssue(int n) {
        ReaderSession s = document.session();
        return s != null && selection.selectedClaimIdProperty().get() != null && s.toggleIssue(selection.selectedClaimIdProperty().get(), n);
    }
}
