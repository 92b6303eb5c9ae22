package org.claimline.storage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The IRI a W3C target's {@code source} gives for the cleaned text its positions count over: an RFC 6920
 * named-information URI of the text's SHA-256 ({@code ni:///sha-256;<base64url>}), absolute and the same on
 * every machine, unlike the article's file name (which stays in {@code cl:document}).
 */
public final class TextSource {
    static final String PREFIX = "ni:///sha-256;";

    private TextSource() {
    }

    /** The IRI of this cleaned text. */
    public static String iri(String text) {
        return fromSha256Hex(Hashes.sha256(text));
    }

    /** The IRI for a text known only by its hex SHA-256 ({@code cl:textSha256}). */
    static String fromSha256Hex(String hex) {
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(HexFormat.of().parseHex(hex));
    }

    /** The hex SHA-256 named by a {@code ni:///sha-256;…} IRI, or null for any other source. */
    static String sha256Hex(String iri) {
        if (iri == null || !iri.startsWith(PREFIX)) {
            return null;
        }
        try {
            byte[] digest = Base64.getUrlDecoder().decode(iri.substring(PREFIX.length()));
            return digest.length == 32 ? HexFormat.of().formatHex(digest) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** What a target names when neither the text nor its hash is known: the file name in a Claimline URN. */
    static String forUnknownText(DocumentInfo d) {
        if (d.textSha256() != null && d.textSha256().matches("[0-9a-fA-F]{64}")) {
            return fromSha256Hex(d.textSha256());
        }
        String name = d.sourceName() == null ? "" : d.sourceName();
        return "urn:claimline:document:" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
