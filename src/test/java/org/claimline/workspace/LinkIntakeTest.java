package org.claimline.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.storage.LoadResult;
import org.claimline.storage.SidecarRewrite;
import org.claimline.storage.SidecarStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching from a loopback HTTP server started here: pages, redirects and every failure the user may meet. */
class LinkIntakeTest {
    static final String PAGE = "<!DOCTYPE html><html><head><title>Seoul &amp; Tokyo: a thaw?</title></head><body>"
            + "<article><h1>Seoul and Tokyo: a thaw?</h1><p>The two governments met again this week, and for once "
            + "the communiqué said something concrete about export controls and the future of the pact.</p>"
            + "<p>Whether the thaw lasts depends on the courts, the voters and the patience of business.</p></article></body></html>";

    @TempDir
    Path dir;
    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/page", ex -> reply(ex, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/moved", ex -> {
            ex.getResponseHeaders().add("Location", base + "/page");
            reply(ex, 301, "text/html", new byte[0]);
        });
        server.createContext("/loop", ex -> {
            ex.getResponseHeaders().add("Location", base + "/loop");
            reply(ex, 302, "text/html", new byte[0]);
        });
        server.createContext("/missing", ex -> reply(ex, 404, "text/html", "nope".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/paper.pdf", ex -> reply(ex, 200, "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/photo", ex -> reply(ex, 200, "image/jpeg", new byte[] {1, 2, 3}));
        server.createContext("/huge", ex -> reply(ex, 200, "text/html", new byte[3 * 1024 * 1024]));
        server.createContext("/huge-chunked", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream o = ex.getResponseBody()) {
                for (int i = 0; i < 300; i++) {
                    o.write(new byte[10_000]);
                }
            } catch (IOException ignored) {
                // the client hung up once it had enough
            }
        });
        server.createContext("/silent", ex -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            reply(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/empty", ex -> reply(ex, 200, "text/html", new byte[0]));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private static void reply(com.sun.net.httpserver.HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(body);
        }
    }

    private LinkFetcher fetcher() {
        return new LinkFetcher(Duration.ofSeconds(2), Duration.ofSeconds(2), 2 * 1024 * 1024);
    }

    private String failure(String path) {
        return assertThrows(LinkFetcher.FetchException.class, () -> fetcher().fetch(base + path)).getMessage();
    }

    @Test
    void fetchesFollowsRedirectsAndSavesWithTheAddressRecorded() throws Exception {
        LinkFetcher.Page page = fetcher().fetch(base + "/moved");
        assertEquals(base + "/page", page.finalUrl());
        ArticleIntake intake = new ArticleIntake(new ArticleCleaner(), Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));
        Path saved = intake.saveFetched(dir, page);
        assertEquals("seoul-tokyo-a-thaw.html", saved.getFileName().toString());
        String content = Files.readString(saved);
        assertTrue(content.startsWith("<!-- saved by Claimline from " + base + "/page on 2026-01-02T03:04:05Z -->"), content);
        assertTrue(content.endsWith(PAGE));
        LoadResult r = SidecarStore.read(SidecarStore.sidecarFor(saved), null);
        assertEquals(base + "/page", SidecarRewrite.sourceUrl(r));
        assertEquals(0, r.file().annotations().claims().size());
        Path second = intake.saveFetched(dir, page);
        assertEquals("seoul-tokyo-a-thaw-2.html", second.getFileName().toString(), "nothing is overwritten");
    }

    @Test
    void everyFailureIsToldInTheUsersWords() {
        assertTrue(failure("/missing").contains("404 (no such page)"), failure("/missing"));
        assertTrue(failure("/loop").contains("redirect loop"), failure("/loop"));
        assertTrue(failure("/paper.pdf").contains("PDF"), failure("/paper.pdf"));
        assertTrue(failure("/photo").contains("an image"), failure("/photo"));
        assertTrue(failure("/huge").contains("MB"), failure("/huge"));
        assertTrue(failure("/huge-chunked").contains("larger than"), failure("/huge-chunked"));
        assertTrue(failure("/empty").contains("empty"), failure("/empty"));
        long t0 = System.nanoTime();
        assertTrue(failure("/silent").contains("did not answer"), failure("/silent"));
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10));
        String offline = assertThrows(LinkFetcher.FetchException.class,
                () -> fetcher().fetch("http://127.0.0.1:1/x")).getMessage();
        assertTrue(offline.contains("cannot be reached"), offline);
        String bad = assertThrows(LinkFetcher.FetchException.class, () -> fetcher().fetch("ftp://example.org/x")).getMessage();
        assertTrue(bad.contains("not a web address"), bad);
    }

    @Test
    void pastedTextAndHtmlBecomeArticles() throws IOException {
        ArticleIntake intake = new ArticleIntake(new ArticleCleaner(), Clock.systemUTC());
        Path txt = intake.savePasted(dir, "Why the pact matters\n\nBecause the region needs it, and both capitals know it.\n");
        assertEquals("why-the-pact-matters.txt", txt.getFileName().toString());
        Path html = intake.savePasted(dir, PAGE);
        assertEquals("seoul-tokyo-a-thaw.html", html.getFileName().toString());
        IOException e = assertThrows(IOException.class, () -> intake.savePasted(dir, "   "));
        assertTrue(e.getMessage().contains("no text"));
        IOException junk = assertThrows(IOException.class, () -> intake.savePasted(dir, "<html><body></body></html>"));
        assertTrue(junk.getMessage().startsWith("nothing was saved"), junk.getMessage());
    }

    @Test
    void slugsAreReadable() {
        assertEquals("the-korea-japan-row", ArticleIntake.slug("The Korea–Japan row!", null));
        assertEquals("cafe-politics", ArticleIntake.slug("Café politics", null));
        assertEquals("some-op-ed", ArticleIntake.slug("", "https://example.org/opinion/some-op-ed.html?x=1"));
        assertEquals("example-org", ArticleIntake.slug(null, "https://example.org/"));
    }
}
