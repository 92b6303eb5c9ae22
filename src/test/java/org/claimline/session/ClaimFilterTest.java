package org.claimline.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.claimline.model.Actor;
import org.claimline.model.Anchor;
import org.claimline.model.Claim;
import org.claimline.model.Issue;
import org.claimline.model.Stance;
import org.claimline.model.Taxonomy;
import org.claimline.model.TextRange;
import org.junit.jupiter.api.Test;

class ClaimFilterTest {
    private static final Taxonomy TAX = new Taxonomy(List.of(new Issue("i1", "Alignment", "#111111")),
            List.of(new Actor("japan", "Japan", List.of()), new Actor("china", "China", List.of())));
    private static final Claim C = new Claim("c", Anchor.exact("distrust of Korea", new TextRange(0, 8)),
            "Distrust began", List.of("i1"), List.of("japan"), Stance.NEUTRAL, "see para 3", List.of(),
            Instant.EPOCH, Instant.EPOCH, "");

    @Test
    void eachPartRestrictsAndEmptyDoesNot() {
        assertTrue(ClaimFilter.NONE.isEmpty());
        assertTrue(ClaimFilter.NONE.matches(C, TAX));
        assertTrue(ClaimFilter.NONE.withIssues(Set.of("i1", "x")).matches(C, TAX));
        assertFalse(ClaimFilter.NONE.withIssues(Set.of("x")).matches(C, TAX));
        assertFalse(ClaimFilter.NONE.withActors(Set.of("china")).matches(C, TAX));
        assertTrue(ClaimFilter.NONE.withActors(Set.of("china", "japan")).matches(C, TAX));
        assertTrue(ClaimFilter.NONE.withText("BEGAN").matches(C, TAX));
        assertTrue(ClaimFilter.NONE.withText("para 3").matches(C, TAX));
        assertTrue(ClaimFilter.NONE.withText("japan").matches(C, TAX));
        assertTrue(ClaimFilter.NONE.withText("alignment").matches(C, TAX));
        assertFalse(ClaimFilter.NONE.withText("china").matches(C, TAX));
        assertTrue(ClaimFilter.NONE.withText("  ").isEmpty());
    }
}
