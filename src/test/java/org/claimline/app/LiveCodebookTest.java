package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.claimline.ui.workspace.LibraryViewModel;
import org.claimline.workspace.CodebookEdit;
import org.claimline.workspace.LinkFetcher;
import org.claimline.workspace.Progress;
import org.claimline.workspace.WorkspaceCodebook;
import org.claimline.workspace.bench.WorkspaceGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live codebook on real files: another writer (a second window or process) renames an issue; the folder watch
 * of this window's workspace notices, the library reads the new codebook, and the open article is told to reload.
 */
class LiveCodebookTest {
    @TempDir
    Path dir;

    @Test
    void aRenameByAnotherWriterReachesTheOpenLibrary() throws Exception {
        Path ws = java.nio.file.Files.createDirectories(dir.resolve("ws"));
        new WorkspaceGenerator().generate(ws, 6, 30, 3);
        System.setProperty("claimline.cacheDir", dir.resolve("cache").toString());
        ExecutorService one = Executors.newSingleThreadExecutor(); // background and "fx" in one queue, in order
        try {
            LibraryViewModel vm = new LibraryViewModel(p -> new WorkspaceService(p, new LinkFetcher()), one, one);
            one.submit(() -> vm.open(ws)).get();
            waitFor(one, () -> vm.codebookProperty().get() != null && vm.rows().size() == 6);
            assertEquals("Trade", vm.codebookProperty().get().issue("issue-0").orElseThrow().name());

            new WorkspaceCodebook(ws).apply(new CodebookEdit.Rename(CodebookEdit.Kind.ISSUE, "issue-0", "Commerce"),
                    Progress.NONE);
            waitFor(one, () -> vm.codebookChangesProperty().get() == 1);
            assertEquals("Commerce", vm.codebookProperty().get().issue("issue-0").orElseThrow().name());
            assertTrue(vm.issueColours().containsKey("Commerce"));
            waitFor(one, () -> vm.issues().contains("Commerce"));
        } finally {
            System.clearProperty("claimline.cacheDir");
            one.shutdownNow();
        }
    }

    private static void waitFor(ExecutorService on, java.util.function.BooleanSupplier what) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            if (CompletableFuture.supplyAsync(what::getAsBoolean, on).get()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not seen within 30 s");
    }
}
