package org.claimline.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimIdsTest {
    @Test
    void everyKindOfIdSurvivesTheTripThroughAnIri() {
        for (String id : List.of("0b7a3c1e-6a55-4c3e-9d7e-2f1a8e5b9c10", "claim-2", "http://example.org/anno/3",
                "urn:uuid:not-a-uuid", "urn:claimline:claim:x", "a b")) {
            assertEquals(id, ClaimIds.fromIri(ClaimIds.toIri(id)), id);
        }
        assertEquals("urn:uuid:0b7a3c1e-6a55-4c3e-9d7e-2f1a8e5b9c10", ClaimIds.toIri("0b7a3c1e-6a55-4c3e-9d7e-2f1a8e5b9c10"));
        assertEquals("urn:claimline:claim:claim-2", ClaimIds.toIri("claim-2"));
        assertEquals("http://example.org/anno/3", ClaimIds.toIri("http://example.org/anno/3"));
    }

    @Test
    void aUuidUrnIsWrittenOnceAndEveryFormReadsBackToTheSameId() {
        String uuid = "0b7a3c1e-6a55-4c3e-9d7e-2f1a8e5b9c10";
        assertEquals("urn:uuid:" + uuid, ClaimIds.toIri("urn:uuid:" + uuid), "never urn:claimline:claim:urn:uuid:");
        assertEquals(uuid, ClaimIds.fromIri("urn:uuid:" + uuid));
        assertEquals(uuid, ClaimIds.fromIri("urn:claimline:claim:urn:uuid:" + uuid), "what earlier versions wrote");
        assertEquals(uuid, ClaimIds.fromIri(ClaimIds.toIri("urn:uuid:" + uuid)));
    }
}
