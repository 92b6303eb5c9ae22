package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.BlockKind;
import org.claimline.model.Claim;
import org.claimline.model.TextRange;
import org.claimline.storage.SidecarStore;
import org.claimline.document.ArticleSource;
import org.claimline.ui.common.MemoryPreferences;
import org.claimline.ui.reader.ReaderViewModel;
import org.claimline.ui.reader.CleanDoubtViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst's choice of a doubtful page's blocks on real sidecars (no toolkit): saved beside the article, made
 * again on the next open with the claims where they were, and dropped when the page's blocks changed.
 */
class KeptBlocksSidecarFlowTest {
    static final String MENU = "Home | World | Opinion | Sports";
    static final String HOOK = "It was a bad year for both countries.";
    static final String BODY = "The trade dispute deepened in 2019 and neither side has found a way back since.";
    static final String FOOTER = "Copyright 2019 | Terms of Service | Privacy Policy";

    @TempDir
    Path dir;

    /** A cleaner stand-in: the page below, doubtful, whatever the file says; {@code blocks} may change between opens. */
    private List<Block> blocks = List.of(
            Block.removed(BlockKind.PARAGRAPH, MENU, "navigation"),
            Block.removed(BlockKind.PARAGRAPH, HOOK, "boilerplate"),
            Block.kept(BlockKind.PARAGRAPH, BODY),
            Block.removed(BlockKind.PARAGRAPH, FOOTER, "footer"));

    private final ArticleSource source = new ArticleSource() {
        @Override
        public Article open(Path file) {
            return new Article(Article.Metadata.empty().withTitle("A bad year"), blocks)
                    .withConfidence(new Article.Confidence(0.2, 0.25, true, 1));
        }

        @Override
        public Article sample() {
            return open(null);
        }

        @Override
        public String sampleName() {
            return "sample";
        }
    };

    private ReaderViewModel open(Path file) {
        ReaderViewModel vm = new ReaderViewModel(source, AppContext.repository(),
                new MemoryPreferences(), Runnable::run, Runnable::run);
        vm.openFile(file);
        return vm;
    }

    private static CleanDoubtViewModel banner(ReaderViewModel vm) {
        return new CleanDoubtViewModel(vm.sessionProperty(), vm::isSample, vm.showRemovedProperty());
    }

    private static String quoted(ReaderViewModel vm, String id) {
        Claim c = vm.session().claim(id).orElseThrow();
        assertFalse(c.anchor().isOrphan(), c.anchor().toString());
        return vm.session().article().text().substring(c.range().start(), c.range().end());
    }

    @Test
    void theWholePageIsRememberedInTheSidecarAndClaimsFollow() throws Exception {
        Path file = dir.resolve("page.html");
        Files.writeString(file, "<p>page</p>", StandardCharsets.UTF_8);
        ReaderViewModel vm = open(file);
        CleanDoubtViewModel doubt = banner(vm);
        assertEquals(CleanDoubtViewModel.Mode.DOUBTFUL, doubt.modeProperty().get());
        int at = BODY.indexOf("neither side");
        String id = vm.addClaim(new TextRange(at, at + "neither side".length()), false);
        doubt.showWholePage();
        assertEquals(String.join("\n\n", MENU, HOOK, BODY, FOOTER), vm.session().article().text());
        vm.saveNow();
        String sidecar = Files.readString(SidecarStore.sidecarFor(file));
        assertTrue(sidecar.contains("\"cl:keptBlocks\""), sidecar);

        ReaderViewModel again = open(file);
        assertEquals(String.join("\n\n", MENU, HOOK, BODY, FOOTER), again.session().article().text());
        assertEquals("neither side", quoted(again, id));
        assertEquals(CleanDoubtViewModel.Mode.HIDDEN, banner(again).modeProperty().get(),
                "the analyst chose the article: no banner");

        // a start and end chosen later replaces the whole page, and is remembered the same way
        CleanDoubtViewModel d2 = banner(again);
        again.showRemovedProperty().set(true);
        d2.startHere(1);
        d2.endHere(2);
        again.saveNow();
        ReaderViewModel third = open(file);
        assertEquals(String.join("\n\n", HOOK, BODY), third.session().article().text());
        assertEquals("neither side", quoted(third, id));
    }

    @Test
    void undoingTheChoiceForgetsItAndAChangedPageFallsBackToTheCleaner() throws Exception {
        Path file = dir.resolve("page.html");
        Files.writeString(file, "<p>page</p>", StandardCharsets.UTF_8);
        ReaderViewModel vm = open(file);
        int at = BODY.indexOf("trade dispute");
        String id = vm.addClaim(new TextRange(at, at + "trade dispute".length()), false);
        banner(vm).showWholePage();
        vm.saveNow();
        vm.undo();
        vm.saveNow();
        assertFalse(Files.readString(SidecarStore.sidecarFor(file)).contains("cl:keptBlocks"),
                "back to the cleaner's choice: nothing to remember");

        banner(vm).showWholePage();
        vm.saveNow();
        blocks = List.of(Block.removed(BlockKind.PARAGRAPH, MENU, "navigation"),
                Block.kept(BlockKind.PARAGRAPH, BODY));   // the cleaner now sees other blocks
        ReaderViewModel again = open(file);
        assertEquals(BODY, again.session().article().text());
        assertEquals("trade dispute", quoted(again, id));
        assertEquals(CleanDoubtViewModel.Mode.DOUBTFUL, banner(again).modeProperty().get());
    }
}
