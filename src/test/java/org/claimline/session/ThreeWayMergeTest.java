package org.claimline.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.claimline.model.Anchor;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Claim;
import org.claimline.model.Issue;
import org.claimline.model.Stance;
import org.claimline.model.Taxonomy;
import org.claimline.model.TextRange;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {
    private static final String TEXT = "one two three four five six seven eight nine ten";
    private static final Issue RED = new Issue("red", "Red", "#ff0000");
    private static final Issue BLUE = new Issue("blue", "Blue", "#0000ff");

    private static Claim claim(String id, int start, int end) {
        return new Claim(id, Anchor.exact(TEXT, new TextRange(start, end)), "", List.of(), List.of(), Stance.UNCLEAR,
                "", List.of(), null, null, null);
    }

    private static AnnotationSet set(Taxonomy t, Claim... cs) {
        return new AnnotationSet(t, List.of(cs));
    }

    private final Taxonomy tax = new Taxonomy(List.of(RED), List.of());
    private final Claim a = claim("a", 0, 3);
    private final Claim b = claim("b", 4, 7);
    private final Claim c = claim("c", 8, 13);

    @Test
    void changesToDifferentClaimsMerge() {
        AnnotationSet base = set(tax, a, b, c);
        AnnotationSet mine = set(tax, a.withNote("mine"), b);           // edited a, deleted c
        AnnotationSet theirs = set(tax, a, b.withSummary("theirs"), c, claim("d", 14, 18));
        ThreeWayMerge.Result r = ThreeWayMerge.merge(base, mine, theirs);
        assertTrue(r.isClean());
        assertEquals(set(tax, a.withNote("mine"), b.withSummary("theirs"), claim("d", 14, 18)), r.merged());
    }

    @Test
    void sameClaimChangedOnBothSidesIsAConflict() {
        AnnotationSet base = set(tax, a, b);
        ThreeWayMerge.Result r = ThreeWayMerge.merge(base, set(tax, a.withNote("mine"), b),
                set(tax, a.withNote("theirs"), b.withStance(Stance.OPPOSES)));
        assertEquals(1, r.conflicts().size());
        assertEquals("a", r.conflicts().get(0).id());
        assertEquals("mine", r.merged().claim("a").orElseThrow().note(), "mine stays until the user chooses");
        assertEquals(Stance.OPPOSES, r.merged().claim("b").orElseThrow().stance());
        assertEquals("theirs", r.resolve(Map.of("a", ThreeWayMerge.Choice.THEIRS), () -> "x").claim("a").orElseThrow().note());
        AnnotationSet both = r.resolve(Map.of(), () -> "a2");
        assertEquals("mine", both.claim("a").orElseThrow().note());
        assertEquals("theirs", both.claim("a2").orElseThrow().note());
    }

    @Test
    void sameChangeOnBothSidesIsNoConflict() {
        AnnotationSet base = set(tax, a);
        AnnotationSet same = set(tax, a.withSummary("s"));
        assertTrue(ThreeWayMerge.merge(base, same, same).isClean());
    }

    @Test
    void editedOnOneSideDeletedOnTheOtherIsAConflict() {
        AnnotationSet base = set(tax, a, b);
        ThreeWayMerge.Result r = ThreeWayMerge.merge(base, set(tax, b), set(tax, a.withNote("theirs"), b));
        assertEquals(1, r.conflicts().size());
        assertNull(r.conflicts().get(0).mine());
        assertEquals("theirs", r.merged().claim("a").orElseThrow().note(), "nothing is lost before the choice");
        assertTrue(r.resolve(Map.of("a", ThreeWayMerge.Choice.MINE), () -> "x").claim("a").isEmpty());
    }

    @Test
    void taxonomyMergesByIdAndKeepsEntriesStillInUse() {
        Taxonomy base = new Taxonomy(List.of(RED, BLUE), List.of());
        Taxonomy mine = new Taxonomy(List.of(RED.withName("Crimson")), List.of());          // deleted blue
        Claim usesBlue = b.withIssueIds(List.of("blue"));
        Taxonomy theirs = new Taxonomy(List.of(RED, BLUE, new Issue("green", "Green", "#00ff00")), List.of());
        ThreeWayMerge.Result r = ThreeWayMerge.merge(set(base, a, b), set(mine, a, b), set(theirs, a, usesBlue));
        assertTrue(r.isClean());
        Taxonomy t = r.merged().taxonomy();
        assertEquals("Crimson", t.issue("red").orElseThrow().name());
        assertTrue(t.issue("green").isPresent());
        assertTrue(t.issue("blue").isPresent(), "theirs' claim still uses it");
    }
}
