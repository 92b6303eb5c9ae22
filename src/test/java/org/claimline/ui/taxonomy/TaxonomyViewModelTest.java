package org.claimline.ui.taxonomy;

import static org.claimline.ui.UiFixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimline.ui.common.MemoryPreferences;
import org.claimline.ui.reader.ReaderViewModel;
import org.claimline.ui.UiFixtures;
import org.junit.jupiter.api.Test;

class TaxonomyViewModelTest {
    @Test
    void editsGoThroughTheSessionAndRowsFollow() {
        ReaderViewModel main = UiFixtures.vm(new UiFixtures.Store(), new MemoryPreferences());
        main.openSample();
        TaxonomyViewModel t = new TaxonomyViewModel(main);
        String id = main.addClaim(find(main.session().article().text(), "trade dispute"), false);
        main.session().tagIssue(id, "Trade");
        t.addIssue("Economy");
        t.addIssue(" ");
        assertEquals(List.of("Trade", "Economy"), t.issues().stream().map(TaxonomyViewModel.IssueRow::name).toList());
        assertEquals(1, t.issues().get(0).usage());
        assertEquals(2, t.issues().get(1).key());
        String trade = t.issues().get(0).id();
        String econ = t.issues().get(1).id();
        assertTrue(t.deleteIssueQuestion(trade).contains("1 claim uses it"));
        assertFalse(t.recolorIssue(trade, "red"));
        assertTrue(t.recolorIssue(trade, "#00ff00"));
        assertEquals("#00ff00", t.issues().get(0).color());
        t.renameIssue(trade, "Trade war");
        t.moveIssue(trade, 1);
        assertEquals(econ, t.issues().get(0).id());
        t.mergeIssues(trade, econ);
        assertEquals(List.of(econ), main.session().claim(id).orElseThrow().issueIds());
        assertEquals(1, t.issues().size());
        t.deleteIssue(econ);
        assertTrue(t.issues().isEmpty());

        t.addActor("Korea");
        t.addActor("ROK");
        t.setAliases(t.actors().get(0).id(), "South Korea, Republic of Korea");
        assertEquals("South Korea, Republic of Korea", t.actors().get(0).aliases());
        t.mergeActors(t.actors().get(1).id(), t.actors().get(0).id());
        assertEquals(1, t.actors().size());
        assertTrue(t.actors().get(0).aliases().contains("ROK"));
        t.renameActor(t.actors().get(0).id(), "South Korea");
        assertTrue(t.deleteActorQuestion(t.actors().get(0).id()).contains("No claim uses it"));
        t.deleteActor(t.actors().get(0).id());
        assertTrue(t.actors().isEmpty());
    }
}
