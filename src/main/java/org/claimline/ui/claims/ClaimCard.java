package org.claimline.ui.claims;

import java.util.ArrayList;
import java.util.List;
import org.claimline.model.AnchorStatus;
import org.claimline.model.Claim;
import org.claimline.model.Stance;
import org.claimline.model.Taxonomy;
import org.claimline.session.Highlighting;

/** What a claim card shows. */
public record ClaimCard(String id, String excerpt, String summary, List<Chip> issues, List<Chip> actors,
                        boolean hasNote, Stance stance, AnchorStatus status, double score) {
    static final int EXCERPT_LENGTH = 140;

    public static ClaimCard of(Claim c, Taxonomy t) {
        List<Chip> issues = new ArrayList<>();
        for (String id : c.issueIds()) {
            int idx = t.issueIndex(id);
            if (idx >= 0) {
                issues.add(new Chip(id, t.issues().get(idx).name(), idx % Highlighting.ISSUE_COLORS));
            }
        }
        List<Chip> actors = new ArrayList<>();
        for (String id : c.actorIds()) {
            t.actor(id).ifPresent(a -> actors.add(new Chip(id, a.name(), -1)));
        }
        return new ClaimCard(c.id(), excerpt(c.quote()), c.summary(), List.copyOf(issues), List.copyOf(actors),
                !c.note().isBlank(), c.stance(), c.anchor().status(), c.anchor().score());
    }

    static String excerpt(String quote) {
        String q = quote.replaceAll("\\s+", " ").strip();
        if (q.length() <= EXCERPT_LENGTH) {
            return q;
        }
        int cut = q.lastIndexOf(' ', EXCERPT_LENGTH);
        return q.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH) + "\u2026";
    }

    /** Short text for the anchoring status, or empty when the passage is where it was recorded. */
    public String statusText() {
        return switch (status) {
            case ANCHORED -> "";
            case MOVED -> "Moved";
            case FUZZY -> String.format("Approximate match (%.0f%%)", score * 100);
            case ORPHAN -> "Needs re-attaching";
        };
    }
}
