package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.claimline.export.ExportFormat;
import org.claimline.model.AnchorStatus;
import org.claimline.model.Claim;
import org.claimline.model.TextRange;
import org.claimline.session.ThreeWayMerge;
import org.claimline.storage.SidecarStore;
import org.claimline.ui.common.MemoryPreferences;
import org.claimline.ui.reader.ReaderViewModel;
import org.claimline.document.SaveState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's view-model on real files: the sidecar store, the cleaner and the export/import code the app
 * wires, with both executors running inline (no toolkit).
 */
class ReaderSidecarFlowTest {
    static final String ARTICLE = """
            Japan's growing distrust of Korea has its beginnings in Korea's tilting toward China. Officials in Tokyo \
            say so openly, and the record of the last decade supports them in part.

            The trade dispute deepened in 2019 when the whitelist was cut. Both sides blamed the other for the \
            collapse of talks, and neither has found a way back since then.

            Emoji and rare characters survive too: \uD83D\uDE00 and \uD840\uDC0B are part of this sentence about \
            the alliance.
            """;

    @TempDir
    Path dir;

    private ReaderViewModel newVm() {
        return new ReaderViewModel(new CleanerArticleSource(AppContext.cleaner()),
                AppContext.repository(), new MemoryPreferences(), Runnable::run, Runnable::run)
                .withSharing(AppContext.sharing());
    }

    private Path article() throws Exception {
        Path p = dir.resolve("op-ed.txt");
        Files.writeString(p, ARTICLE, StandardCharsets.UTF_8);
        return p;
    }

    private static String add(ReaderViewModel vm, String passage, String summary) {
        String text = vm.session().article().text();
        int at = text.indexOf(passage);
        assertTrue(at >= 0, passage);
        String id = vm.addClaim(new TextRange(at, at + passage.length()), false);
        vm.session().setSummary(id, summary);
        return id;
    }

    /** Opens the article with one claim on the trade dispute, saved. */
    private ReaderViewModel openWithTradeClaim(Path file) {
        ReaderViewModel vm = newVm();
        vm.openFile(file);
        add(vm, "trade dispute deepened", "Trade dispute");
        vm.saveNow();
        return vm;
    }

    private static List<String> summaries(ReaderViewModel vm) {
        return vm.claims().stream().map(Claim::summary).sorted().toList();
    }

    @Test
    void savedClaimsComeBackWhenTheArticleIsOpenedAgain() throws Exception {
        Path file = article();
        ReaderViewModel vm = newVm();
        vm.openFile(file);
        String id = add(vm, "\uD83D\uDE00 and \uD840\uDC0B are part", "Non-BMP quote");
        vm.session().tagIssue(id, "Alliance");
        vm.session().tagActor(id, "Korea");
        add(vm, "Korea's tilting toward China", "Distrust began with the tilt");
        vm.saveNow();
        assertEquals(SaveState.SAVED, vm.saveStateProperty().get());
        assertTrue(Files.exists(SidecarStore.sidecarFor(file)));

        ReaderViewModel again = newVm();
        again.openFile(file);
        assertNull(again.problemProperty().get());
        assertEquals(vm.session().annotations(), again.session().annotations(), "every field, every offset");
        assertEquals(SaveState.SAVED, again.saveStateProperty().get());
    }

    @Test
    void aSecondWriterIsMergedNotOverwritten() throws Exception {
        Path file = article();
        ReaderViewModel first = openWithTradeClaim(file);

        ReaderViewModel second = newVm(); // another window or instance on the same article
        second.openFile(file);
        add(second, "Officials in Tokyo", "Tokyo says so");
        second.saveNow();

        add(first, "Both sides blamed", "Mutual blame");
        first.saveNow();
        assertEquals(List.of("Mutual blame", "Tokyo says so", "Trade dispute"), summaries(first),
                "the other writer's claim appears here");
        ReaderViewModel reopened = newVm();
        reopened.openFile(file);
        assertEquals(summaries(first), summaries(reopened), "and nothing was dropped on disk");
    }

    @Test
    void theSameClaimChangedTwiceAsksAndKeepsTheChoice() throws Exception {
        Path file = article();
        ReaderViewModel first = newVm();
        first.openFile(file);
        String id = add(first, "trade dispute deepened", "Original");
        first.saveNow();
        ReaderViewModel second = newVm();
        second.openFile(file);
        second.session().setSummary(id, "Theirs");
        second.saveNow();

        first.session().setSummary(id, "Mine");
        first.saveNow();
        assertEquals(SaveState.CONFLICT, first.saveStateProperty().get());
        assertNotNull(first.saveConflictsProperty().get());
        String before = Files.readString(SidecarStore.sidecarFor(file));
        assertTrue(before.contains("Theirs") && !before.contains("Mine"), "nothing written while the user decides");

        first.resolveSaveConflicts(Map.of(id, ThreeWayMerge.Choice.THEIRS));
        assertEquals(List.of("Theirs"), summaries(first));
        assertEquals(SaveState.SAVED, first.saveStateProperty().get());
    }

    @Test
    void aCorruptSidecarIsNeverOverwrittenUntilMovedAside() throws Exception {
        Path file = article();
        Path sidecar = SidecarStore.sidecarFor(file);
        byte[] broken = "{\"@context\": [\"http://www.w3.org/ns/anno.jsonld\", ".getBytes(StandardCharsets.UTF_8);
        Files.write(sidecar, broken);
        ReaderViewModel vm = newVm();
        vm.openFile(file);
        org.claimline.document.Problem p = vm.problemProperty().get();
        assertEquals(org.claimline.document.Problem.Kind.SIDECAR_UNREADABLE, p.kind());
        assertTrue(p.message().contains(sidecar.toString()), "names the file: " + p.message());
        assertNotNull(vm.session(), "the article still opens");

        add(vm, "trade dispute deepened", "Trade dispute");
        vm.saveNow();
        assertArrayEquals(broken, Files.readAllBytes(sidecar), "untouched");
        assertEquals(SaveState.UNREADABLE, vm.saveStateProperty().get());

        vm.moveSidecarAside();
        try (Stream<Path> s = Files.list(dir)) {
            Path aside = s.filter(f -> f.getFileName().toString().contains(".corrupt-")).findFirst().orElseThrow();
            assertArrayEquals(broken, Files.readAllBytes(aside), "kept aside, byte for byte");
        }
        assertEquals(SaveState.SAVED, vm.saveStateProperty().get());
        ReaderViewModel reopened = newVm();
        reopened.openFile(file);
        assertEquals(List.of("Trade dispute"), summaries(reopened));
    }

    @Test
    void claimsFollowAChangedArticleAndOrphansAreKept() throws Exception {
        Path file = article();
        ReaderViewModel vm = newVm();
        vm.openFile(file);
        add(vm, "trade dispute deepened", "Trade dispute");
        add(vm, "Officials in Tokyo", "Tokyo says so");
        vm.saveNow();

        // re-scraped: a paragraph inserted before the trade one, and the Tokyo sentence rewritten beyond recognition
        Files.writeString(file, ARTICLE.replace("Officials in Tokyo say so openly", "Nobody in the capital will comment")
                .replace("The trade dispute", "A new paragraph was added to the page when it was scraped again, "
                        + "long enough to read as part of the article.\n\nThe trade dispute"));
        ReaderViewModel again = newVm();
        again.openFile(file);
        Claim trade = again.claims().stream().filter(c -> c.summary().equals("Trade dispute")).findFirst().orElseThrow();
        assertTrue(!trade.anchor().isOrphan(), "found again");
        // marked on its card: the reader re-anchors what the sidecar store already re-anchored, keeping statuses
        assertEquals(AnchorStatus.MOVED, trade.anchor().status());
        assertEquals("trade dispute deepened", again.session().article().text()
                .substring(trade.range().start(), trade.range().end()));
        Claim tokyo = again.claims().stream().filter(c -> c.summary().equals("Tokyo says so")).findFirst().orElseThrow();
        assertEquals(AnchorStatus.ORPHAN, tokyo.anchor().status(), "kept, waiting to be re-attached");
        assertTrue(again.statusMessageProperty().get().contains("1 need re-attaching"),
                again.statusMessageProperty().get());
        assertNull(again.problemProperty().get(), "said in the panel, not in a dialog");
        assertTrue(again.reattachNoticeProperty().get().contains("1 need re-attaching"));
        assertEquals(again.claims().size() + " claims (1 needs re-attaching)", again.claimCountTextProperty().get());
    }

    @Test
    void exportAndImportRunTheCommandsCode() throws Exception {
        Path file = article();
        ReaderViewModel vm = openWithTradeClaim(file);
        Path md = dir.resolve("claims.md");
        vm.exportTo(ExportFormat.MD, md);
        assertTrue(Files.readString(md).contains("Trade dispute"));
        Path jsonld = dir.resolve("claims.jsonld");
        vm.exportTo(ExportFormat.JSONLD, jsonld);
        assertTrue(Files.readString(jsonld).contains("TextQuoteSelector"));
        Path qdpx = dir.resolve("corpus.qdpx");
        vm.exportFolder(ExportFormat.QDPX, dir, qdpx);
        assertTrue(Files.size(qdpx) > 0);
        assertTrue(vm.statusMessageProperty().get().contains("Exported 1 article as"), vm.statusMessageProperty().get());
        assertEquals(-1, vm.progressProperty().get());

        // a colleague's copy of the same article imports the W3C file: the claim arrives, one undo step
        Path copy = dir.resolve("colleague/op-ed.txt");
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
        ReaderViewModel colleague = newVm();
        colleague.openFile(copy);
        colleague.importAnnotations(jsonld);
        assertNull(colleague.importConflictsProperty().get());
        assertEquals(List.of("Trade dispute"), summaries(colleague));
        colleague.undo();
        assertEquals(List.of(), summaries(colleague));
    }
}
