package org.claimline.ui.claims;

import static org.claimline.ui.UiFixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimline.model.AnchorStatus;
import org.claimline.ui.MemoryPreferences;
import org.claimline.ui.ReaderViewModel;
import org.claimline.ui.UiFixtures;
import org.junit.jupiter.api.Test;

class ClaimsPanelViewModelTest {
    private final ReaderViewModel main = UiFixtures.vm(new UiFixtures.Store(), new MemoryPreferences());
    private final ClaimsPanelViewModel panel = new ClaimsPanelViewModel(main);

    @Test
    void cardsInReadingOrderWithChipsCountsFilterAndOrphans() {
        main.openSample();
        assertTrue(panel.emptyMessageProperty().get().contains("Ctrl+Enter"));
        String text = main.session().article().text();
        String late = main.addClaim(find(text, "trade dispute"), false);
        String early = main.addClaim(find(text, "distrust of Korea"), false);
        main.session().tagIssue(early, "Alignment");
        main.session().tagActor(early, "Japan");
        main.session().tagActor(early, "Korea");
        main.session().setNote(early, "key claim");
        assertEquals(List.of(early, late), panel.cards().stream().map(ClaimCard::id).toList());
        ClaimCard c = panel.cards().get(0);
        assertEquals(List.of("Alignment"), c.issues().stream().map(Chip::name).toList());
        assertEquals(0, c.issues().get(0).colorIndex());
        assertEquals(List.of("Japan", "Korea"), c.actors().stream().map(Chip::name).toList());
        assertTrue(c.hasNote());
        assertEquals("2 claims", panel.summaryProperty().get());
        assertEquals(1, panel.issueCounts().get(0).count());
        assertEquals(1, panel.issueCounts().get(0).key());

        panel.toggleIssueFilter(panel.issueCounts().get(0).id());
        assertEquals(List.of(early), panel.cards().stream().map(ClaimCard::id).toList());
        assertEquals("1 of 2 claims", panel.summaryProperty().get());
        panel.clearFilter();
        panel.toggleActorFilter(panel.actorChoices().get(1).id());
        assertEquals(1, panel.cards().size());
        panel.clearFilter();
        panel.filterTextProperty().set("TRADE");
        assertEquals(List.of(late), panel.cards().stream().map(ClaimCard::id).toList());
        assertEquals("trade", main.filterProperty().get().text().toLowerCase());
        panel.filterTextProperty().set("nomatch");
        assertEquals("No claim matches the filter.", panel.emptyMessageProperty().get());
        panel.clearFilter();
        assertEquals("", panel.filterTextProperty().get());

        main.removeBlock(2);
        assertEquals(1, panel.cards().size());
        assertEquals(List.of(late), panel.orphans().stream().map(ClaimCard::id).toList());
        assertEquals(AnchorStatus.ORPHAN, panel.orphans().get(0).status());
        assertEquals("Needs re-attaching", panel.orphans().get(0).statusText());
        main.selectedClaimIdProperty().set(late);
        main.reattachSelected(find(main.session().article().text(), "Seoul disagrees"));
        assertTrue(panel.orphans().isEmpty());
        panel.select(early);
        assertEquals(early, main.selectedClaimIdProperty().get());
    }

    @Test
    void longQuotesAreShortenedAtAWord() {
        String q = "word ".repeat(60);
        String e = ClaimCard.excerpt(q);
        assertTrue(e.endsWith("\u2026") && e.length() <= ClaimCard.EXCERPT_LENGTH + 1, e);
    }

    @Test
    void replaceChangedTouchesOnlyTheDifference() {
        javafx.collections.ObservableList<String> l = javafx.collections.FXCollections.observableArrayList(
                "a", "b", "c", "d");
        java.util.List<javafx.collections.ListChangeListener.Change<? extends String>> changes = new java.util.ArrayList<>();
        int[] touched = new int[1];
        l.addListener((javafx.collections.ListChangeListener<String>) c -> {
            while (c.next()) {
                touched[0] += c.getAddedSize() + c.getRemovedSize();
            }
        });
        ClaimsPanelViewModel.replaceChanged(l, List.of("a", "b", "x", "c", "d"));
        assertEquals(List.of("a", "b", "x", "c", "d"), l);
        assertEquals(1, touched[0]);
        ClaimsPanelViewModel.replaceChanged(l, List.of("a", "y", "x", "c", "d"));
        assertEquals(List.of("a", "y", "x", "c", "d"), l);
        ClaimsPanelViewModel.replaceChanged(l, List.of("d"));
        assertEquals(List.of("d"), l);
        ClaimsPanelViewModel.replaceChanged(l, List.of());
        assertTrue(l.isEmpty());
        assertTrue(changes.isEmpty());
    }
}
