package org.claimline.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.BlockKind;
import org.claimline.model.Claim;
import org.claimline.model.Taxonomy;
import org.claimline.model.TextRange;
import org.claimline.session.ReaderSession;
import org.claimline.ui.reader.CleanDoubtViewModel.Mode;
import org.junit.jupiter.api.Test;

/** The doubtful-clean banner's logic, without the toolkit. */
class CleanDoubtViewModelTest {
    static final String MENU = "Home | World | Opinion | Sports";
    static final String HOOK = "It was a bad year for both countries.";
    static final String BODY = "The trade dispute deepened in 2019 and neither side has found a way back since.";
    static final String FOOTER = "Copyright 2019 | Terms of Service | Privacy Policy";

    private final SimpleObjectProperty<ReaderSession> session = new SimpleObjectProperty<>();
    private final BooleanProperty showRemoved = new SimpleBooleanProperty();
    private boolean sample;
    private final CleanDoubtViewModel vm = new CleanDoubtViewModel(session, () -> sample, showRemoved);

    static Article page(double confidence) {
        return new Article(Article.Metadata.empty().withTitle("A bad year"), List.of(
                Block.removed(BlockKind.PARAGRAPH, MENU, "navigation"),
                Block.removed(BlockKind.PARAGRAPH, HOOK, "boilerplate"),
                Block.kept(BlockKind.PARAGRAPH, BODY),
                Block.removed(BlockKind.PARAGRAPH, FOOTER, "footer")))
                .withConfidence(new Article.Confidence(confidence, 0.3, true, 0.8));
    }

    private ReaderSession open(double confidence) {
        ReaderSession s = new ReaderSession(page(confidence), AnnotationSet.empty(Taxonomy.empty()),
                org.claimline.repository.Reanchoring.standard(), () -> "id", java.time.Clock.systemUTC(), "");
        session.set(s);
        return s;
    }

    @Test
    void aDoubtfulCleanShowsTheBannerWithItsReasonsAConfidentOneDoesNot() {
        assertEquals(Mode.HIDDEN, vm.modeProperty().get());
        open(0.3);
        assertEquals(Mode.DOUBTFUL, vm.modeProperty().get());
        assertEquals(CleanDoubtViewModel.DOUBT_TEXT, vm.textProperty().get());
        assertEquals("The text kept holds 30\u202f% of the page's sentences; another part of the page holds "
                + "80\u202f% as many; the cleaner's first choice was set aside.", vm.detailProperty().get());
        open(0.9);
        assertEquals(Mode.HIDDEN, vm.modeProperty().get());
        assertEquals("", vm.textProperty().get());
    }

    @Test
    void neverOnTheBuiltInSample() {
        sample = true;
        open(0.1);
        assertEquals(Mode.HIDDEN, vm.modeProperty().get());
    }

    @Test
    void showWholePageKeepsEveryBlockAsOneUndoableStepAndClaimsFollow() {
        ReaderSession s = open(0.3);
        int at = s.article().text().indexOf("trade dispute");
        Claim c = s.addClaim(new TextRange(at, at + "trade dispute".length()), false).orElseThrow();
        vm.showWholePage();
        assertEquals(Mode.HIDDEN, vm.modeProperty().get());
        assertEquals(String.join("\n\n", MENU, HOOK, BODY, FOOTER), s.article().text());
        TextRange r = s.claim(c.id()).orElseThrow().range();
        assertEquals("trade dispute", s.article().text().substring(r.start(), r.end()));
        assertEquals(CleanDoubtViewModel.WHOLE_PAGE, s.undoLabel());
        s.undo();
        assertEquals(BODY, s.article().text());
        assertEquals(Mode.DOUBTFUL, vm.modeProperty().get(), "undone: the doubtful clean is back, and its banner");
        s.redo();
        assertEquals(Mode.HIDDEN, vm.modeProperty().get());
    }

    @Test
    void choosingStartAndEndShowsRemovedTextThenKeepsOnlyTheChosenParagraphs() {
        ReaderSession s = open(0.3);
        assertFalse(vm.canMark(), "marking is offered in the removed-text view");
        vm.chooseStartAndEnd();
        assertEquals(Mode.CHOOSING, vm.modeProperty().get());
        assertTrue(showRemoved.get());
        assertTrue(vm.canMark());
        vm.startHere(1);
        assertEquals(String.join("\n\n", HOOK, BODY), s.article().text(), "the start is moved up to the hook");
        assertEquals(Mode.CHOOSING, vm.modeProperty().get(), "still waiting for the end");
        vm.endHere(3);
        assertEquals(String.join("\n\n", HOOK, BODY, FOOTER), s.article().text());
        assertEquals(Mode.HIDDEN, vm.modeProperty().get());
        assertFalse(showRemoved.get(), "removed text goes back to how it was");
        vm.endHere(2);
        assertEquals(String.join("\n\n", HOOK, BODY), s.article().text(), "blocks after the end are removed");
        s.undo();
        s.undo();
        s.undo();
        assertEquals(BODY, s.article().text(), "each mark is one undo step");
    }

    @Test
    void anEndBeforeEveryKeptBlockAndAStartAfterThemStillMakeARange() {
        ReaderSession s = open(0.3);
        showRemoved.set(true);
        vm.endHere(1);
        assertEquals(String.join("\n\n", MENU, HOOK), s.article().text());
        vm.startHere(3);
        assertEquals(FOOTER, s.article().text());
        vm.startHere(-1);
        vm.endHere(99);
        assertEquals(FOOTER, s.article().text(), "a block that is not there changes nothing");
    }

    @Test
    void dismissHidesUntilTheNextOpenAndPutsRemovedTextBack() {
        open(0.3);
        showRemoved.set(false);
        vm.chooseStartAndEnd();
        vm.dismiss();
        assertEquals(Mode.DOUBTFUL, vm.modeProperty().get(), "Done with nothing chosen: the doubt is still there");
        assertFalse(showRemoved.get());
        vm.dismiss();
        assertEquals(Mode.HIDDEN, vm.modeProperty().get());
        ReaderSession s = open(0.3);
        assertEquals(Mode.DOUBTFUL, vm.modeProperty().get());
        vm.dismiss();
        assertEquals(Mode.HIDDEN, vm.modeProperty().get());
        s.restoreBlock(1);
        s.undo();
        assertEquals(Mode.HIDDEN, vm.modeProperty().get(), "dismissed stays dismissed until the next open");
    }

    @Test
    void restoringABlockByHandAlsoSettlesTheDoubtAndTheOldSessionIsNoLongerWatched() {
        ReaderSession first = open(0.3);
        first.restoreBlock(1);
        assertEquals(Mode.HIDDEN, vm.modeProperty().get());
        open(0.3);
        assertEquals(Mode.DOUBTFUL, vm.modeProperty().get());
        first.undo();
        first.restoreBlock(3);
        assertEquals(Mode.DOUBTFUL, vm.modeProperty().get(), "edits of the article no longer open change nothing");
    }
}
