package org.claimline.storage;

import java.util.UUID;

/**
 * Claim ids in the model are bare (usually a UUID); in JSON-LD they must be IRIs. A UUID becomes
 * {@code urn:uuid:…}, a token without a scheme {@code urn:claimline:claim:…}; an IRI stays as it is.
 */
public final class ClaimIds {
    private static final String UUID_URN = "urn:uuid:";
    private static final String TOKEN_URN = "urn:claimline:claim:";

    private ClaimIds() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static String toIri(String id) {
        if (isUuid(id)) {
            return UUID_URN + id;
        }
        return id.indexOf(':') > 0 && !id.startsWith(UUID_URN) && !id.startsWith(TOKEN_URN) ? id : TOKEN_URN + id;
    }

    public static String fromIri(String iri) {
        if (iri.startsWith(UUID_URN) && isUuid(iri.substring(UUID_URN.length()))) {
            return iri.substring(UUID_URN.length());
        }
        if (iri.startsWith(TOKEN_URN)) {
            return iri.substring(TOKEN_URN.length());
        }
        return iri;
    }

    private static boolean isUuid(String s) {
        if (s.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(s).toString().equalsIgnoreCase(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
