package org.claimline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SpoolTest {
    @Test
    void keepsOrderAcrossMemoryAndTheTemporaryFile() throws Exception {
        StringBuilder pending = new StringBuilder();
        StringWriter out = new StringWriter();
        try (Spool spool = new Spool(10)) {
            assertTrue(spool.isEmpty(pending));
            pending.append("short");
            spool.offer(pending);
            assertEquals("short", pending.toString(), "under the limit it stays in memory");
            pending.append(" and now longer \u00e9\uD83D\uDE00");
            spool.offer(pending);
            assertEquals(0, pending.length(), "spilled");
            assertFalse(spool.isEmpty(pending));
            pending.append(" tail");
            spool.writeTo(out, pending);
        }
        assertEquals("short and now longer \u00e9\uD83D\uDE00 tail", out.toString());
    }
}
