package org.claimline.storage;

import java.util.UUID;
import org.claimline.model.ClaimIri;

/** Claim ids to and from the IRIs W3C annotations need; the rules are {@link ClaimIri}'s. */
public final class ClaimIds {
    private ClaimIds() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static String toIri(String id) {
        return ClaimIri.of(id);
    }

    public static String fromIri(String iri) {
        return ClaimIri.idOf(iri);
    }
}
