package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimline.model.Anchor;
import org.claimline.model.AnchorStatus;
import org.claimline.model.Claim;
import org.claimline.model.ClaimPlacer;
import org.claimline.model.TextRange;
import org.claimline.repository.AnnotationRepository;
import org.claimline.repository.Reanchoring;
import org.claimline.ui.common.MemoryPreferences;
import org.claimline.ui.reader.ReaderViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening an article re-anchors its saved claims exactly once: the repository places them, the session takes them
 * as placed. Counted through the repository's placer port, on real files with the app's cleaner and sidecar.
 */
class OpenReanchorsOnceTest {
    @TempDir
    Path dir;

    /** The real anchorer behind a counter. */
    private static final class CountingPlacer implements ClaimPlacer {
        final AtomicInteger reanchorings = new AtomicInteger();
        private final Reanchoring real = Reanchoring.standard();

        @Override
        public List<Claim> reanchor(List<Claim> claims, String text) {
            reanchorings.incrementAndGet();
            return real.reanchor(claims, text);
        }

        @Override
        public Anchor locate(Anchor recorded, String text) {
            return real.locate(recorded, text);
        }
    }

    private static ReaderViewModel reader(ClaimPlacer placer) {
        return new ReaderViewModel(new CleanerArticleSource(AppContext.cleaner()), new AnnotationRepository(placer),
                new MemoryPreferences(), Runnable::run, Runnable::run);
    }

    private Path savedWithOneClaim() throws Exception {
        Path file = dir.resolve("op-ed.txt");
        Files.writeString(file, ReaderSidecarFlowTest.ARTICLE, StandardCharsets.UTF_8);
        ReaderViewModel vm = reader(Reanchoring.standard());
        vm.openFile(file);
        String text = vm.session().article().text();
        int at = text.indexOf("trade dispute deepened");
        vm.addClaim(new TextRange(at, at + "trade dispute deepened".length()), false);
        vm.saveNow();
        return file;
    }

    @Test
    void openingAnArticleWhoseTextChangedReanchorsOnce() throws Exception {
        Path file = savedWithOneClaim();
        Files.writeString(file, "An editor's note added since.\n\n" + ReaderSidecarFlowTest.ARTICLE, StandardCharsets.UTF_8);

        CountingPlacer placer = new CountingPlacer();
        ReaderViewModel vm = reader(placer);
        vm.openFile(file);

        assertEquals(1, placer.reanchorings.get(), "one re-anchoring per opening");
        Claim c = vm.session().claims().get(0);
        assertEquals(AnchorStatus.MOVED, c.anchor().status(), "the session keeps the repository's placement");
        String text = vm.session().article().text();
        assertEquals("trade dispute deepened", text.substring(c.anchor().range().start(), c.anchor().range().end()));
    }

    @Test
    void openingAnUnchangedArticleReanchorsOnceAndLeavesClaimsAsSaved() throws Exception {
        Path file = savedWithOneClaim();

        CountingPlacer placer = new CountingPlacer();
        ReaderViewModel vm = reader(placer);
        vm.openFile(file);

        assertEquals(1, placer.reanchorings.get());
        assertEquals(AnchorStatus.ANCHORED, vm.session().claims().get(0).anchor().status());
        assertTrue(!vm.session().isDirty(), "an opening is no edit");
    }
}
