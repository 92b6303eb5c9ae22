package org.claimline.ui.claims;

import static org.claimline.ui.UiFixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimline.model.Stance;
import org.claimline.ui.common.MemoryPreferences;
import org.claimline.ui.reader.ReaderViewModel;
import org.claimline.ui.UiFixtures;
import org.junit.jupiter.api.Test;

class ClaimEditorViewModelTest {
    private final ReaderViewModel main = UiFixtures.vm(new UiFixtures.Store(), new MemoryPreferences());
    private final ClaimEditorViewModel ed = new ClaimEditorViewModel(main, main, main.settings());

    @Test
    void followsTheSelectedClaimAndWritesBack() {
        main.openSample();
        assertFalse(ed.activeProperty().get());
        String id = main.addClaim(find(main.session().article().text(), "distrust of Korea"), false);
        assertTrue(ed.activeProperty().get());
        assertEquals("distrust of Korea", ed.summaryProperty().get());
        ed.summaryProperty().set("distrust began");
        ed.summaryProperty().set("distrust began with Korea tilting toward China");
        ed.noteProperty().set("p. 1");
        ed.stanceProperty().set(Stance.OPPOSES);
        var c = main.session().claim(id).orElseThrow();
        assertEquals("distrust began with Korea tilting toward China", c.summary());
        assertEquals(Stance.OPPOSES, c.stance());
        main.undo();
        main.undo();
        assertEquals("", ed.noteProperty().get());
        main.undo();
        assertEquals("distrust of Korea", ed.summaryProperty().get(), "typing was one step; undo flows back");
        main.redo();
        main.redo();
        main.redo();
        assertEquals(Stance.OPPOSES, ed.stanceProperty().get());

        ed.addIssue("Korea–China alignment");
        ed.addActor("Japan");
        ed.addActor("Korea");
        assertEquals(List.of("Japan", "Korea"), ed.actors().stream().map(Chip::name).toList());
        main.session().setActorAliases(ed.actors().get(1).id(), List.of("ROK"));
        main.session().addActor("China");
        main.session().addIssue("Trade");
        assertEquals(List.of("China"), ed.actorSuggestions("ch"));
        assertEquals(List.of("Trade"), ed.issueSuggestions(""), "tagged issues are not suggested");
        ed.removeActor(ed.actors().get(0).id());
        assertEquals(List.of("Korea"), ed.actors().stream().map(Chip::name).toList());
        main.session().renameIssue(ed.issues().get(0).id(), "Alignment");
        assertEquals("Alignment", ed.issues().get(0).name());
        ed.removeIssue(ed.issues().get(0).id());
        assertTrue(ed.issues().isEmpty());
        ed.delete();
        assertFalse(ed.activeProperty().get());
        assertEquals("", ed.summaryProperty().get());
    }
}
