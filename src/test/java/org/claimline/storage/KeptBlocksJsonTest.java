package org.claimline.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.claimline.model.KeptBlocks;
import org.junit.jupiter.api.Test;

/** The analyst's choice of blocks in a sidecar: written, read back, and a damaged one never refuses the claims. */
class KeptBlocksJsonTest {
    private static final KeptBlocks CHOICE = new KeptBlocks(9, "ab".repeat(32),
            List.of(new KeptBlocks.Run(0, 2), new KeptBlocks.Run(4, 9)));

    private static byte[] encode(KeptBlocks k) {
        return SidecarCodec.encode(new SidecarFile(SidecarFixtures.document().withKeptBlocks(k), SidecarFixtures.full(),
                null), SidecarFixtures.TEXT);
    }

    @Test
    void aChoiceIsWrittenInTheDocumentAndReadBack() throws Exception {
        byte[] bytes = encode(CHOICE);
        String json = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(json.replaceAll("\\s+", "").contains("\"cl:keptBlocks\":{\"blocks\":9,\"sha256\":\""
                + "ab".repeat(32) + "\",\"kept\":[[0,2],[4,9]]}"), json);
        SidecarCodec.Decoded d = SidecarCodec.decode(bytes, SidecarFixtures.TEXT);
        assertEquals(CHOICE, d.file().document().keptBlocks());
        assertEquals(List.of(), d.warnings());
    }

    @Test
    void noChoiceWritesNothing() {
        String json = new String(encode(null), StandardCharsets.UTF_8);
        assertFalse(json.contains("keptBlocks"), json);
    }

    @Test
    void aDamagedChoiceIsAWarningAndTheClaimsStillLoad() throws Exception {
        String good = new String(encode(CHOICE), StandardCharsets.UTF_8);
        for (String bad : List.of("\"kept\": [[4, 9], [0, 2]]", "\"kept\": [[0, 12]]", "\"kept\": [[0]]",
                "\"kept\": \"all\"", "\"kept\": [[0.5, 2]]")) {
            String json = good.replaceAll("\"kept\"\\s*:\\s*\\[\\s*\\[\\s*0,\\s*2\\s*],\\s*\\[\\s*4,\\s*9\\s*]\\s*]", bad);
            assertTrue(json.contains(bad), json);
            SidecarCodec.Decoded d = SidecarCodec.decode(json.getBytes(StandardCharsets.UTF_8), SidecarFixtures.TEXT);
            assertNull(d.file().document().keptBlocks(), bad);
            assertEquals(SidecarFixtures.full(), d.file().annotations(), bad);
            assertTrue(d.warnings().stream().anyMatch(w -> w.contains("cl:keptBlocks")), bad + " " + d.warnings());
        }
    }
}
