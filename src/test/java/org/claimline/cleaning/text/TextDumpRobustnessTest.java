package org.claimline.cleaning.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.cleaning.CharsetDetection;
import org.claimline.cleaning.CleaningException;
import org.claimline.cleaning.TextDumpCleaner;
import org.claimline.model.Article;
import org.junit.jupiter.api.Test;

/** The text cleaner never throws and copes with huge lines; no timing asserts (benches measure speed). */
class TextDumpRobustnessTest {

    private final TextDumpCleaner cleaner = new TextDumpCleaner();

    @Test
    void randomAndMutatedInputsNeverThrow() {
        Random rnd = new Random(42);
        String alphabet = "ab c.,\n\n  • □ 2020-01-04 | By X png.jpg © é 한국 日本 \t\r-1.";
        for (int i = 0; i < 1500; i++) {
            int len = rnd.nextInt(600);
            StringBuilder sb = new StringBuilder(len);
            for (int k = 0; k < len; k++) {
                sb.append(rnd.nextInt(5) == 0 ? (char) rnd.nextInt(0x3000) : alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            assertNotNull(cleaner.clean(sb.toString()));
            byte[] bytes = new byte[rnd.nextInt(300)];
            rnd.nextBytes(bytes);
            assertNotNull(cleaner.clean(CharsetDetection.decode(bytes, "x.txt").text()));
        }
        assertNotNull(cleaner.clean(""));
        assertNotNull(cleaner.clean(null));
    }

    @Test
    void twentyMegabyteSingleLine() {
        StringBuilder sb = new StringBuilder(20 * 1024 * 1024);
        String sentence = "The quick brown fox jumps over the lazy dog and then it runs into the woods. ";
        while (sb.length() < 20 * 1024 * 1024) {
            sb.append(sentence);
        }
        Article a = cleaner.clean(sb.toString());
        assertEquals(1, a.textBlocks().size());
        assertEquals(sb.toString().strip(), a.text());
    }

    @Test
    void manyShortLinesAndGluedImageNames() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30_000; i++) {
            sb.append(i % 3 == 0 ? "  • menu\n" : "a.pnga.pnga.pnga.png\n");
        }
        Article a = cleaner.clean(sb.toString());
        assertTrue(a.text().isEmpty());
    }

    @Test
    void emptyAndBinaryFilesGetClearMessages() {
        ArticleCleaner ac = new ArticleCleaner();
        CleaningException empty = org.junit.jupiter.api.Assertions.assertThrows(CleaningException.class,
                () -> ac.clean(new byte[0], "e.txt"));
        assertTrue(empty.getMessage().contains("empty"));
        CleaningException binary = org.junit.jupiter.api.Assertions.assertThrows(CleaningException.class,
                () -> ac.clean(new byte[] {0, 1, 2, 3, 0, 0, 5, 'P', 'K'}, "b.txt"));
        assertTrue(binary.getMessage().contains("binary"));
        assertNotNull(cleaner.clean(new String(new byte[] {'o', 'k'}, StandardCharsets.UTF_8)));
    }
}
