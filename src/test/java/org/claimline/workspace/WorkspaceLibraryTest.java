package org.claimline.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.workspace.bench.WorkspaceGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLibraryTest {
    @TempDir
    Path dir;
    @TempDir
    Path cache;

    private WorkspaceLibrary library() {
        return new WorkspaceLibrary(dir, cache, new ArticleProbe(new ArticleCleaner()), 2);
    }

    private static Map<String, ArticleInfo> byRel(WorkspaceLibrary.Snapshot s) {
        Map<String, ArticleInfo> m = new java.util.HashMap<>();
        s.articles().forEach(a -> m.put(a.rel(), a));
        return m;
    }

    @Test
    void listsArticlesRecursivelyAndSkipsWhatIsNotAnArticle() throws IOException {
        new WorkspaceGenerator().generate(dir, 6, 12, 1);
        Files.createDirectories(dir.resolve(".hidden"));
        Files.writeString(dir.resolve(".hidden/secret.html"), "<p>no</p>");
        Files.writeString(dir.resolve("notes.md"), "not an article");
        Files.writeString(dir.resolve("old.html.bak"), "backup");
        Files.writeString(dir.resolve("Upper.HTM"), "<html><body><p>A page in capitals, with enough words to read.</p></body></html>");
        WorkspaceLibrary.Snapshot s = library().refresh(Progress.NONE);
        assertEquals(7, s.articles().size(), s.articles().toString());
        assertTrue(s.articles().stream().noneMatch(a -> a.rel().contains(".hidden") || a.rel().endsWith(".json")));
        assertTrue(byRel(s).containsKey("Upper.HTM"));
    }

    @Test
    void rowsCarryMetadataClaimsAndIssueCounts() throws IOException {
        new WorkspaceGenerator().generate(dir, 3, 9, 2);
        WorkspaceLibrary.Snapshot s = library().refresh(Progress.NONE);
        ArticleInfo a = s.articles().get(0);
        assertNotNull(a.title());
        assertTrue(WorkspaceGenerator.OUTLETS.contains(a.outlet()), a.outlet());
        assertTrue(a.byline().startsWith("Writer"), a.byline());
        assertTrue(a.published().startsWith("20"), a.published());
        assertEquals(3, a.claims());
        assertEquals(3, a.issueCounts().values().stream().mapToInt(Integer::intValue).sum());
        assertFalse(a.actors().isEmpty());
        assertNull(a.problem());
        assertNotNull(a.hash());
    }

    @Test
    void badFilesAreListedWithAReasonNeverDropped() throws IOException {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        byte[] bin = new byte[4096];
        new java.util.Random(3).nextBytes(bin);
        Files.write(dir.resolve("binary.html"), bin);
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            f.setLength(ArticleCleaner.MAX_INPUT_BYTES + 1); // sparse: no 50 MB written
        }
        Files.writeString(dir.resolve("ok.txt"), "A title\n\nSome words of an article that says something.\n");
        Files.writeString(dir.resolve("ok.txt.annotations.json"), "{ not json");
        Map<String, ArticleInfo> rows = byRel(library().refresh(Progress.NONE));
        assertEquals(4, rows.size());
        assertEquals("the file is empty", rows.get("empty.txt").problem());
        assertTrue(rows.get("binary.html").problem().contains("binary"), rows.get("binary.html").problem());
        assertTrue(rows.get("huge.txt").problem().contains("MB"), rows.get("huge.txt").problem());
        assertNull(rows.get("ok.txt").problem());
        assertTrue(rows.get("ok.txt").sidecarProblem().startsWith("its annotations cannot be read"),
                rows.get("ok.txt").sidecarProblem());
        for (ArticleInfo a : rows.values()) {
            String p = a.problem() != null ? a.problem() : a.sidecarProblem();
            if (p != null) {
                assertFalse(p.contains("Exception") || p.contains("java."), p);
            }
        }
    }

    @Test
    void symlinkLoopIsNotedAndTheWalkEnds() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("a.txt"), "Title\n\nText of the article goes here.\n");
        try {
            Files.createSymbolicLink(sub.resolve("loop"), dir);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here");
        }
        WorkspaceScanner.Result r = WorkspaceScanner.scan(dir);
        assertEquals(List.of("sub/a.txt"), r.files().stream().map(WorkspaceScanner.FoundFile::rel).toList());
        assertEquals(1, r.skipped().size());
        assertTrue(r.skipped().get(0).reason().contains("leads back"), r.skipped().toString());
    }

    @Test
    void warmOpenReadsOnlyWhatChangedAndTheCacheSurvivesANewLibrary() throws IOException {
        new WorkspaceGenerator().generate(dir, 10, 20, 4);
        WorkspaceLibrary.Snapshot cold = library().refresh(Progress.NONE);
        assertEquals(10, cold.read());
        WorkspaceLibrary.Snapshot warm = library().refresh(Progress.NONE);
        assertEquals(0, warm.read());
        assertEquals(cold.articles(), warm.articles());
        Path changed = dir.resolve(cold.articles().get(3).rel());
        Files.writeString(changed, Files.readString(changed).replace("</article>", "<p>One more paragraph here.</p></article>"));
        Files.setLastModifiedTime(changed, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        WorkspaceLibrary.Snapshot third = library().refresh(Progress.NONE);
        assertEquals(1, third.read());
    }

    @Test
    void aDamagedCacheIsIgnored() throws IOException {
        new WorkspaceGenerator().generate(dir, 3, 3, 5);
        library().refresh(Progress.NONE);
        Path f = cache.resolve(MetadataCache.FILE);
        byte[] b = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(b, b.length / 2));
        WorkspaceLibrary.Snapshot s = library().refresh(Progress.NONE);
        assertEquals(3, s.read());
        assertEquals(3, MetadataCache.load(cache).size());
    }

    @Test
    void cancelStopsAndKeepsWhatWasRead() throws IOException {
        new WorkspaceGenerator().generate(dir, 20, 0, 6);
        AtomicInteger seen = new AtomicInteger();
        Progress stopAfterFive = new Progress() {
            @Override
            public void update(int done, int total, String what) {
                seen.set(Math.max(seen.get(), done));
            }

            @Override
            public boolean cancelled() {
                return seen.get() >= 5;
            }
        };
        assertThrows(CancellationException.class, () -> library().refresh(stopAfterFive));
        int kept = MetadataCache.load(cache).size();
        assertTrue(kept >= 5 && kept < 20, "kept " + kept);
        assertEquals(20 - kept, library().refresh(Progress.NONE).read());
    }

    @Test
    void fileDeletedDuringReadingIsListedAsGone() throws IOException {
        Path f = dir.resolve("gone.txt");
        Files.writeString(f, "T\n\nbody text\n");
        WorkspaceScanner.FoundFile found = WorkspaceScanner.scan(dir).files().get(0);
        Files.delete(f);
        ArticleInfo a = new ArticleProbe(new ArticleCleaner()).probe(found).info();
        assertTrue(a.problem().contains("removed or renamed"), a.problem());
    }

    @Test
    void cacheDirFollowsXdgAndIsKeyedByThePath() {
        Path a = CacheDirs.forWorkspace(Path.of("/data/ws"), Map.of("XDG_CACHE_HOME", "/c"), "/home/u");
        assertTrue(a.startsWith(Path.of("/c/claimline/index")), a.toString());
        Path b = CacheDirs.forWorkspace(Path.of("/data/ws"), Map.of(), "/home/u");
        assertTrue(b.startsWith(Path.of("/home/u/.cache/claimline/index")), b.toString());
        assertEquals(a.getFileName(), b.getFileName());
        assertFalse(a.getFileName().equals(CacheDirs.forWorkspace(Path.of("/data/other"), Map.of(), "/h").getFileName()));
    }

    @Test
    void metadataCacheRoundTripsEveryField() throws IOException {
        ArticleInfo a = new ArticleInfo("x/y.html", 10, 20, "h", "Tïtle 😀", "Out", "By", "2020-01-02", "en", null,
                30, 40, 2, Map.of("Trade", 2), List.of("Japan"), "bad sidecar");
        ArticleInfo b = new ArticleInfo("z.txt", 1, 2, null, null, null, null, null, null, "the file is empty",
                -1, -1, 0, Map.of(), List.of(), null);
        MetadataCache.save(cache, List.of(a, b));
        Map<String, ArticleInfo> m = MetadataCache.load(cache);
        assertEquals(a, m.get("x/y.html"));
        assertEquals(b, m.get("z.txt"));
    }

    @Test
    void queryFiltersAndSorts() {
        List<LibraryRow> rows = new ArrayList<>();
        rows.add(row("a.html", "Zebra talks", "Seoul Herald", "2020-03-01", 3, Map.of("Trade", 3), List.of("Japan"), ReadingStatus.DONE));
        rows.add(row("b.html", "apple deal", "Japan Forward", "2019-12-31", 1, Map.of("History", 1), List.of("China"), ReadingStatus.TO_READ));
        rows.add(row("c.html", "Mango", "seoul herald", null, 0, Map.of(), List.of(), ReadingStatus.IN_PROGRESS));
        LibraryQuery q = LibraryQuery.ALL;
        assertEquals(List.of("a.html", "b.html", "c.html"), rels(q.apply(rows)));
        assertEquals(List.of("b.html", "c.html", "a.html"), rels(q.sortedBy(LibraryQuery.Column.TITLE, false).apply(rows)));
        assertEquals(List.of("a.html", "b.html", "c.html"), rels(q.sortedBy(LibraryQuery.Column.CLAIMS, true).apply(rows)));
        assertEquals(List.of("a.html", "c.html"), rels(q.withOutlet("Seoul Herald").apply(rows)));
        assertEquals(List.of("c.html"), rels(q.withStatus(ReadingStatus.IN_PROGRESS).apply(rows)));
        assertEquals(List.of("a.html"), rels(q.withDates("2020", null).apply(rows)));
        assertEquals(List.of("b.html"), rels(q.withDates(null, "2019-12").apply(rows)));
        assertEquals(List.of("a.html"), rels(q.withIssue("trade").apply(rows)));
        assertEquals(List.of("b.html"), rels(q.withActor("China").apply(rows)));
        assertEquals(List.of("c.html"), rels(q.withText("MANGO").apply(rows)));
        assertEquals(List.of("Japan Forward", "Seoul Herald"), LibraryQuery.outlets(rows));
        assertEquals(List.of("History", "Trade"), LibraryQuery.issues(rows));
    }

    private static List<String> rels(List<LibraryRow> rows) {
        return rows.stream().map(LibraryRow::rel).toList();
    }

    private static LibraryRow row(String rel, String title, String outlet, String date, int claims,
                                  Map<String, Integer> issues, List<String> actors, ReadingStatus st) {
        return new LibraryRow(new ArticleInfo(rel, 1, 1, null, title, outlet, null, date, null, null, -1, -1, claims,
                issues, actors, null), st);
    }

    @Test
    void readingStatusParsesIdsAndLabels() {
        assertEquals(ReadingStatus.IN_PROGRESS, ReadingStatus.parse("in-progress"));
        assertEquals(ReadingStatus.DONE, ReadingStatus.parse("Done"));
        assertEquals(ReadingStatus.TO_READ, ReadingStatus.parse("???"));
        assertEquals("in-progress", ReadingStatus.IN_PROGRESS.id());
    }
}
