package org.claimline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.model.Anchor;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Claim;
import org.claimline.model.Stance;
import org.claimline.model.Taxonomy;
import org.claimline.model.TextRange;
import org.claimline.storage.DocumentInfo;
import org.claimline.storage.SidecarStore;
import org.claimline.workspace.ArticleProbe;
import org.claimline.workspace.Progress;
import org.claimline.workspace.WorkspaceLibrary;
import org.claimline.workspace.bench.WorkspaceGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
    @TempDir
    Path dir;
    @TempDir
    Path cache;

    private WorkspaceIndexer indexer() throws IOException {
        return new WorkspaceIndexer(new WorkspaceLibrary(dir, cache, new ArticleProbe(new ArticleCleaner()), 2),
                SearchIndex.open(cache.resolve("lucene")));
    }

    private static final String ENGLISH = "<html lang=\"en\"><head><title>Shipyards</title></head><body><article>"
            + "<h1>Shipyards and the sea</h1><p>The governments argued over shipbuilding subsidies for a decade, "
            + "and the negotiations collapsed twice before anyone noticed the harbour was empty.</p>"
            + "<p>Meanwhile the fishermen kept their own counsel about the quotas and the weather.</p></article></body></html>";
    private static final String GERMAN = "<html lang=\"de\"><head><title>Häfen</title></head><body><article>"
            + "<h1>Die Häfen des Nordens</h1><p>Die Regierungen stritten jahrelang über die Subventionen der Werften, "
            + "und die Verhandlungen scheiterten zweimal, bevor jemand bemerkte, dass der Hafen leer war.</p>"
            + "<p>Die Fischer schwiegen über die Fangquoten und das Wetter der letzten Monate.</p></article></body></html>";

    @Test
    void findsStemmedWordsPerLanguageWithContextAndOffsets() throws Exception {
        Files.writeString(dir.resolve("ships.html"), ENGLISH);
        Files.writeString(dir.resolve("hafen.html"), GERMAN);
        try (WorkspaceIndexer ix = indexer()) {
            ix.update(Progress.NONE);
            List<SearchHit> hits = ix.index().search("government", 10);
            assertEquals(1, hits.size(), hits.toString());
            SearchHit h = hits.get(0);
            assertEquals("ships.html", h.rel());
            assertTrue(h.marked("[", "]").contains("[governments]"), h.marked("[", "]"));
            String text = new ArticleCleaner().clean(dir.resolve("ships.html")).text();
            assertTrue(h.offset() >= 0 && text.startsWith(h.snippet().substring(0, 20), h.offset()), h.offset() + " " + text);
            // German stemming: "Regierung" finds "Regierungen"
            List<SearchHit> de = ix.index().search("Regierung", 10);
            assertEquals(List.of("hafen.html"), de.stream().map(SearchHit::rel).toList());
            assertTrue(ix.index().search("zzzunknownword", 10).isEmpty());
            assertTrue(ix.index().search("\"harbour was empty\"", 10).size() == 1);
            assertTrue(ix.index().search("harbour -fishermen", 10).isEmpty());
        }
    }

    @Test
    void claimQuotesSummariesAndNotesAreFoundAndPointAtTheClaim() throws Exception {
        Path f = dir.resolve("ships.html");
        Files.writeString(f, ENGLISH);
        Article a = new ArticleCleaner().clean(f);
        String quote = "the fishermen kept their own counsel";
        int at = a.text().indexOf(quote);
        Claim c = new Claim("c-1", Anchor.exact(a.text(), new TextRange(at, at + quote.length())), "Secretive trawlers",
                List.of(), List.of(), Stance.OPPOSES, "check the zeppelin angle", List.of(), null, null, "me");
        SidecarStore.forArticle(f).save(new AnnotationSet(Taxonomy.empty(), List.of(c)),
                DocumentInfo.of("ships.html", Files.readAllBytes(f), a, ArticleCleaner.version()), a.text());
        try (WorkspaceIndexer ix = indexer()) {
            ix.update(Progress.NONE);
            for (String q : List.of("trawlers", "zeppelin")) {
                List<SearchHit> hits = ix.index().search(q, 10);
                assertEquals(1, hits.size(), q);
                assertEquals("c-1", hits.get(0).claimId());
                assertEquals(at, hits.get(0).offset());
            }
        }
    }

    @Test
    void updatesAreIncrementalAndDeletedArticlesLeave() throws IOException {
        new WorkspaceGenerator().generate(dir, 12, 24, 7);
        try (WorkspaceIndexer ix = indexer()) {
            assertEquals(12, ix.update(Progress.NONE).indexed());
            WorkspaceIndexer.Outcome again = ix.update(Progress.NONE);
            assertEquals(0, again.indexed());
            assertEquals(0, again.snapshot().read());
            List<Path> pages;
            try (Stream<Path> s = Files.walk(dir)) {
                pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            }
            // touched but not changed: read again (time differs), not indexed again (same hash)
            Files.setLastModifiedTime(pages.get(0), FileTime.fromMillis(System.currentTimeMillis() + 10_000));
            WorkspaceIndexer.Outcome touched = ix.update(Progress.NONE);
            assertEquals(1, touched.snapshot().read());
            assertEquals(0, touched.indexed());
            Files.writeString(pages.get(1), Files.readString(pages.get(1)).replace("</article>",
                    "<p>A quokka appeared in the negotiations.</p></article>"));
            Files.setLastModifiedTime(pages.get(1), FileTime.fromMillis(System.currentTimeMillis() + 20_000));
            assertEquals(1, ix.update(Progress.NONE).indexed());
            assertEquals(1, ix.index().search("quokka", 5).size());
            Files.delete(pages.get(1));
            assertEquals(1, ix.update(Progress.NONE).removed());
            assertTrue(ix.index().search("quokka", 5).isEmpty());
        }
    }

    @Test
    void aDamagedIndexIsRebuiltSilently() throws IOException {
        Files.writeString(dir.resolve("ships.html"), ENGLISH);
        try (WorkspaceIndexer ix = indexer()) {
            ix.update(Progress.NONE);
        }
        try (Stream<Path> s = Files.list(cache.resolve("lucene"))) {
            for (Path p : s.toList()) {
                if (!p.getFileName().toString().equals("write.lock")) {
                    Files.write(p, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
                }
            }
        }
        try (WorkspaceIndexer ix = indexer()) {
            assertFalse(ix.index().isInMemory());
            assertEquals(0, ix.index().documents());
            assertEquals(1, ix.update(Progress.NONE).indexed());
            assertEquals(1, ix.index().search("shipbuilding", 5).size());
        }
    }

    @Test
    void aSecondWindowOnTheSameIndexKeepsItsOwnInMemory() throws IOException {
        try (SearchIndex first = SearchIndex.open(cache.resolve("lucene"));
             SearchIndex second = SearchIndex.open(cache.resolve("lucene"))) {
            assertFalse(first.isInMemory());
            assertTrue(second.isInMemory());
        }
    }

    @Test
    void folderWatchReportsANewArticle() throws Exception {
        CountDownLatch seen = new CountDownLatch(1);
        try (FolderWatch w = new FolderWatch(dir, seen::countDown, Duration.ofMillis(100), Duration.ofMinutes(10))) {
            Files.writeString(dir.resolve("new.txt"), "T\n\nbody\n");
            assertTrue(seen.await(20, TimeUnit.SECONDS), "no change reported (watching: " + w.watching() + ")");
        }
    }

    @Test
    void folderWatchRescansWhenNothingIsReported() throws Exception {
        CountDownLatch seen = new CountDownLatch(2);
        try (FolderWatch w = new FolderWatch(dir, seen::countDown, Duration.ofMillis(50), Duration.ofMillis(300))) {
            assertNotNull(w);
            assertTrue(seen.await(20, TimeUnit.SECONDS));
        }
    }
}
