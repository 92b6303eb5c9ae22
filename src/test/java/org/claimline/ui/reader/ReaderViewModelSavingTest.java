package org.claimline.ui.reader;

import org.claimline.ui.UiFixtures;
import org.claimline.document.*;
import org.claimline.ui.common.*;

import static org.claimline.ui.UiFixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.claimline.export.ExportFormat;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Claim;
import org.claimline.session.AnnotationMerge;
import org.claimline.session.AnnotationStore;
import org.claimline.session.ThreeWayMerge;
import org.junit.jupiter.api.Test;

/** Saving, the sidecar's conditions, Save As, closing, export and import, without the toolkit. */
class ReaderViewModelSavingTest {
    private static final Path FILE = Path.of("a.txt");
    private final UiFixtures.Store store = new UiFixtures.Store();
    private final FakeSharing sharing = new FakeSharing();
    private final ReaderViewModel vm = UiFixtures.vm(store, new MemoryPreferences()).withSharing(sharing);

    private String add(String passage) {
        return vm.addClaim(find(vm.session().article().text(), passage), false);
    }

    @Test
    void anUnreadableSidecarIsReportedNeverWrittenAndCanBeMovedAside() {
        store.condition = AnnotationStore.Condition.UNREADABLE;
        vm.openFile(FILE);
        org.claimline.document.Problem p = vm.problemProperty().get();
        assertEquals(org.claimline.document.Problem.Kind.SIDECAR_UNREADABLE, p.kind());
        assertTrue(p.message().contains("a.txt.annotations.json cannot be read"), p.message());
        assertEquals(0, vm.claimCountProperty().get(), "the article opens without claims");
        add("trade dispute");
        vm.document().saveNow();
        assertEquals(SaveState.UNREADABLE, vm.saveStateProperty().get());
        assertTrue(store.saved.isEmpty(), "nothing written over the unreadable file");
        assertFalse(vm.document().saveBeforeClose(), "closing must ask");

        vm.document().moveSidecarAside();
        assertEquals(1, store.movedAside);
        assertEquals(SaveState.SAVED, vm.saveStateProperty().get());
        assertEquals(1, store.saved.get(FILE).claims().size(), "saved once the file was moved aside");
        assertTrue(vm.statusMessageProperty().get().contains("corrupt-1"));
    }

    @Test
    void aNewerSidecarOpensReadOnlyAndSaveAsKeepsTheEdits() {
        vm.openFile(FILE);
        add("trade dispute");
        vm.document().saveNow();
        store.condition = AnnotationStore.Condition.READ_ONLY;
        vm.openFile(FILE);
        assertEquals(org.claimline.document.Problem.Kind.INFO, vm.problemProperty().get().kind());
        assertEquals(1, vm.claimCountProperty().get(), "its claims are shown");
        assertEquals(SaveState.READ_ONLY, vm.saveStateProperty().get());
        add("Seoul disagrees");
        vm.document().saveNow();
        assertEquals(1, store.saved.get(FILE).claims().size(), "never written");
        assertFalse(vm.document().saveBeforeClose());

        vm.document().saveAs(Path.of("elsewhere.json"));
        assertEquals(2, store.copies.get(Path.of("elsewhere.json")).claims().size());
        assertEquals(SaveState.SAVED_ELSEWHERE, vm.saveStateProperty().get());
        assertTrue(vm.document().saveBeforeClose(), "nothing is lost by closing now");
    }

    @Test
    void aFailedSaveKeepsTheEditsOffersSaveAsAndRetries() {
        vm.openFile(FILE);
        store.fail = true;
        add("trade dispute");
        vm.document().saveNow();
        assertEquals(SaveState.FAILED, vm.saveStateProperty().get());
        assertEquals(org.claimline.document.Problem.Kind.SAVE_FAILED, vm.problemProperty().get().kind());
        assertTrue(vm.problemProperty().get().message().contains("disk full"));
        assertEquals(1, vm.claimCountProperty().get());
        assertTrue(vm.document().hasUnsavedWork());
        assertFalse(vm.document().saveBeforeClose());

        // saving keeps failing with each edit: the status bar says so, no dialog after every pause in typing
        vm.document().clearProblem();
        add("Seoul disagrees");
        vm.document().saveNow();
        assertEquals(SaveState.FAILED, vm.saveStateProperty().get());
        assertNull(vm.problemProperty().get());
        assertTrue(vm.statusMessageProperty().get().startsWith("Still not saved: "), vm.statusMessageProperty().get());
        store.fail = false;
        add("Both sides blamed");
        vm.document().saveNow();
        assertEquals(SaveState.SAVED, vm.saveStateProperty().get());
        assertEquals("", vm.statusMessageProperty().get());
        assertEquals(FILE.toAbsolutePath().getParent(), vm.document().saveAsFolder(Path.of("home")));
        assertEquals(3, store.saved.get(FILE).claims().size());
        // a new failure after a save that worked is reported again
        store.fail = true;
        add("trade dispute");
        vm.document().saveNow();
        assertEquals(org.claimline.document.Problem.Kind.SAVE_FAILED, vm.problemProperty().get().kind());

        assertEquals(Path.of("home"), vm.document().saveAsFolder(Path.of("home")), "Save As starts away from the failing folder");
        vm.document().saveAs(Path.of("unwritable/x.json"));
        assertEquals("Cannot save to x.json", vm.problemProperty().get().title());
        assertTrue(vm.document().hasUnsavedWork(), "a failed Save As loses nothing either");

        store.fail = false;
        assertTrue(vm.document().saveBeforeClose(), "closing saves when it can");
        assertEquals(4, store.saved.get(FILE).claims().size());
    }

    @Test
    void conflictingChangesOnDiskWaitForTheUsersChoice() {
        vm.openFile(FILE);
        String id = add("trade dispute");
        vm.document().saveNow();
        Claim saved = store.saved.get(FILE).claims().get(0);
        // another writer changes the same claim on disk; here the user edits it too
        store.theirs = store.saved.get(FILE).withClaim(saved.withSummary("Theirs"));
        vm.session().setSummary(id, "Mine");
        vm.document().saveNow();
        assertEquals(SaveState.CONFLICT, vm.saveStateProperty().get());
        ThreeWayMerge.Result conflicts = vm.saveConflictsProperty().get();
        assertEquals(1, conflicts.conflicts().size());
        assertEquals("Trade dispute".toLowerCase(), saved.summary().toLowerCase().substring(0, 13));
        assertFalse(vm.document().saveBeforeClose(), "closing asks while conflicts wait");

        vm.document().resolveSaveConflicts(Map.of(id, ThreeWayMerge.Choice.BOTH));
        assertNull(vm.saveConflictsProperty().get());
        assertEquals(SaveState.SAVED, vm.saveStateProperty().get());
        List<String> summaries = vm.claims().stream().map(Claim::summary).sorted().toList();
        assertEquals(List.of("Mine", "Theirs"), summaries, "both versions kept, here and on disk");
        assertEquals(2, store.saved.get(FILE).claims().size());
    }

    @Test
    void aCleanMergeFromDiskBecomesOneUndoStep() {
        vm.openFile(FILE);
        add("trade dispute");
        vm.document().saveNow();
        AnnotationSet disk = store.saved.get(FILE);
        Claim other = disk.claims().get(0);
        Claim theirs = new Claim("their-id", other.anchor(), "Added elsewhere", other.issueIds(), other.actorIds(),
                other.stance(), "", other.tags(), other.created(), other.modified(), other.creator());
        store.theirs = disk.withClaim(theirs);
        add("Seoul disagrees");
        vm.document().saveNow();
        assertEquals(3, vm.claimCountProperty().get(), "their claim merged in");
        assertEquals(3, store.saved.get(FILE).claims().size());
        vm.undo();
        assertEquals(2, vm.claimCountProperty().get(), "the merge is one undo step");
    }

    @Test
    void closingAFreshlyEditedFileSavesItFirst() {
        vm.openFile(FILE);
        add("trade dispute");
        assertTrue(vm.document().hasUnsavedWork());
        assertTrue(vm.document().saveBeforeClose());
        assertEquals(1, store.saved.get(FILE).claims().size());
        assertFalse(vm.document().hasUnsavedWork());
    }

    @Test
    void claimsOnTheSampleAreUnsavedWorkUntilSavedAs() {
        vm.openSample();
        assertTrue(vm.document().saveBeforeClose(), "nothing recorded, nothing to lose");
        add("trade dispute");
        assertFalse(vm.document().saveBeforeClose());
        vm.document().saveAs(Path.of("sample-claims.json"));
        assertTrue(vm.document().saveBeforeClose());
    }

    @Test
    void exportsRunThroughSharingAndReportInTheStatusBar() {
        vm.openFile(FILE);
        add("trade dispute");
        vm.document().exportTo(ExportFormat.CSV, Path.of("out.csv"));
        assertEquals(List.of("CSV a.txt 1 out.csv"), sharing.calls);
        assertTrue(vm.statusMessageProperty().get().startsWith("Exported 1 claim as CSV table"));

        List<Double> seen = new ArrayList<>();
        vm.progressProperty().addListener((o, a, b) -> seen.add(b.doubleValue()));
        vm.document().exportFolder(ExportFormat.QDPX, Path.of("corpus"), Path.of("corpus.qdpx"));
        assertEquals(List.of(0.0, 0.5, 1.0, -1.0), seen, "progress, then hidden");
        assertTrue(vm.statusMessageProperty().get().contains("Exported 2 articles"));

        sharing.fail = true;
        vm.document().exportTo(ExportFormat.MD, Path.of("x.md"));
        assertEquals("Cannot export to x.md", vm.problemProperty().get().title());
    }

    @Test
    void copyAsMarkdownTakesTheSelectedClaimOrAll() {
        vm.openFile(FILE);
        String first = add("trade dispute");
        vm.session().setSummary(first, "First summary");
        String second = add("Seoul disagrees");
        vm.session().setSummary(second, "Second summary");
        vm.selectedClaimIdProperty().set(second);
        String one = vm.copyAsMarkdown();
        assertTrue(one.contains("Second summary") && !one.contains("First summary"), one);
        vm.selectedClaimIdProperty().set(null);
        String all = vm.copyAsMarkdown();
        assertTrue(all.contains("Second summary") && all.contains("First summary"), all);
    }

    @Test
    void importMergesAsOneUndoStepAndConflictsAsk() {
        vm.openFile(FILE);
        String id = add("trade dispute");
        AnnotationSet mine = vm.session().annotations();
        Claim c = mine.claims().get(0);
        // a colleague's file: the same claim changed, and a new one
        Claim changed = c.withSummary("Colleague's summary");
        Claim added = new Claim("new-one", c.anchor(), "Colleague's new claim", List.of(), List.of(), c.stance(), "",
                List.of(), c.created(), c.modified(), "colleague");
        sharing.theirs = mine.withClaim(changed).withClaim(added);

        vm.document().importAnnotations(Path.of("colleague.json"));
        assertEquals(1, vm.importConflictsProperty().get().conflicts().size(), "waits for the user");
        assertEquals(1, vm.claimCountProperty().get(), "nothing applied yet");
        vm.document().resolveImport(Map.of(id, AnnotationMerge.Resolution.THEIRS));
        assertNull(vm.importConflictsProperty().get());
        assertEquals(List.of("Colleague's new claim", "Colleague's summary"),
                vm.claims().stream().map(Claim::summary).sorted().toList());
        assertTrue(vm.statusMessageProperty().get().startsWith("Imported colleague.json: 1 new claim, 1 conflict"));
        vm.undo();
        assertEquals(List.of(c.summary()), vm.claims().stream().map(Claim::summary).toList(), "one undo step");

        vm.document().importAnnotations(Path.of("colleague.json"));
        vm.document().cancelImport();
        assertEquals(1, vm.claimCountProperty().get(), "a cancelled import changes nothing");
    }

    /** Records exports; imports {@link #theirs} through the real merge. */
    private static final class FakeSharing implements Sharing {
        final List<String> calls = new ArrayList<>();
        AnnotationSet theirs;
        boolean fail;

        @Override
        public void exportArticle(ExportFormat format, String sourceName, Path articleFile, Article article,
                                  AnnotationSet annotations, Path out) throws IOException {
            if (fail) {
                throw new IOException("read-only folder");
            }
            calls.add(format + " " + sourceName + " " + annotations.claims().size() + " " + out);
        }

        @Override
        public int exportFolder(ExportFormat format, Path folder, Path out, BiConsumer<Integer, Integer> progress) {
            progress.accept(1, 2);
            progress.accept(2, 2);
            return 2;
        }

        @Override
        public AnnotationMerge.Result importAnnotations(Path file, Article article, AnnotationSet mine) {
            return new AnnotationMerge(org.claimline.repository.Reanchoring.standard()).merge(mine, theirs, article.text());
        }
    }
}
