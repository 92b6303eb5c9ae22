package org.claimline.session;

import java.util.Locale;
import java.util.Set;
import org.claimline.model.Claim;
import org.claimline.model.Taxonomy;

/**
 * Which claims the analyst wants to see: any of the issues, any of the actors, and the free text found
 * in the quote, summary, note or a tag name. An empty part does not restrict.
 */
public record ClaimFilter(Set<String> issueIds, Set<String> actorIds, String text) {
    public static final ClaimFilter NONE = new ClaimFilter(Set.of(), Set.of(), "");

    public ClaimFilter {
        issueIds = issueIds == null ? Set.of() : Set.copyOf(issueIds);
        actorIds = actorIds == null ? Set.of() : Set.copyOf(actorIds);
        text = text == null ? "" : text.strip();
    }

    public boolean isEmpty() {
        return issueIds.isEmpty() && actorIds.isEmpty() && text.isEmpty();
    }

    public ClaimFilter withIssues(Set<String> ids) {
        return new ClaimFilter(ids, actorIds, text);
    }

    public ClaimFilter withActors(Set<String> ids) {
        return new ClaimFilter(issueIds, ids, text);
    }

    public ClaimFilter withText(String t) {
        return new ClaimFilter(issueIds, actorIds, t);
    }

    public boolean matches(Claim c, Taxonomy taxonomy) {
        if (!issueIds.isEmpty() && c.issueIds().stream().noneMatch(issueIds::contains)) {
            return false;
        }
        if (!actorIds.isEmpty() && c.actorIds().stream().noneMatch(actorIds::contains)) {
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        if (contains(c.quote(), needle) || contains(c.summary(), needle) || contains(c.note(), needle)) {
            return true;
        }
        for (String id : c.issueIds()) {
            if (taxonomy.issue(id).map(i -> contains(i.name(), needle)).orElse(false)) {
                return true;
            }
        }
        for (String id : c.actorIds()) {
            if (taxonomy.actor(id).map(a -> contains(a.name(), needle)).orElse(false)) {
                return true;
            }
        }
        return c.tags().stream().anyMatch(t -> contains(t, needle));
    }

    private static boolean contains(String hay, String lowerNeedle) {
        return hay != null && hay.toLowerCase(Locale.ROOT).contains(lowerNeedle);
    }
}
