package org.claimline.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimline.model.Actor;
import org.claimline.model.Anchor;
import org.claimline.model.AnchorStatus;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Claim;
import org.claimline.model.Issue;
import org.claimline.model.Stance;
import org.claimline.model.Taxonomy;
import org.claimline.model.TextRange;
import org.claimline.session.AnnotationMerge.Resolution;
import org.junit.jupiter.api.Test;

class AnnotationMergeTest {
    private static final String TEXT = "Seoul ended GSOMIA. Tokyo tightened exports. Both sides blamed history.";
    private final AnnotationMerge merge = new AnnotationMerge(org.claimline.repository.Reanchoring.standard());

    private static Claim claim(String id, String exact, String summary, List<String> issues, List<String> actors) {
        int at = TEXT.indexOf(exact);
        return new Claim(id, Anchor.exact(TEXT, new TextRange(at, at + exact.length())), summary, issues, actors,
                Stance.NEUTRAL, "", List.of(), Instant.EPOCH, Instant.EPOCH, "me");
    }

    private final Taxonomy myTax = new Taxonomy(
            List.of(new Issue("i-sec", "Security", "#ff0000"), new Issue("i-trade", "Trade", "#00ff00")),
            List.of(new Actor("a-kr", "Korea", List.of("Seoul"))));
    private final AnnotationSet mine = new AnnotationSet(myTax, List.of(
            claim("c1", "Seoul ended GSOMIA.", "ended", List.of("i-sec"), List.of("a-kr")),
            claim("c2", "Tokyo tightened exports.", "exports", List.of("i-trade"), List.of())));

    @Test
    void unchangedClaimsAreNeitherAddedNorConflicts() {
        AnnotationMerge.Result r = merge.merge(mine, mine, TEXT);
        assertEquals(2, r.unchanged());
        assertTrue(r.added().isEmpty());
        assertTrue(r.conflicts().isEmpty());
        assertEquals(mine.claims(), r.apply(Map.of()).claims());
    }

    @Test
    void newClaimsAreReanchoredIntoTheCurrentText() {
        // Their copy of the text had a different start, so their offsets are stale.
        Claim theirs = new Claim("c3", new Anchor(new org.claimline.model.TextQuote("blamed history", "", ""),
                new TextRange(3, 17), AnchorStatus.ANCHORED, 1), "history", List.of(), List.of(), Stance.OPPOSES, "n",
                List.of(), Instant.EPOCH, Instant.EPOCH, "colleague");
        AnnotationMerge.Result r = merge.merge(mine, mine.withClaim(theirs), TEXT);
        assertEquals(1, r.added().size());
        Claim placed = r.added().get(0);
        assertEquals("blamed history", TEXT.substring(placed.range().start(), placed.range().end()));
        assertEquals(AnchorStatus.MOVED, placed.anchor().status());
        assertEquals(3, r.apply(Map.of()).claims().size());
    }

    @Test
    void bothChangedGivesAConflictResolvedAsChosen() {
        Claim theirC1 = mine.claim("c1").orElseThrow().withSummary("ended, then re-extended").withNote("their note");
        AnnotationSet theirs = mine.withClaim(theirC1);
        AnnotationMerge.Result r = merge.merge(mine, theirs, TEXT);
        assertEquals(1, r.conflicts().size());
        assertEquals("c1", r.conflicts().get(0).id());
        assertEquals(List.of("summary", "note"), r.conflicts().get(0).differences());

        assertEquals("ended", r.apply(Map.of("c1", Resolution.MINE)).claim("c1").orElseThrow().summary());
        assertEquals("ended", r.apply(Map.of()).claim("c1").orElseThrow().summary(), "no choice keeps mine");
        assertEquals("ended, then re-extended",
                r.apply(Map.of("c1", Resolution.THEIRS)).claim("c1").orElseThrow().summary());

        AnnotationSet both = r.applyAll(Resolution.KEEP_BOTH);
        assertEquals(3, both.claims().size());
        assertEquals("ended", both.claim("c1").orElseThrow().summary());
        Claim copy = both.claims().stream().filter(c -> c.summary().equals("ended, then re-extended")).findFirst()
                .orElseThrow();
        assertNotEquals("c1", copy.id());
        assertEquals("their note", copy.note());
    }

    @Test
    void taxonomiesAreUnionedByNameAndTheirIdsRemapped() {
        Taxonomy theirTax = new Taxonomy(
                List.of(new Issue("t-sec", "security", "#0000ff"), new Issue("i-trade", "History", "#123456")),
                List.of(new Actor("t-kr", "ROK", List.of("Korea")), new Actor("t-jp", "Japan", List.of())));
        Claim theirClaim = claim("c9", "Both sides blamed history.", "blame", List.of("t-sec", "i-trade"),
                List.of("t-kr", "t-jp"));
        AnnotationMerge.Result r = merge.merge(mine, new AnnotationSet(theirTax, List.of(theirClaim)), TEXT);
        AnnotationSet merged = r.apply(Map.of());
        Taxonomy t = merged.taxonomy();

        assertEquals(3, t.issues().size(), "Security is shared; their History is new");
        assertEquals("1 new claim, 0 conflicts, 0 unchanged, 1 new issue, 1 new actor", r.summary());
        assertEquals("#ff0000", t.issue("i-sec").orElseThrow().color(), "my entry wins for a shared name");
        assertEquals("Trade", t.issue("i-trade").orElseThrow().name(), "their entry with my id does not overwrite mine");
        Issue history = t.issueNamed("History").orElseThrow();
        assertNotEquals("i-trade", history.id());
        assertEquals(2, t.actors().size());
        assertTrue(t.actor("a-kr").orElseThrow().aliases().contains("ROK"), "their name for Korea becomes an alias");

        Claim c9 = merged.claim("c9").orElseThrow();
        assertEquals(List.of("i-sec", history.id()), c9.issueIds());
        assertEquals(List.of("a-kr", t.actorNamed("Japan").orElseThrow().id()), c9.actorIds());
    }

    @Test
    void nothingIsLost() {
        Claim theirC2 = mine.claim("c2").orElseThrow().withStance(Stance.OPPOSES);
        Claim orphan = new Claim("c7", new Anchor(new org.claimline.model.TextQuote("gone sentence", "", ""), null,
                AnchorStatus.ORPHAN, 0), "gone", List.of(), List.of(), Stance.UNCLEAR, "", List.of(), null, null, null);
        AnnotationSet theirs = new AnnotationSet(myTax, List.of(theirC2, orphan));
        AnnotationMerge.Result r = merge.merge(mine, theirs, TEXT);
        for (Resolution res : Resolution.values()) {
            AnnotationSet m = r.applyAll(res);
            Set<String> ids = new HashSet<>();
            m.claims().forEach(c -> ids.add(c.id()));
            assertEquals(m.claims().size(), ids.size(), "ids stay unique");
            assertTrue(ids.containsAll(Set.of("c1", "c2", "c7")), res + " keeps every claim");
            assertTrue(m.claim("c7").orElseThrow().anchor().isOrphan(), "an orphan stays, as an orphan");
        }
        assertEquals(4, r.applyAll(Resolution.KEEP_BOTH).claims().size());
    }
}
