package org.claimline.model;

import java.util.UUID;

/**
 * Claim ids in the model are bare (usually a UUID); where claims leave Claimline (the sidecar, JSON-LD, the
 * CSV's id column) they are IRIs, the same in every format. A UUID becomes {@code urn:uuid:…}; an IRI stays
 * as it is (also {@code urn:uuid:<uuid>}, which earlier versions' reader created and wrote doubled as
 * {@code urn:claimline:claim:urn:uuid:…}); a token without a scheme becomes {@code urn:claimline:claim:…}.
 * Reading undoes this, so every written form, the doubled one included, gives back the same bare id.
 */
public final class ClaimIri {
    private static final String UUID_URN = "urn:uuid:";
    private static final String TOKEN_URN = "urn:claimline:claim:";

    private ClaimIri() {
    }

    public static String of(String id) {
        if (isUuid(id) || isUuidUrn(id)) {
            return UUID_URN + canonical(id);
        }
        return id.indexOf(':') > 0 && !id.startsWith(UUID_URN) && !id.startsWith(TOKEN_URN) ? id : TOKEN_URN + id;
    }

    public static String idOf(String iri) {
        String s = iri.startsWith(TOKEN_URN) ? iri.substring(TOKEN_URN.length()) : iri;
        if (isUuidUrn(s)) {
            return s.substring(UUID_URN.length());
        }
        return s;
    }

    /** A bare UUID for a {@code urn:uuid:<uuid>} id; any other id as it is. */
    public static String canonical(String id) {
        return isUuidUrn(id) ? id.substring(UUID_URN.length()) : id;
    }

    private static boolean isUuidUrn(String s) {
        return s.startsWith(UUID_URN) && isUuid(s.substring(UUID_URN.length()));
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
