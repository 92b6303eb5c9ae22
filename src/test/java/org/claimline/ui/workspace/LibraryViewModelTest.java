package org.claimline.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.claimline.search.SearchHit;
import org.claimline.workspace.LibraryQuery;
import org.claimline.workspace.LibraryRow;
import org.claimline.workspace.ReadingStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The library's view-model without the toolkit: work runs at once on the calling thread. */
class LibraryViewModelTest {
    private final Path root = Path.of("/ws").toAbsolutePath();
    private FakeWorkspacePort port;
    private LibraryViewModel vm;

    @BeforeEach
    void open() {
        port = new FakeWorkspacePort(root);
        port.articles.add(FakeWorkspacePort.info("a.html", "Zebra", "Seoul Herald", "2020-01-01", 2, null));
        port.articles.add(FakeWorkspacePort.info("b.html", "Apple", "Japan Forward", "2019-01-01", 0, null));
        port.articles.add(FakeWorkspacePort.info("broken.html", null, null, null, 0, "the file is empty"));
        port.articles.add(FakeWorkspacePort.info("c.html", "Mango", "Seoul Herald", "2021-01-01", 1, null));
        port.statuses.put("c.html", ReadingStatus.DONE);
        vm = new LibraryViewModel(p -> port, Runnable::run, Runnable::run);
        vm.open(root);
    }

    private List<String> rels() {
        return vm.rows().stream().map(LibraryRow::rel).toList();
    }

    @Test
    void aCodebookChangedOnDiskIsSeenAtTheNextWatchEventAndOnlyRenamesCount() {
        port.codebook = org.claimline.workspace.bench.WorkspaceGenerator.codebook();
        port.watcher.run();
        assertEquals(port.codebook, vm.codebookProperty().get());
        assertEquals(0, vm.codebookChangesProperty().get(), "the first reading is no change");
        assertEquals("#1f77b4", vm.issueColours().get("Trade"));
        // another window adds an issue: nothing to reload
        port.codebook = port.codebook.withIssue(new org.claimline.model.Codebook.Code("issue-new", "Fisheries", "#001122", ""));
        port.watcher.run();
        assertEquals(0, vm.codebookChangesProperty().get());
        // another program renames one: open articles and the dialog are told
        var trade = port.codebook.issue("issue-0").orElseThrow();
        port.codebook = port.codebook.withIssue(new org.claimline.model.Codebook.Code("issue-0", "Commerce", trade.color(), ""));
        port.watcher.run();
        assertEquals(1, vm.codebookChangesProperty().get());
        assertEquals("#1f77b4", vm.issueColours().get("Commerce"));
        port.codebook = port.codebook.withoutActor("actor-1");
        port.watcher.run();
        assertEquals(2, vm.codebookChangesProperty().get(), "a deleted entry counts");
    }

    @Test
    void openListsEveryArticleWithItsStatusAndTheFilterChoices() {
        assertEquals(List.of("a.html", "b.html", "broken.html", "c.html"), rels());
        assertEquals(ReadingStatus.DONE, vm.rows().get(3).status());
        assertEquals("the file is empty", vm.rows().get(2).problem());
        assertEquals(List.of("Japan Forward", "Seoul Herald"), vm.outlets());
        assertEquals(List.of("Trade"), vm.issues());
        assertEquals(-1, vm.progressProperty().get());
    }

    @Test
    void filtersAndSortingChangeTheRowsAndTheNextArticle() {
        vm.queryProperty().set(vm.queryProperty().get().withOutlet("Seoul Herald"));
        assertEquals(List.of("a.html", "c.html"), rels());
        assertEquals(Optional.of(root.resolve("c.html")), vm.neighbour(root.resolve("a.html"), 1));
        vm.queryProperty().set(LibraryQuery.ALL);
        vm.sortBy(LibraryQuery.Column.TITLE, false);
        assertEquals(List.of("b.html", "broken.html", "c.html", "a.html"), rels());
        // library order, the unreadable one skipped, nothing past either end
        assertEquals(Optional.of(root.resolve("c.html")), vm.neighbour(root.resolve("b.html"), 1));
        assertEquals(Optional.empty(), vm.neighbour(root.resolve("b.html"), -1));
        assertEquals(Optional.empty(), vm.neighbour(root.resolve("a.html"), 1));
        // from an article outside the workspace: the first one
        assertEquals(Optional.of(root.resolve("b.html")), vm.neighbour(Path.of("/elsewhere/x.txt").toAbsolutePath(), 1));
    }

    @Test
    void statusIsSavedAndRestoredWhenTheFolderRefuses() {
        LibraryRow a = vm.rows().get(0);
        vm.setStatus(a, ReadingStatus.IN_PROGRESS);
        assertEquals(ReadingStatus.IN_PROGRESS, port.statuses.get("a.html"));
        assertEquals(ReadingStatus.IN_PROGRESS, vm.rows().get(0).status());
        port.failStatus = true;
        vm.setStatus(vm.rows().get(0), ReadingStatus.DONE);
        assertEquals(ReadingStatus.IN_PROGRESS, vm.rows().get(0).status(), "restored");
        assertTrue(vm.messageProperty().get().contains("read-only"), vm.messageProperty().get());
    }

    @Test
    void searchShowsHitsAndSaysWhenThereAreNone() {
        port.hits.add(new SearchHit("a.html", "Zebra", null, "the zebra crossed", List.of(new int[] {4, 9}), 10, 1f));
        vm.searchTextProperty().set("zebra");
        vm.search();
        assertEquals(1, vm.hits().size());
        assertEquals("1 match for \u201Czebra\u201D.", vm.messageProperty().get());
        port.hits.clear();
        vm.search();
        assertTrue(vm.hits().isEmpty());
        assertEquals("No matches for \u201Czebra\u201D.", vm.messageProperty().get());
    }

    @Test
    void aCancelledBuildSaysWhatHappensToTheWork() {
        port.obeyCancel = true;
        vm.cancel();
        // the cancel flag belongs to the build it stops: a new build starts afresh
        vm.refresh();
        assertEquals(4, vm.rows().size());
        FakeWorkspacePort stopping = new FakeWorkspacePort(root) {
            @Override
            public org.claimline.workspace.WorkspaceLibrary.Snapshot refresh(org.claimline.workspace.Progress p) {
                vm.cancel();
                if (p.cancelled()) {
                    throw new java.util.concurrent.CancellationException("stopped");
                }
                return super.refresh(p);
            }
        };
        LibraryViewModel other = new LibraryViewModel(p -> stopping, Runnable::run, Runnable::run);
        vm = other;
        other.open(root);
        assertTrue(other.messageProperty().get().startsWith("Indexing stopped"), other.messageProperty().get());
        assertEquals(false, other.buildingProperty().get());
    }
}
