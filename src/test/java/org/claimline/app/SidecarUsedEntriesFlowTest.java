package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.claimline.repository.AnnotationRepository;
import org.claimline.repository.Reanchoring;
import org.claimline.model.Codebook;
import org.claimline.model.Issue;
import org.claimline.model.TextRange;
import org.claimline.storage.CodebookFile;
import org.claimline.storage.LoadResult;
import org.claimline.storage.SidecarStore;
import org.claimline.ui.common.MemoryPreferences;
import org.claimline.ui.reader.ReaderViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each sidecar records only the issues and actors its claims use, inside a workspace (not the whole codebook) and
 * outside one (not the last article's taxonomy); the reader still offers the rest. View-model on real files, no toolkit.
 */
class SidecarUsedEntriesFlowTest {
    @TempDir
    Path dir;
    private final AtomicReference<Path> workspace = new AtomicReference<>();
    private final MemoryPreferences prefs = new MemoryPreferences();

    private ReaderViewModel newVm() {
        return new ReaderViewModel(new CleanerArticleSource(AppContext.cleaner()),
                new CodebookAnnotationStore(new AnnotationRepository(Reanchoring.standard()), workspace::get), prefs,
                Runnable::run, Runnable::run).withSharing(AppContext.sharing());
    }

    private Path article(String name) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, ReaderSidecarFlowTest.ARTICLE, StandardCharsets.UTF_8);
        return p;
    }

    private static String claimOn(ReaderViewModel vm, String passage) {
        String text = vm.session().article().text();
        int at = text.indexOf(passage);
        return vm.addClaim(new TextRange(at, at + passage.length()), false);
    }

    private static List<String> issuesOnDisk(Path article) {
        LoadResult r = SidecarStore.read(SidecarStore.sidecarFor(article), null);
        assertEquals(LoadResult.Status.OK, r.status(), r.message());
        return r.file().annotations().taxonomy().issues().stream().map(Issue::name).toList();
    }

    @Test
    void outsideAWorkspaceANewArticleDoesNotInheritTheLastArticlesTaxonomyOnDisk() throws Exception {
        Path first = article("first.txt");
        ReaderViewModel vm = newVm();
        vm.openFile(first);
        String c = claimOn(vm, "trade dispute deepened");
        vm.session().tagIssue(c, "Trade");
        vm.session().addIssue("History");
        vm.session().addActor("Tokyo");
        vm.saveNow();
        assertEquals(List.of("Trade"), issuesOnDisk(first), "only the issue a claim uses");
        assertFalse(vm.session().isDirty(), "trimming the file is not a change to save again");
        assertTrue(vm.session().taxonomy().issueNamed("History").isPresent(), "the reader still offers it");

        Path second = article("second.txt");
        vm.openFile(second);
        assertTrue(vm.session().taxonomy().issueNamed("Trade").isPresent(), "the last taxonomy is offered");
        claimOn(vm, "Officials in Tokyo");
        vm.saveNow();
        assertEquals(List.of(), issuesOnDisk(second), "nothing of the last article's taxonomy on disk");
        String json = Files.readString(SidecarStore.sidecarFor(second));
        assertFalse(json.contains("History") || json.contains("\"Trade\""), json);
    }

    @Test
    void insideAWorkspaceASidecarRecordsItsEntriesNotTheWholeCodebook() throws Exception {
        workspace.set(dir.toAbsolutePath().normalize());
        CodebookFile.update(CodebookFile.in(dir), cb -> cb
                .withIssue(new Codebook.Code("issue-trade", "Trade", "#1f77b4", "Tariffs and export controls"))
                .withIssue(new Codebook.Code("issue-history", "History", "#ff7f0e", ""))
                .withActor(new Codebook.Person("actor-seoul", "Seoul", List.of(), "")));
        Path a = article("a.txt");
        ReaderViewModel vm = newVm();
        vm.openFile(a);
        assertEquals(2, vm.session().taxonomy().issues().size(), "the reader offers the whole codebook");
        String c = claimOn(vm, "trade dispute deepened");
        vm.session().setIssues(c, List.of("issue-trade"));
        vm.saveNow();
        assertEquals(List.of("Trade"), issuesOnDisk(a));
        assertFalse(vm.session().isDirty());
        assertEquals(2, vm.session().taxonomy().issues().size());
        vm.openFile(a);
        assertEquals(2, vm.session().taxonomy().issues().size(), "reopened, the codebook is offered again");
        assertEquals(3, CodebookFile.read(CodebookFile.in(dir)).issues().size() + CodebookFile.read(CodebookFile.in(dir)).actors().size());
    }
}
