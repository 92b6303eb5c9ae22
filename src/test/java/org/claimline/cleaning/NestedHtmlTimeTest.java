package org.claimline.cleaning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Pathological markup costs time in proportion to its size: unclosed nested {@code <div>}s at 1, 4 and 16 MB,
 * timed in one run and compared as ratios (no wall-clock threshold).
 */
class NestedHtmlTimeTest {
    private static byte[] nested(int bytes) {
        StringBuilder b = new StringBuilder(bytes + 16).append("<html><body>");
        while (b.length() < bytes) {
            b.append("<div>x ");
        }
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static long millis(byte[] page) {
        long t = System.nanoTime();
        try {
            new ArticleCleaner().clean(page, "nested.html");
        } catch (CleaningException e) {
            // a page of crumbs may hold no article; the time is what is measured
        }
        return Math.max(1, (System.nanoTime() - t) / 1_000_000);
    }

    @Test
    void unclosedNestedDivsCleanInTimeLinearInTheirSize() {
        millis(nested(256 * 1024)); // warm up the JIT so the first size is not charged for it
        int mb = 1 << 20;
        long t1 = millis(nested(mb));
        long t4 = millis(nested(4 * mb));
        long t16 = millis(nested(16 * mb));
        String report = "1 MB " + t1 + " ms, 4 MB " + t4 + " ms, 16 MB " + t16 + " ms";
        // linear growth is a ratio of 4 per step; allow twice that for noise on a busy machine, far below the
        // 16-fold (per step) that a quadratic pass shows
        assertTrue(t4 <= 8 * t1 + 200, report);
        assertTrue(t16 <= 8 * t4 + 200, report);
        assertTrue(t16 <= 32 * t1 + 400, report);
    }
}
