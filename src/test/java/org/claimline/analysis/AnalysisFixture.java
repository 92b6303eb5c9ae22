package org.claimline.analysis;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.claimline.model.AnchorStatus;
import org.claimline.model.Stance;

/**
 * A hand-built corpus whose answers are worked out by hand in the tests: claims with several issues and
 * actors, an undated article without outlet, an orphaned claim, a claim without issue, one without actor,
 * one without coder, an article without claims, and an unreadable file.
 */
public final class AnalysisFixture {
    private AnalysisFixture() {
    }

    static SourceClaim claim(String id, List<String> issues, List<String> actors, Stance stance, String coder) {
        return claim(id, issues, actors, stance, coder, AnchorStatus.ANCHORED, "");
    }

    static SourceClaim claim(String id, List<String> issues, List<String> actors, Stance stance, String coder,
                             AnchorStatus status, String note) {
        return new SourceClaim(id, "Quote of " + id, "Summary of " + id, issues, actors, stance, note, status, coder,
                Instant.parse("2026-01-01T10:00:00Z"));
    }

    public static List<SourceArticle> articles() {
        SourceArticle a1 = new SourceArticle(Path.of("herald/one.txt"), "herald/one.txt", "Trade war looms", "Herald",
                LocalDate.of(2020, 1, 15), Map.of("Trade", "#1f77b4", "Security", "#ff7f0e"), List.of(
                claim("c1", List.of("Trade", "Security"), List.of("Japan", "Korea"), Stance.OPPOSES, "ann"),
                claim("c2", List.of("Trade"), List.of("Japan"), Stance.SUPPORTS, "bob")));
        SourceArticle a2 = new SourceArticle(Path.of("herald/two.txt"), "herald/two.txt", "Memory and apology",
                "Herald", LocalDate.of(2020, 3, 2), Map.of("History", "#2ca02c"), List.of(
                claim("c3", List.of("History"), List.of("Korea"), Stance.OPPOSES, "ann"),
                claim("c4", List.of(), List.of("Japan"), Stance.NEUTRAL, null, AnchorStatus.ORPHAN, "")));
        SourceArticle a3 = new SourceArticle(Path.of("misc/three.html"), "misc/three.html", null, null, null,
                Map.of("Trade", "#d62728"), List.of(
                claim("c5", List.of("Trade"), List.of("Japan", "USA"), Stance.OPPOSES, "ann"),
                claim("c6", List.of("Trade", "History"), List.of(), Stance.UNCLEAR, "bob")));
        SourceArticle a4 = new SourceArticle(Path.of("times/four.txt"), "times/four.txt", "Alliance matters",
                "Times", LocalDate.of(2020, 2, 20), Map.of(), List.of(
                claim("c7", List.of("Security"), List.of("USA"), Stance.SUPPORTS, "ann", AnchorStatus.FUZZY,
                        "An apology demanded, <b>loudly</b> & \"twice\"")));
        SourceArticle a5 = new SourceArticle(Path.of("times/five.txt"), "times/five.txt", "Nothing claimed", "Times",
                LocalDate.of(2019, 12, 31), Map.of(), List.of());
        return List.of(a1, a2, a3, a4, a5);
    }

    public static ClaimsTable table() {
        return ClaimsTable.of("fixture", articles(),
                List.of(new ClaimsTable.Problem("broken.txt", "The claims file is not valid JSON.")));
    }

    static List<String> ids(List<ClaimRow> rows) {
        return rows.stream().map(r -> r.claim().id()).toList();
    }
}
