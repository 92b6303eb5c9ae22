package org.claimline.storage;

import java.time.Instant;
import java.util.List;
import org.claimline.model.Actor;
import org.claimline.model.Anchor;
import org.claimline.model.AnchorStatus;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Claim;
import org.claimline.model.Issue;
import org.claimline.model.Stance;
import org.claimline.model.Taxonomy;
import org.claimline.model.TextQuote;
import org.claimline.model.TextRange;

/** A small article text with non-BMP characters and claims that use every field. */
final class SidecarFixtures {
    static final String TEXT = "Seoul and Tokyo 😀 argue again.\n\n"
            + "The 𠀀 GSOMIA pact \"expired\" quietly, officials said 🇰🇷.\n\n"
            + "Moon Jae-in, Abe: both blamed history; both blamed history.";

    static final Taxonomy TAXONOMY = new Taxonomy(
            List.of(new Issue("i-gsomia", "GSOMIA", "#1f77b4"), new Issue("i-history", "History 😀", "#ff7f0e")),
            List.of(new Actor("a-korea", "South Korea", List.of("Korea", "ROK")), new Actor("a-japan", "Japan", List.of())));

    private SidecarFixtures() {
    }

    static TextRange find(String s, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = TEXT.indexOf(s, at + 1);
        }
        if (at < 0) {
            throw new IllegalArgumentException(s);
        }
        return new TextRange(at, at + s.length());
    }

    static Claim claim(String id, String quote, int occurrence) {
        TextRange r = find(quote, occurrence);
        return new Claim(id, Anchor.exact(TEXT, r), "", List.of(), List.of(), Stance.UNCLEAR, "", List.of(),
                null, null, null);
    }

    static AnnotationSet full() {
        TextRange pact = find("𠀀 GSOMIA pact \"expired\"", 0);
        Claim c1 = new Claim("0b7a3c1e-6a55-4c3e-9d7e-2f1a8e5b9c10", Anchor.exact(TEXT, pact),
                "The pact lapsed 😀", List.of("i-gsomia", "i-history"), List.of("a-korea", "a-japan"), Stance.OPPOSES,
                "Check date,\nsecond line", List.of("security", "𠀀tag"),
                Instant.parse("2026-11-25T10:15:30.123456789Z"), Instant.parse("2026-11-25T11:00:00Z"), "Ana Analyst");
        TextRange hist = find("both blamed history", 1);
        Claim c2 = new Claim("claim-2", new Anchor(TextQuote.of(TEXT, hist), hist, AnchorStatus.FUZZY, 0.8734),
                "", List.of("i-history"), List.of(), Stance.SUPPORTS, "", List.of(), Instant.parse("2026-01-01T00:00:00Z"),
                null, null);
        TextRange flag = find("🇰🇷", 0);
        Claim c3 = new Claim("http://example.org/anno/3", new Anchor(TextQuote.of(TEXT, flag), flag, AnchorStatus.MOVED, 1.0),
                "flag", List.of(), List.of("a-korea"), Stance.NEUTRAL, "", List.of(), null, null, "bo");
        Claim orphan = new Claim("4d2c8f9a-1111-4222-8333-944455556666",
                new Anchor(new TextQuote("a passage that is gone 😀", "before ", " after"), null, AnchorStatus.ORPHAN, 0.0),
                "lost", List.of(), List.of(), Stance.UNCLEAR, "n", List.of("t"), null, null, null);
        return new AnnotationSet(TAXONOMY, List.of(c1, c2, c3, orphan));
    }

    static DocumentInfo document() {
        return new DocumentInfo("korea-japan 😀.txt", "ab".repeat(32), Hashes.sha256(TEXT),
                (long) TEXT.codePointCount(0, TEXT.length()), "1", "Seoul and Tokyo", "A. Writer, B. Writer", "2020-01-04T10:38");
    }
}
