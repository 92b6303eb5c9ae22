package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimline.export.ExportFormat;
import org.claimline.model.Claim;
import org.claimline.model.Stance;
import org.claimline.model.TextRange;
import org.claimline.storage.LoadResult;
import org.claimline.storage.SidecarStore;
import org.claimline.storage.W3cMusts;
import org.claimline.ui.common.MemoryPreferences;
import org.claimline.ui.reader.ReaderViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claims made through the reader's view-model (the GUI's own code, without the toolkit) travel sidecar →
 * JSON-LD export → import into a fresh copy of the article and come back with the same ids, bodies and
 * positions; every file on the way passes the W3C suite's MUST assertions.
 */
class InteropRoundTripTest {
    private static final String ARTICLE = ReaderSidecarFlowTest.ARTICLE;

    @TempDir
    Path dir;

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AppContext.cli().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    private static String add(ReaderViewModel vm, String passage) {
        String text = vm.session().article().text();
        int at = text.indexOf(passage);
        assertTrue(at >= 0, passage);
        return vm.addClaim(new TextRange(at, at + passage.length()), false);
    }

    @Test
    void guiClaimsKeepIdsBodiesAndPositionsThroughSidecarJsonLdAndImport() throws Exception {
        W3cMusts suite = W3cMusts.load();
        Path article = dir.resolve("op-ed.txt");
        Files.writeString(article, ARTICLE, StandardCharsets.UTF_8);
        ReaderViewModel vm = new ReaderViewModel(new CleanerArticleSource(AppContext.cleaner()),
                AppContext.repository(), new MemoryPreferences(), Runnable::run, Runnable::run)
                .withSharing(AppContext.sharing());
        vm.openFile(article);
        String trade = add(vm, "trade dispute deepened");
        vm.session().setSummary(trade, "Trade dispute");
        vm.session().setNote(trade, "See https://example.org/x & <b>");
        vm.session().setStance(trade, Stance.OPPOSES);
        vm.session().tagIssue(trade, "Trade");
        vm.session().tagActor(trade, "Japan");
        vm.session().tagIssue(trade, "Japan");
        String emoji = add(vm, "\uD83D\uDE00 and \uD840\uDC0B");
        vm.session().setSummary(emoji, "Characters");
        vm.document().saveNow();
        List<Claim> made = vm.claims();
        assertEquals(2, made.size());

        Path sidecar = SidecarStore.forArticle(article).path();
        String saved = Files.readString(sidecar);
        assertFalse(saved.contains("urn:claimline:claim:urn:uuid:"), "no doubled ids");
        for (Claim c : made) {
            assertTrue(saved.contains("\"id\": \"urn:uuid:" + c.id() + "\""), c.id());
        }
        assertEquals(List.of(), suite.check(Files.readAllBytes(sidecar)));

        // File > Export never lands on the open article or its sidecar: refused, both left byte for byte
        byte[] articleBefore = Files.readAllBytes(article);
        byte[] sidecarBefore = Files.readAllBytes(sidecar);
        for (Path onto : List.of(article, sidecar)) {
            IOException refused = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                    () -> AppContext.sharing().exportArticle(ExportFormat.MD, "op-ed.txt", article,
                            vm.session().article(), vm.session().annotations(), onto));
            assertTrue(refused.getMessage().contains("Nothing was written"), refused.getMessage());
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(articleBefore, Files.readAllBytes(article));
        org.junit.jupiter.api.Assertions.assertArrayEquals(sidecarBefore, Files.readAllBytes(sidecar));

        Path jsonld = dir.resolve("out.jsonld");
        AppContext.sharing().exportArticle(ExportFormat.JSONLD, "op-ed.txt", vm.fileProperty().get(), vm.session().article(),
                vm.session().annotations(), jsonld);
        assertEquals(List.of(), suite.check(Files.readAllBytes(jsonld)));

        Path fresh = Files.createDirectories(dir.resolve("fresh")).resolve("op-ed.txt");
        Files.writeString(fresh, ARTICLE, StandardCharsets.UTF_8);
        String first = run("import", jsonld.toString(), "--into", fresh.toString());
        assertTrue(first.contains("2 new claims"), first);
        LoadResult back = SidecarStore.read(SidecarStore.forArticle(fresh).path(), vm.session().article().text());
        List<Claim> imported = back.file().annotations().claims();
        assertEquals(made.size(), imported.size());
        for (int i = 0; i < made.size(); i++) {
            Claim want = made.get(i);
            Claim got = imported.get(i);
            assertEquals(want.id(), got.id());
            assertEquals(want.range(), got.range());
            assertEquals(want.quote(), got.quote());
            assertEquals(want.summary(), got.summary());
            assertEquals(want.note(), got.note());
            assertEquals(want.stance(), got.stance());
            assertEquals(names(vm, want), names(back, got));
        }

        // the CSV's id column joins with the JSON-LD's ids
        Path csv = dir.resolve("out.csv");
        run("export", "--format", "csv", "--out", csv.toString(), article.toString());
        String table = Files.readString(csv);
        for (Claim c : made) {
            assertTrue(table.contains("urn:uuid:" + c.id()), table);
        }

        // the corpus export writes one JSON-LD per article; each passes too
        Path outDir = dir.resolve("corpus-out");
        run("export", "--format", "jsonld", "--out", outDir.toString(), dir.toString());
        try (Stream<Path> files = Files.walk(outDir)) {
            List<Path> written = files.filter(Files::isRegularFile).toList();
            assertFalse(written.isEmpty());
            for (Path p : written) {
                assertEquals(List.of(), suite.check(Files.readAllBytes(p)), p.toString());
            }
        }
    }

    private static List<String> names(ReaderViewModel vm, Claim c) {
        var t = vm.session().taxonomy();
        return Stream.concat(c.issueIds().stream().map(id -> "issue " + t.issue(id).orElseThrow().name()),
                c.actorIds().stream().map(id -> "actor " + t.actor(id).orElseThrow().name())).toList();
    }

    private static List<String> names(LoadResult r, Claim c) {
        var t = r.file().annotations().taxonomy();
        return Stream.concat(c.issueIds().stream().map(id -> "issue " + t.issue(id).orElseThrow().name()),
                c.actorIds().stream().map(id -> "actor " + t.actor(id).orElseThrow().name())).toList();
    }
}
