package org.claimline.session;

import static org.claimline.session.SessionFixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimline.model.Actor;
import org.claimline.model.AnchorStatus;
import org.claimline.model.Claim;
import org.claimline.model.Issue;
import org.claimline.model.Stance;
import org.claimline.model.TextRange;
import org.junit.jupiter.api.Test;

class ReaderSessionTest {
    private final ReaderSession s = SessionFixtures.session();
    private final String text = s.article().text();

    private Claim add(String passage) {
        return s.addClaim(find(text, passage), false).orElseThrow();
    }

    @Test
    void addsAClaimSnappedToWordsWithTheQuoteAsSummary() {
        TextRange sloppy = find(text, "rowing distrust of Ko");
        Claim c = s.addClaim(sloppy, false).orElseThrow();
        assertEquals("growing distrust of Korea", c.quote());
        assertEquals(c.quote(), c.summary());
        assertEquals(AnchorStatus.ANCHORED, c.anchor().status());
        assertEquals("tester", c.creator());
        assertTrue(s.isDirty());
        assertEquals("Add claim", s.undoLabel());
    }

    @Test
    void wholeSentenceOption() {
        Claim c = s.addClaim(find(text, "tilting"), true).orElseThrow();
        assertTrue(c.quote().startsWith("Japan's growing") && c.quote().endsWith("toward China."), c.quote());
    }

    @Test
    void undoRedoWalkOneHistoryAndDirtyFollowsTheSavedVersion() {
        s.markSaved(s.annotations());
        Claim c = add("distrust of Korea");
        Issue i = s.addIssue("Korea–China alignment");
        s.setIssues(c.id(), List.of(i.id()));
        assertTrue(s.isDirty());
        assertTrue(s.undo());
        assertEquals(List.of(), s.claim(c.id()).orElseThrow().issueIds());
        assertTrue(s.undo());
        assertTrue(s.taxonomy().issues().isEmpty());
        assertTrue(s.undo());
        assertTrue(s.claims().isEmpty());
        assertFalse(s.isDirty());
        assertFalse(s.undo());
        assertTrue(s.redo());
        assertTrue(s.redo());
        assertTrue(s.redo());
        assertEquals(List.of(i.id()), s.claim(c.id()).orElseThrow().issueIds());
        assertFalse(s.redo());
        s.undo();
        s.setStance(c.id(), Stance.OPPOSES);
        assertFalse(s.canRedo(), "a new edit drops the redo branch");
    }

    @Test
    void typingInOneFieldIsOneUndoStepUntilBroken() {
        Claim c = add("distrust of Korea");
        s.setSummary(c.id(), "d");
        s.setSummary(c.id(), "di");
        s.setSummary(c.id(), "dis");
        s.breakCoalescing();
        s.setSummary(c.id(), "dist");
        s.undo();
        assertEquals("dis", s.claim(c.id()).orElseThrow().summary());
        s.undo();
        assertEquals("distrust of Korea", s.claim(c.id()).orElseThrow().summary());
    }

    @Test
    void listenersHearEveryChange() {
        AtomicInteger calls = new AtomicInteger();
        s.addListener(x -> calls.incrementAndGet());
        Claim c = add("distrust of Korea");
        s.setNote(c.id(), "strong");
        s.undo();
        s.markSaved(s.annotations());
        assertEquals(4, calls.get());
    }

    @Test
    void toggleIssueByKeyNumber() {
        Claim c = add("distrust of Korea");
        Issue a = s.addIssue("Trade");
        Issue b = s.addIssue("History");
        assertTrue(s.toggleIssue(c.id(), 2));
        assertTrue(s.toggleIssue(c.id(), 1));
        assertEquals(List.of(b.id(), a.id()), s.claim(c.id()).orElseThrow().issueIds());
        assertTrue(s.toggleIssue(c.id(), 2));
        assertEquals(List.of(a.id()), s.claim(c.id()).orElseThrow().issueIds());
        assertFalse(s.toggleIssue(c.id(), 3));
    }

    @Test
    void taxonomyRenameMergeRecolourDelete() {
        Claim c1 = add("distrust of Korea");
        Claim c2 = add("trade dispute");
        Issue trade = s.addIssue("Trade");
        Issue econ = s.addIssue("Economy");
        assertEquals(trade, s.addIssue(" trade "), "same name gives the same issue");
        assertTrue(!trade.color().equals(econ.color()));
        s.setIssues(c1.id(), List.of(trade.id()));
        s.setIssues(c2.id(), List.of(econ.id(), trade.id()));
        s.renameIssue(trade.id(), "Trade war");
        assertEquals("Trade war", s.taxonomy().issue(trade.id()).orElseThrow().name());
        s.recolorIssue(trade.id(), "#123ABC");
        assertEquals("#123abc", s.taxonomy().issue(trade.id()).orElseThrow().color());
        assertEquals(2, s.issueUsage(trade.id()));
        s.mergeIssues(econ.id(), trade.id());
        assertTrue(s.taxonomy().issue(econ.id()).isEmpty());
        assertEquals(List.of(trade.id()), s.claim(c2.id()).orElseThrow().issueIds());
        s.deleteIssue(trade.id());
        assertEquals(0, s.issueUsage(trade.id()));
        assertTrue(s.claims().stream().allMatch(c -> c.issueIds().isEmpty()));
        s.undo();
        assertEquals(2, s.issueUsage(trade.id()), "delete and untag is one undo step");
    }

    @Test
    void actorsMergeKeepsNamesAsAliases() {
        Claim c = add("distrust of Korea");
        Actor rok = s.addActor("Republic of Korea");
        Actor korea = s.addActor("Korea");
        s.setActors(c.id(), List.of(rok.id(), korea.id()));
        s.mergeActors(rok.id(), korea.id());
        assertEquals(List.of(korea.id()), s.claim(c.id()).orElseThrow().actorIds());
        assertEquals(korea.id(), s.taxonomy().actorNamed("republic of korea").orElseThrow().id());
        assertEquals(korea.id(), s.addActor("Republic of Korea").id());
        s.setActorAliases(korea.id(), List.of(" ROK ", "", "ROK"));
        assertEquals(List.of("ROK"), s.taxonomy().actor(korea.id()).orElseThrow().aliases());
        s.renameActor(korea.id(), "South Korea");
        s.deleteActor(korea.id());
        assertTrue(s.claim(c.id()).orElseThrow().actorIds().isEmpty());
    }

    @Test
    void restoringAndRemovingBlocksReanchorsAndLosesNothing() {
        Claim c1 = add("trade dispute");
        Claim c2 = add("Seoul disagrees");
        s.restoreBlock(1);
        assertTrue(s.article().text().contains(SessionFixtures.NAV));
        Claim moved = s.claim(c1.id()).orElseThrow();
        assertEquals("trade dispute", s.article().text().substring(moved.range().start(), moved.range().end()));
        s.removeBlock(0);
        assertTrue(s.claim(c2.id()).orElseThrow().anchor().isOrphan());
        assertEquals(2, s.claims().size());
        assertEquals(1, s.annotations().orphans().size());
        s.reattach(c2.id(), find(s.article().text(), "Both sides"));
        assertEquals(AnchorStatus.ANCHORED, s.claim(c2.id()).orElseThrow().anchor().status());
        s.undo();
        s.undo();
        s.undo();
        assertEquals(SessionFixtures.article(), s.article());
        assertNotNull(s.claim(c2.id()).orElseThrow().range());
    }

    @Test
    void choosingTheWholePageOrAStartAndEndIsOneUndoableStepAndClaimsFollow() {
        Claim c = add("trade dispute");
        s.chooseBlocks("Show whole page", org.claimline.model.KeptBlocks.wholePage(s.article()));
        assertTrue(s.article().text().contains(SessionFixtures.NAV));
        Claim moved = s.claim(c.id()).orElseThrow();
        assertEquals("trade dispute", s.article().text().substring(moved.range().start(), moved.range().end()));
        assertEquals("Show whole page", s.undoLabel());
        s.chooseBlocks("Article starts here", org.claimline.model.KeptBlocks.between(s.article(), 1, 2));
        assertFalse(s.article().text().contains("Seoul"));
        s.undo();
        s.undo();
        assertEquals(SessionFixtures.article(), s.article());
        assertEquals("trade dispute", text.substring(s.claim(c.id()).orElseThrow().range().start(),
                s.claim(c.id()).orElseThrow().range().end()));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> s.chooseBlocks("x",
                s.article().withBlocks(s.article().blocks().subList(0, 2))));
    }

    @Test
    void aChoiceOfBlocksAloneIsAnEditToSaveAndSavingItMakesTheSessionClean() {
        assertFalse(s.isDirty());
        s.chooseBlocks("Show whole page", org.claimline.model.KeptBlocks.wholePage(s.article()));
        assertTrue(s.isDirty(), "no claim moved, but the article changed");
        s.markSaved(s.annotations());
        assertFalse(s.isDirty());
        org.claimline.model.AnnotationSet sent = s.annotations();
        s.undo();
        assertTrue(s.isDirty());
        s.adoptSaved(s.annotations(), s.annotations());
        assertFalse(s.isDirty());
        s.redo();
        s.markSaved(sent); // an older save coming back: the blocks saved with it are the whole page's, as now
        assertFalse(s.isDirty());
    }

    @Test
    void deleteClaimUndoes() {
        Claim c = add("trade dispute");
        s.deleteClaim(c.id());
        assertTrue(s.claim(c.id()).isEmpty());
        s.undo();
        assertEquals(c, s.claim(c.id()).orElseThrow());
        assertEquals("Delete claim", s.redoLabel());
    }

    @Test
    void taggingWithANewNameCreatesAndTagsInOneStep() {
        Claim c = add("distrust of Korea");
        Issue i = s.tagIssue(c.id(), "Korea–China alignment");
        Actor japan = s.tagActor(c.id(), "Japan");
        s.tagActor(c.id(), "japan");
        assertEquals(List.of(i.id()), s.claim(c.id()).orElseThrow().issueIds());
        assertEquals(List.of(japan.id()), s.claim(c.id()).orElseThrow().actorIds());
        s.undo();
        assertTrue(s.taxonomy().actors().isEmpty());
        assertEquals(List.of(i.id()), s.claim(c.id()).orElseThrow().issueIds());
    }
}
