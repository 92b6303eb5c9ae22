package org.claimline.cleaning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Pathological markup costs time in proportion to its size: unclosed nested {@code <div>}s at 1, 4 and 16 MB,
 * timed in one run and compared as ratios (no wall-clock threshold). The time is the cleaning thread's own CPU
 * time: what the algorithm costs, without the collector's threads or other processes on a busy machine (on CI the
 * wall clock once read 1 MB 321 ms, 4 MB 2,921 ms, 16 MB 10,709 ms: a heap shrunk by each collection and grown
 * again, not the cleaner).
 */
class NestedHtmlTimeTest {
    private static byte[] nested(int bytes) {
        StringBuilder b = new StringBuilder(bytes + 16).append("<html><body>");
        while (b.length() < bytes) {
            b.append("<div>x ");
        }
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long millis(byte[] page) {
        long t = THREADS.getCurrentThreadCpuTime();
        try {
            new ArticleCleaner().clean(page, "nested.html");
        } catch (CleaningException e) {
            // a page of crumbs may hold no article; the time is what is measured
        }
        return Math.max(1, (THREADS.getCurrentThreadCpuTime() - t) / 1_000_000);
    }

    /** The better of two runs, each after a collection: one run alone was charged now and then for the JIT. */
    private static long best(byte[] page) {
        System.gc();
        long first = millis(page);
        System.gc();
        return Math.min(first, millis(page));
    }

    @Test
    void cpuTimeIsMeasured() {
        assertTrue(THREADS.isCurrentThreadCpuTimeSupported(), "this JVM cannot tell a thread's CPU time");
    }

    @Test
    void unclosedNestedDivsCleanInTimeLinearInTheirSize() {
        int mb = 1 << 20;
        millis(nested(mb)); // warm up the JIT so the first size is not charged for it
        long t1 = best(nested(mb));
        long t4 = best(nested(4 * mb));
        long t16 = best(nested(16 * mb));
        String report = "CPU time: 1 MB " + t1 + " ms, 4 MB " + t4 + " ms, 16 MB " + t16 + " ms";
        System.out.println(report);
        // linear growth is a ratio of 4 per step; allow twice that for noise on a busy machine, far below the
        // 16-fold (per step) that a quadratic pass shows
        assertTrue(t4 <= 8 * t1 + 200, report);
        assertTrue(t16 <= 8 * t4 + 200, report);
        assertTrue(t16 <= 32 * t1 + 400, report);
    }
}
