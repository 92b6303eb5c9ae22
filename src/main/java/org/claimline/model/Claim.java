package org.claimline.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One recorded claim: the passage (anchor), the analyst's summary, the issues and actors it is tagged
 * with (taxonomy ids, in the order chosen), stance, a free note and free tags.
 */
public record Claim(String id, Anchor anchor, String summary, List<String> issueIds, List<String> actorIds,
                    Stance stance, String note, List<String> tags,
                    Instant created, Instant modified, String creator) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(anchor, "anchor");
        summary = summary == null ? "" : summary;
        note = note == null ? "" : note;
        issueIds = issueIds == null ? List.of() : List.copyOf(issueIds);
        actorIds = actorIds == null ? List.of() : List.copyOf(actorIds);
        tags = tags == null ? List.of() : List.copyOf(tags);
        stance = stance == null ? Stance.UNCLEAR : stance;
    }

    public TextRange range() {
        return anchor.range();
    }

    public String quote() {
        return anchor.quote().exact();
    }

    public Claim withAnchor(Anchor a) {
        return new Claim(id, a, summary, issueIds, actorIds, stance, note, tags, created, modified, creator);
    }

    public Claim withSummary(String s) {
        return new Claim(id, anchor, s, issueIds, actorIds, stance, note, tags, created, modified, creator);
    }

    public Claim withIssueIds(List<String> ids) {
        return new Claim(id, anchor, summary, ids, actorIds, stance, note, tags, created, modified, creator);
    }

    public Claim withActorIds(List<String> ids) {
        return new Claim(id, anchor, summary, issueIds, ids, stance, note, tags, created, modified, creator);
    }

    public Claim withStance(Stance s) {
        return new Claim(id, anchor, summary, issueIds, actorIds, s, note, tags, created, modified, creator);
    }

    public Claim withNote(String n) {
        return new Claim(id, anchor, summary, issueIds, actorIds, stance, n, tags, created, modified, creator);
    }

    public Claim withTags(List<String> t) {
        return new Claim(id, anchor, summary, issueIds, actorIds, stance, note, t, created, modified, creator);
    }

    public Claim withModified(Instant m) {
        return new Claim(id, anchor, summary, issueIds, actorIds, stance, note, tags, created, m, creator);
    }
}
