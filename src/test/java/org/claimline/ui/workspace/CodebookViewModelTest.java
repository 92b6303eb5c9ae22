package org.claimline.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimline.model.Codebook;
import org.claimline.workspace.CodebookEdit;
import org.claimline.workspace.bench.WorkspaceGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebookViewModelTest {
    @TempDir
    Path dir;
    private FakeWorkspacePort port;
    private CodebookViewModel vm;
    private final AtomicInteger changed = new AtomicInteger();

    @BeforeEach
    void load() {
        port = new FakeWorkspacePort(dir);
        port.codebook = WorkspaceGenerator.codebook();
        vm = new CodebookViewModel(port, Runnable::run, Runnable::run, changed::incrementAndGet);
        vm.load();
    }

    @Test
    void renameReachesThePortAndCanBeUndoneOnce() {
        vm.rename(CodebookEdit.Kind.ISSUE, "issue-0", "  Commerce ");
        assertEquals(new CodebookEdit.Rename(CodebookEdit.Kind.ISSUE, "issue-0", "Commerce"), port.applied.get(0));
        assertEquals("Commerce", vm.issues().get(0).name());
        assertTrue(vm.messageProperty().get().contains("3 files changed"), vm.messageProperty().get());
        assertEquals(1, changed.get());
        vm.undo();
        assertEquals(new CodebookEdit.Rename(CodebookEdit.Kind.ISSUE, "issue-0", "Trade"), port.applied.get(1));
        assertEquals("Trade", vm.issues().get(0).name());
        assertNull(vm.undoableProperty().get(), "one undo step");
    }

    @Test
    void aTakenOrEmptyNameIsRefusedWithAReason() {
        vm.rename(CodebookEdit.Kind.ISSUE, "issue-0", "history");
        assertTrue(port.applied.isEmpty());
        assertTrue(vm.messageProperty().get().contains("use Merge"), vm.messageProperty().get());
        vm.rename(CodebookEdit.Kind.ACTOR, "actor-0", " ");
        assertTrue(port.applied.isEmpty());
    }

    @Test
    void mergeAndDeleteAreOneUndoStepEachAndCountsAreAsked() {
        AtomicInteger count = new AtomicInteger();
        vm.countClaims(CodebookEdit.Kind.ISSUE, "issue-1", count::set);
        assertEquals(7, count.get());
        List<Codebook.Code> before = List.copyOf(vm.issues());
        vm.merge(CodebookEdit.Kind.ISSUE, "issue-1", "issue-2");
        assertEquals(9, vm.issues().size());
        assertTrue(vm.undoableProperty().get() instanceof CodebookEdit.Restore);
        vm.undo();
        assertEquals(before, vm.issues(), "the merged issue is back at its place");
        assertNull(vm.undoableProperty().get(), "one undo step");
        vm.delete(CodebookEdit.Kind.ACTOR, "actor-3");
        assertEquals(7, vm.actors().size());
        vm.undo();
        assertEquals(8, vm.actors().size());
        assertEquals("actor-3", vm.actors().get(3).id());
    }

    @Test
    void recolourExportAndImportWithPreview() throws Exception {
        vm.recolour("issue-2", "#ABCDEF");
        assertEquals("#abcdef", port.codebook.issue("issue-2").orElseThrow().color());
        Path qdc = dir.resolve("cb.qdc");
        vm.export(qdc, true);
        assertTrue(Files.readString(qdc).contains("urn:QDA-XML:codebook:1.0"));
        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, "kind,name,color,description,aliases\nissue,Fisheries,#001122,,\nissue,trade,,Tariffs,\n");
        List<Object> seen = new java.util.ArrayList<>();
        vm.previewImport(csv, (incoming, changes) -> {
            seen.addAll(changes);
            vm.applyImport(incoming);
        });
        assertEquals(2, seen.size());
        Codebook after = port.codebook;
        assertTrue(after.issueNamed("Fisheries").isPresent());
        assertEquals("Tariffs", after.issueNamed("Trade").orElseThrow().description());
        vm.previewImport(dir.resolve("missing.qdc"), (i, c) -> { });
        assertTrue(vm.messageProperty().get().startsWith("missing.qdc cannot be imported"), vm.messageProperty().get());
    }
}
