package org.claimline.ui.reader;

import org.claimline.ui.UiFixtures;
import org.claimline.document.*;
import org.claimline.ui.common.*;

import static org.claimline.ui.UiFixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import org.claimline.model.Claim;
import org.claimline.session.ClaimFilter;
import org.claimline.session.Highlighting;
import org.junit.jupiter.api.Test;

class ReaderViewModelTest {
    private final UiFixtures.Store store = new UiFixtures.Store();
    private final MemoryPreferences prefs = new MemoryPreferences();
    private final ReaderViewModel vm = UiFixtures.vm(store, prefs);

    @Test
    void opensTheSampleWithoutSaving() {
        vm.openSample();
        assertNotNull(vm.session());
        assertEquals("sample.txt", vm.fileLabelProperty().get());
        assertEquals(SaveState.NOT_SAVED_SAMPLE, vm.saveStateProperty().get());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void openingRunsInTheBackgroundAndAppliesOnTheFxExecutor() {
        List<Runnable> bg = new ArrayList<>();
        List<Runnable> fx = new ArrayList<>();
        Executor b = bg::add;
        Executor f = fx::add;
        ReaderViewModel v = new ReaderViewModel(new UiFixtures.Source(), store, prefs, b, f);
        v.openFile(Path.of("a.txt"));
        assertTrue(v.busyProperty().get());
        assertNull(v.session());
        bg.remove(0).run();
        assertNull(v.session(), "nothing applied before the FX executor runs");
        fx.remove(0).run();
        assertNotNull(v.session());
        assertFalse(v.busyProperty().get());
    }

    @Test
    void aFileThatCannotBeOpenedGivesAProblemAndKeepsTheArticle() {
        vm.openSample();
        vm.addClaim(find(vm.session().article().text(), "trade dispute"), false);
        vm.openFile(Path.of("bad.txt"));
        assertEquals("Cannot open bad.txt", vm.problemProperty().get().title());
        assertTrue(vm.problemProperty().get().message().contains("binary"));
        assertEquals(1, vm.claimCountProperty().get(), "the open article stays");
        vm.clearProblem();
        assertNull(vm.problemProperty().get());
    }

    @Test
    void editsToAFileAreSavedAndReloaded() {
        Path p = Path.of("a.txt");
        vm.openFile(p);
        assertEquals(SaveState.SAVED, vm.saveStateProperty().get());
        String id = vm.addClaim(find(vm.session().article().text(), "trade dispute"), false);
        assertEquals(SaveState.UNSAVED, vm.saveStateProperty().get());
        assertTrue(vm.titleProperty().get().startsWith("\u2022 "));
        vm.saveNow();
        assertEquals(SaveState.SAVED, vm.saveStateProperty().get());
        assertFalse(vm.isDirty());
        vm.openSample();
        vm.openFile(p);
        assertTrue(vm.session().claim(id).isPresent());
        assertEquals(List.of(p.toAbsolutePath().normalize()), vm.recentFiles());
        assertTrue(prefs.get("recent", "").contains("a.txt"));
    }

    @Test
    void aFailedSaveIsReportedAndEditsStay() {
        vm.openFile(Path.of("a.txt"));
        vm.addClaim(find(vm.session().article().text(), "trade dispute"), false);
        store.fail = true;
        vm.saveNow();
        assertEquals(SaveState.FAILED, vm.saveStateProperty().get());
        assertTrue(vm.problemProperty().get().message().contains("disk full"));
        assertTrue(vm.isDirty());
        store.fail = false;
        vm.saveNow();
        assertEquals(SaveState.SAVED, vm.saveStateProperty().get());
    }

    @Test
    void newArticlesStartFromTheLastTaxonomy() {
        vm.openSample();
        String id = vm.addClaim(find(vm.session().article().text(), "trade dispute"), false);
        vm.session().tagIssue(id, "Trade");
        ReaderViewModel other = UiFixtures.vm(new UiFixtures.Store(), prefs);
        other.openFile(Path.of("b.txt"));
        assertEquals("Trade", other.session().taxonomy().issues().get(0).name());
        assertTrue(other.session().claims().isEmpty());
    }

    @Test
    void addingSelectsAndHighlightsFollowSelectionFilterAndFind() {
        vm.openSample();
        String text = vm.session().article().text();
        int before = vm.styleRevisionProperty().get();
        String id = vm.addClaim(find(text, "rowing distrust"), false);
        assertEquals(id, vm.selectedClaimIdProperty().get());
        assertTrue(vm.styleRevisionProperty().get() > before);
        List<Highlighting.Span> spans = vm.highlights();
        assertEquals(1, spans.size());
        assertTrue(spans.get(0).classes().contains("claim-selected"));
        vm.selectedClaimIdProperty().set(null);
        assertFalse(vm.highlights().get(0).classes().contains("claim-selected"));
        vm.filterProperty().set(ClaimFilter.NONE.withIssues(Set.of("nothing")));
        assertTrue(vm.highlights().get(0).classes().contains("dimmed"));
        FindViewModel find = new FindViewModel();
        vm.useFind(find);
        find.queryProperty().set("korea");
        assertEquals(2, find.matches().size());
        assertTrue(vm.highlights().stream().anyMatch(s -> s.classes().contains("find-current")));
        assertTrue(vm.selectClaimAt(find(text, "distrust").start()));
        assertEquals(id, vm.selectedClaimIdProperty().get());
        assertFalse(vm.selectClaimAt(0));
    }

    @Test
    void undoRedoAndKeysOneToNine() {
        vm.openSample();
        String id = vm.addClaim(find(vm.session().article().text(), "trade dispute"), false);
        vm.session().addIssue("Trade");
        assertTrue(vm.toggleIssue(1));
        assertEquals(1, vm.session().claim(id).orElseThrow().issueIds().size());
        assertFalse(vm.toggleIssue(5));
        assertTrue(vm.canUndoProperty().get());
        vm.undo();
        vm.undo();
        vm.undo();
        assertEquals(0, vm.claimCountProperty().get());
        assertNull(vm.selectedClaimIdProperty().get(), "selection of a claim that is gone is cleared");
        assertTrue(vm.canRedoProperty().get());
        vm.redo();
        assertEquals(1, vm.claimCountProperty().get());
    }

    @Test
    void restoringARemovedBlockChangesTheArticleAndKeepsClaims() {
        vm.openSample();
        String id = vm.addClaim(find(vm.session().article().text(), "trade dispute"), false);
        var articleBefore = vm.articleProperty().get();
        vm.restoreBlock(1);
        assertTrue(vm.articleProperty().get() != articleBefore);
        Claim c = vm.session().claim(id).orElseThrow();
        assertEquals("trade dispute", vm.session().article().text().substring(c.range().start(), c.range().end()));
        vm.removeBlock(2);
        assertTrue(vm.session().claim(id).orElseThrow().anchor().isOrphan());
    }

    @Test
    void themeZoomAndWindowAreRemembered() {
        vm.themeProperty().set("dark");
        vm.settings().zoomIn();
        vm.settings().zoomIn();
        vm.settings().rememberWindowLayout(900, 600, 0.5);
        ReaderViewModel again = UiFixtures.vm(store, prefs);
        assertEquals("dark", again.themeProperty().get());
        assertEquals(1.2, again.zoomProperty().get(), 1e-9);
        assertEquals(0.5, again.settings().windowLayout()[2], 1e-9);
        for (int i = 0; i < 30; i++) {
            again.settings().zoomOut();
        }
        assertEquals(0.6, again.zoomProperty().get(), 1e-9);
        again.settings().zoomReset();
        assertEquals(1.0, again.zoomProperty().get(), 1e-9);
    }

    @Test
    void aFailedOpenWithNothingShownLeadsToTheStartPageNamingTheFile() {
        assertFalse(vm.hasArticleProperty().get());
        assertEquals(SaveState.NO_ARTICLE, vm.saveStateProperty().get(), "no sample notice without the sample");
        vm.openFile(Path.of("bad-empty.txt"));
        assertNull(vm.session());
        assertFalse(vm.hasArticleProperty().get());
        assertNull(vm.problemProperty().get(), "no dialog over an empty window");
        assertTrue(vm.startFailureProperty().get().contains("bad-empty.txt"), vm.startFailureProperty().get());
        assertTrue(vm.startFailureProperty().get().contains("binary"));
        assertEquals(SaveState.NO_ARTICLE, vm.saveStateProperty().get());
        assertNull(vm.addClaim(new org.claimline.model.TextRange(0, 4), false));
        vm.openSample();
        assertTrue(vm.hasArticleProperty().get());
        assertEquals("", vm.startFailureProperty().get());
    }

    @Test
    void claimsToReattachAreANoticeNotADialogAndTheCountsAgree() {
        Path p = Path.of("a.txt");
        vm.openFile(p);
        String text = vm.session().article().text();
        String kept = vm.addClaim(find(text, "distrust of Korea"), false);
        String lost = vm.addClaim(find(text, "trade dispute"), false);
        vm.saveNow();
        var claims = vm.session().annotations().claims().stream().map(c -> c.id().equals(lost)
                ? c.withAnchor(org.claimline.model.Anchor.exact("a passage long gone from the page, quoted here",
                        new org.claimline.model.TextRange(2, 33)).orphaned()) : c).toList();
        store.saved.put(p, vm.session().annotations().withClaims(claims));
        store.loadMessage = "The article text changed since these claims were saved: 0 moved, 0 found "
                + "approximately, 1 need re-attaching.";
        vm.openSample();
        vm.openFile(p);
        assertEquals("2 claims (1 needs re-attaching)", vm.claimCountTextProperty().get(), vm.statusMessageProperty().get());
        assertNull(vm.problemProperty().get(), "no modal dialog");
        assertEquals(store.loadMessage, vm.reattachNoticeProperty().get());
        assertEquals("2 claims (1 needs re-attaching)", vm.claimCountTextProperty().get());
        vm.selectedClaimIdProperty().set(lost);
        vm.reattachSelected(find(vm.session().article().text(), "Seoul disagrees"));
        assertEquals("", vm.reattachNoticeProperty().get(), "the notice goes once none is left");
        assertEquals("2 claims", vm.claimCountTextProperty().get());
        assertTrue(vm.session().claim(kept).isPresent());
    }

    @Test
    void nextAndPreviousClaimFromTheCaretOrTheSelectedClaim() {
        vm.openSample();
        String text = vm.session().article().text();
        String b = vm.addClaim(find(text, "trade dispute"), false);
        String a = vm.addClaim(find(text, "distrust of Korea"), false);
        vm.selectedClaimIdProperty().set(null);
        assertEquals(a, vm.selectAdjacentClaim(0, true).orElseThrow().id());
        assertEquals(b, vm.selectAdjacentClaim(0, true).orElseThrow().id(), "on from the selected claim");
        assertTrue(vm.selectAdjacentClaim(0, true).isEmpty(), "none after the last");
        assertEquals(b, vm.selectedClaimIdProperty().get());
        assertEquals(find(text, "trade dispute").end(), vm.offsetAfterSelectedClaim());
        assertEquals(a, vm.selectAdjacentClaim(0, false).orElseThrow().id());
        vm.selectedClaimIdProperty().set(null);
        assertEquals(-1, vm.offsetAfterSelectedClaim());
        assertEquals(a, vm.selectAdjacentClaim(find(text, "Seoul").start(), false).orElseThrow().id());
        assertEquals(b, vm.selectAdjacentClaim(0, true).orElseThrow().id());
    }
}
