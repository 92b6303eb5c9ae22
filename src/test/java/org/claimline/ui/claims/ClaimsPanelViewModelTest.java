package org.claimline.ui.claims;

import static org.claimline.ui.UiFixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimline.model.AnchorStatus;
import org.claimline.ui.common.MemoryPreferences;
import org.claimline.ui.reader.ReaderViewModel;
import org.claimline.ui.UiFixtures;
import org.junit.jupiter.api.Test;

class ClaimsPanelViewModelTest {
    private final ReaderViewModel main = UiFixtures.vm(new UiFixtures.Store(), new MemoryPreferences());
    private final ClaimsPanelViewModel panel = new ClaimsPanelViewModel(main, main, main.settings());

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

    @Test
    void countsSayWhatTheyCountWhenSomeClaimsNeedReattaching() {
        assertEquals("3 claims", ClaimsPanelViewModel.summaryText(3, 3, 0, false));
        assertEquals("1 claim", ClaimsPanelViewModel.summaryText(1, 1, 0, false));
        main.openSample();
        String text = main.session().article().text();
        main.addClaim(find(text, "distrust of Korea"), false);
        main.addClaim(find(text, "trade dispute"), false);
        main.removeBlock(2);
        assertEquals("1 placed, 1 to re-attach", panel.summaryProperty().get());
        assertEquals("2 claims (1 needs re-attaching)", main.claimCountTextProperty().get());
        panel.filterTextProperty().set("nomatch");
        assertEquals("0 of 1 placed, 1 to re-attach", panel.summaryProperty().get());
    }

    @Test
    void groupsByIssueOrActorWithCountsCollapseAndAreRemembered() {
        MemoryPreferences prefs = new MemoryPreferences();
        ReaderViewModel m = UiFixtures.vm(new UiFixtures.Store(), prefs);
        ClaimsPanelViewModel p = new ClaimsPanelViewModel(m, m, m.settings());
        m.openSample();
        String text = m.session().article().text();
        String a = m.addClaim(find(text, "distrust of Korea"), false);
        String b = m.addClaim(find(text, "trade dispute"), false);
        String c = m.addClaim(find(text, "Seoul disagrees"), false);
        m.session().tagIssue(a, "Alignment");
        m.session().tagIssue(b, "Trade");
        m.session().tagIssue(a, "Trade");
        m.session().tagActor(b, "Japan");
        assertTrue(p.groupRows().isEmpty(), "reading order lists no groups");

        p.groupingProperty().set(ClaimsPanelViewModel.Grouping.ISSUE);
        assertEquals(List.of("Alignment 1", "  " + a, "Trade 2", "  " + a, "  " + b, "No issue 1", "  " + c),
                rows(p));
        String trade = p.groupRows().get(2).groupKey();
        p.toggleGroup(trade);
        assertEquals(List.of("Alignment 1", "  " + a, "Trade 2", "No issue 1", "  " + c), rows(p));
        assertTrue(!p.groupRows().get(2).expanded());

        p.groupingProperty().set(ClaimsPanelViewModel.Grouping.ACTOR);
        assertEquals(List.of("Japan 1", "  " + b, "No actor 2", "  " + a, "  " + c), rows(p));
        p.filterTextProperty().set("trade");
        assertEquals(List.of("Japan 1", "  " + b, "No actor 1", "  " + a), rows(p),
                "the filter applies inside the groups (the first claim has the issue Trade)");

        ClaimsPanelViewModel again = panelOf(UiFixtures.vm(new UiFixtures.Store(), prefs));
        assertEquals(ClaimsPanelViewModel.Grouping.ACTOR, again.groupingProperty().get());
    }

    private static List<String> rows(ClaimsPanelViewModel p) {
        return p.groupRows().stream().map(r -> r.isHeader() ? r.title() + " " + r.count() : "  " + r.card().id())
                .toList();
    }

    @Test
    void theStanceChipSaysTowardWhom() {
        main.openSample();
        String text = main.session().article().text();
        String a = main.addClaim(find(text, "distrust of Korea"), false);
        ClaimCard none = ClaimCard.of(main.session().claim(a).orElseThrow(), main.session().taxonomy());
        assertEquals("", none.stanceText(), "unclear shows nothing");
        main.session().setStance(a, org.claimline.model.Stance.OPPOSES);
        assertEquals("Opposes (no actor tagged)",
                ClaimCard.of(main.session().claim(a).orElseThrow(), main.session().taxonomy()).stanceText());
        main.session().tagActor(a, "Japan");
        main.session().tagActor(a, "Korea");
        main.session().setStance(a, org.claimline.model.Stance.NEUTRAL);
        assertEquals("Neutral toward Japan, Korea",
                ClaimCard.of(main.session().claim(a).orElseThrow(), main.session().taxonomy()).stanceText());
        assertTrue(ClaimCard.stanceTip(org.claimline.model.Stance.SUPPORTS)
                .startsWith("The author\u2019s stance toward the tagged actors"));
    }

    private static ClaimsPanelViewModel panelOf(ReaderViewModel m) {
        return new ClaimsPanelViewModel(m, m, m.settings());
    }
}
