package org.claimline.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.claimline.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Robustness of {@link ArticleCleaner}: whatever the bytes, it returns an article or throws
 * {@link CleaningException} with a message, never anything else (no stack overflow on deep nesting, no
 * out-of-memory on large input), and its time grows about linearly with the input.
 */
class CleanerFuzzTest {
    private static final long SEED = 20_260_125L;
    private final ArticleCleaner cleaner = new ArticleCleaner();

    static String samplePage(int paragraphs, Random rnd) {
        StringBuilder sb = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Fuzz page | Site</title><meta property=\"og:site_name\" content=\"Site\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Fuzz page\","
                + "\"author\":{\"name\":\"Ann Lee\"},\"datePublished\":\"2020-01-04T10:38:00+09:00\"}</script>"
                + "<style>p{color:red}</style></head><body><nav><ul><li><a href=/>Home</a></li><li><a href=/w>World</a>"
                + "</li></ul></nav><div id=\"main\"><article><h1>Fuzz page</h1>");
        for (int i = 0; i < paragraphs; i++) {
            sb.append("<p>Paragraph ").append(i).append(" says that ").append(rnd.nextInt(1000))
                    .append(" people, in several towns, agreed on the plan; others, however, did not.</p>");
            if (i % 7 == 3) {
                sb.append("<h2>Section ").append(i).append("</h2><ul><li>item one of the list</li><li>item two</li></ul>");
            }
        }
        sb.append("</article><div class=\"comments\"><p>First comment, long enough to matter here.</p></div></div>"
                + "<footer>Copyright and contact, all rights reserved.</footer></body></html>");
        return sb.toString();
    }

    private void cleanNeverThrowsUnexpected(byte[] bytes, String name) {
        try {
            Article a = cleaner.clean(bytes, name);
            if (a == null) {
                fail("null article for " + name);
            }
        } catch (CleaningException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "CleaningException without a message");
        } catch (Throwable t) {
            throw new AssertionError("unexpected " + t + " for a " + bytes.length + "-byte " + name, t);
        }
    }

    @Test
    void randomBytesAndMutationsOfARealPageNeverThrowAnythingButCleaningException() {
        Random rnd = new Random(SEED);
        byte[] page = samplePage(30, rnd).getBytes(StandardCharsets.UTF_8);
        int runs = 0;
        for (int i = 0; i < 1500; i++) {
            byte[] b = new byte[rnd.nextInt(2000)];
            rnd.nextBytes(b);
            cleanNeverThrowsUnexpected(b, i % 2 == 0 ? "random.html" : "random.txt");
            runs++;
        }
        String alphabet = "<>/=\"' &;#!-[]{}abcdivpliscript\n\t";
        for (int i = 0; i < 1500; i++) {
            byte[] m = page.clone();
            int edits = 1 + rnd.nextInt(40);
            for (int k = 0; k < edits; k++) {
                int at = rnd.nextInt(m.length);
                m[at] = rnd.nextBoolean() ? (byte) alphabet.charAt(rnd.nextInt(alphabet.length())) : (byte) rnd.nextInt(256);
            }
            int cut = rnd.nextInt(m.length);
            byte[] truncated = rnd.nextInt(4) == 0 ? java.util.Arrays.copyOf(m, cut + 1) : m;
            cleanNeverThrowsUnexpected(truncated, i % 3 == 0 ? "page.txt" : "page.html");
            runs++;
        }
        assertEquals(3000, runs);
    }

    @Test
    void hugeSingleLinesAndDeepNestingAreHandledIteratively() throws CleaningException {
        String words = "word, ".repeat(170_000);
        cleanNeverThrowsUnexpected(words.getBytes(StandardCharsets.UTF_8), "line.txt");
        cleanNeverThrowsUnexpected(("<html><body><p>" + words + "</p></body></html>").getBytes(StandardCharsets.UTF_8),
                "line.html");

        StringBuilder deep = new StringBuilder("<html><body>");
        deep.append("<div>".repeat(10_000)).append("<p>Deep paragraph text, with commas, far down the tree.</p>")
                .append("</div>".repeat(10_000));
        deep.append("<blockquote>".repeat(5_000)).append("quoted").append("</blockquote>".repeat(5_000));
        deep.append("</body></html>");
        Article a = cleaner.clean(deep.toString().getBytes(StandardCharsets.UTF_8), "deep.html");
        assertTrue(a.text().contains("Deep paragraph text"), a.text());

        String unclosed = "<html><body>" + "<span><b><i><div>".repeat(10_000) + "text, text, text and more text";
        cleanNeverThrowsUnexpected(unclosed.getBytes(StandardCharsets.UTF_8), "unclosed.html");
    }

    @Test
    void twentyMegabytePageIsCleaned() throws CleaningException {
        Random rnd = new Random(SEED);
        StringBuilder sb = new StringBuilder(21 << 20);
        String page = samplePage(200, rnd);
        while (sb.length() < 20 << 20) {
            sb.append(page);
        }
        Article a = cleaner.clean(sb.toString().getBytes(StandardCharsets.UTF_8), "big.html");
        assertTrue(a.text().contains("Paragraph 199 says"));
    }

    @Test
    void timeGrowsAboutLinearly() throws CleaningException {
        Random rnd = new Random(SEED);
        byte[] oneMb = repeatTo(samplePage(100, rnd), 1 << 19);
        byte[] fourMb = repeatTo(samplePage(100, rnd), 4 << 19);
        cleaner.clean(oneMb, "warm.html");
        long small = Long.MAX_VALUE;
        long large = Long.MAX_VALUE;
        // the cleaning thread's own CPU time: without the collector's threads or other processes (see
        // NestedHtmlTimeTest for the wall clock's failures on CI)
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 2; i++) {
            long t0 = threads.getCurrentThreadCpuTime();
            cleaner.clean(oneMb, "one.html");
            long t1 = threads.getCurrentThreadCpuTime();
            cleaner.clean(fourMb, "four.html");
            long t2 = threads.getCurrentThreadCpuTime();
            small = Math.min(small, t1 - t0);
            large = Math.min(large, t2 - t1);
        }
        // linear work gives about 4; quadratic would give 16. The margin absorbs GC and a busy machine.
        double ratio = (double) large / small;
        assertTrue(ratio < 10, "2 MB took " + ratio + " times as long as 0.5 MB");
    }

    private static byte[] repeatTo(String unit, int size) {
        StringBuilder sb = new StringBuilder(size + unit.length());
        sb.append(unit, 0, unit.indexOf("<div id=\"main\">"));
        String body = unit.substring(unit.indexOf("<div id=\"main\">"), unit.indexOf("</body>"));
        while (sb.length() < size) {
            sb.append(body);
        }
        return sb.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void emptyBinaryAndOversizedInputsGetClearMessages() {
        CleaningException empty = assertThrows(CleaningException.class, () -> cleaner.clean(new byte[0], "a.html"));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());

        byte[] binary = new byte[4096];
        new Random(SEED).nextBytes(binary);
        for (int i = 0; i < binary.length; i += 3) {
            binary[i] = 0;
        }
        CleaningException bin = assertThrows(CleaningException.class, () -> cleaner.clean(binary, "photo.html"));
        assertTrue(bin.getMessage().toLowerCase().contains("binary"), bin.getMessage());

        byte[] tooBig = new byte[(int) ArticleCleaner.MAX_INPUT_BYTES + 1];
        CleaningException big = assertThrows(CleaningException.class, () -> cleaner.clean(tooBig, "huge.html"));
        assertTrue(big.getMessage().contains("MB"), big.getMessage());
    }
}
