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
    /** What a stance is about, wherever one is chosen or shown. */
    public static final String STANCE_MEANING = "The author\u2019s stance toward the tagged actors";

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

    /** The stance's name in the editor: Supports, Opposes, Neutral, Unclear. */
    public static String stanceName(Stance s) {
        return s.id().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.id().substring(1);
    }

    /** What choosing {@code s} says, for its button's tooltip. */
    public static String stanceTip(Stance s) {
        return STANCE_MEANING + ": " + switch (s) {
            case SUPPORTS -> "the author supports them (agrees, defends, praises).";
            case OPPOSES -> "the author opposes them (criticises, rejects, blames).";
            case NEUTRAL -> "the author reports on them without taking a side.";
            case UNCLEAR -> "not decided yet, or the text does not tell.";
        };
    }

    /**
     * The card's stance chip: the stance with the actors it is toward ("Supports Seoul, Tokyo"), "Opposes (no
     * actor tagged)" when none is; "" while unclear.
     */
    public String stanceText() {
        if (stance == Stance.UNCLEAR) {
            return "";
        }
        String verb = stance == Stance.NEUTRAL ? "Neutral toward" : stanceName(stance);
        return actors.isEmpty() ? verb + " (no actor tagged)"
                : verb + " " + String.join(", ", actors.stream().map(Chip::name).toList());
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
