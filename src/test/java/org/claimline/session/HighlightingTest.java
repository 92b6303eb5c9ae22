package org.claimline.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.claimline.model.Anchor;
import org.claimline.model.Claim;
import org.claimline.model.Issue;
import org.claimline.model.Stance;
import org.claimline.model.Taxonomy;
import org.claimline.model.TextRange;
import org.junit.jupiter.api.Test;

class HighlightingTest {
    private static final String TEXT = "x".repeat(200);
    private static final Taxonomy TAX = new Taxonomy(List.of(new Issue("a", "A", "#111111"),
            new Issue("b", "B", "#222222")), List.of());
    private final Highlighting h = new Highlighting(new StyleInterner());

    private static Claim claim(String id, int s, int e, String... issues) {
        TextRange r = new TextRange(s, e);
        return new Claim(id, Anchor.exact(TEXT, r), id, List.of(issues), List.of(), Stance.UNCLEAR, "", List.of(),
                Instant.EPOCH, Instant.EPOCH, "");
    }

    private List<Highlighting.Span> run(List<Claim> cs, ClaimFilter f, String sel, List<TextRange> find, int cur) {
        return h.compute(new Highlighting.Input(cs, TAX, f, sel, find, cur));
    }

    @Test
    void overlappingClaimsSplitIntoStyledPieces() {
        List<Claim> cs = List.of(claim("1", 10, 30, "a"), claim("2", 20, 40, "b"), claim("3", 50, 60));
        List<Highlighting.Span> spans = run(cs, null, "2", List.of(), -1);
        assertEquals(4, spans.size());
        assertEquals(new TextRange(10, 20), new TextRange(spans.get(0).start(), spans.get(0).end()));
        assertEquals(List.of("claim", "issue-0"), spans.get(0).classes());
        assertEquals(List.of("claim", "issue-1", "overlap", "claim-selected"), spans.get(1).classes());
        assertEquals(List.of("claim", "issue-1", "claim-selected"), spans.get(2).classes());
        assertEquals(40, spans.get(2).end());
        assertEquals(List.of("claim", "issue-none"), spans.get(3).classes());
    }

    @Test
    void filterDimsNonMatchingAndFindMarksMatches() {
        List<Claim> cs = List.of(claim("1", 10, 20, "a"), claim("2", 30, 40, "b"));
        ClaimFilter f = ClaimFilter.NONE.withIssues(Set.of("b"));
        List<Highlighting.Span> spans = run(cs, f, null, List.of(new TextRange(15, 18), new TextRange(50, 52)), 1);
        assertTrue(spans.get(0).classes().contains("dimmed"));
        assertEquals(List.of("claim", "issue-0", "dimmed", "find-match"), spans.get(1).classes());
        assertEquals(List.of("claim", "issue-1"), spans.stream().filter(s -> s.start() == 30).findFirst()
                .orElseThrow().classes());
        assertEquals(List.of("find-current"), spans.get(spans.size() - 1).classes());
    }

    @Test
    void styleListsAreInterned() {
        List<Claim> cs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            cs.add(claim("c" + i, i * 4, i * 4 + 2, "a"));
        }
        List<Highlighting.Span> spans = run(cs, null, null, List.of(), -1);
        assertEquals(50, spans.size());
        for (Highlighting.Span s : spans) {
            assertSame(spans.get(0).classes(), s.classes());
        }
        assertEquals(1, h.interner().size());
    }

    @Test
    void spansAreSortedDisjointAndCoverExactlyTheClaims() {
        Random rnd = new Random(7);
        List<Claim> cs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int s = rnd.nextInt(190);
            cs.add(claim("c" + i, s, s + 1 + rnd.nextInt(9), rnd.nextBoolean() ? "a" : "b"));
        }
        List<Highlighting.Span> spans = run(cs, null, null, List.of(), -1);
        boolean[] covered = new boolean[TEXT.length()];
        cs.forEach(c -> {
            for (int i = c.range().start(); i < c.range().end(); i++) {
                covered[i] = true;
            }
        });
        boolean[] styled = new boolean[TEXT.length()];
        int prevEnd = 0;
        for (Highlighting.Span s : spans) {
            assertTrue(s.start() >= prevEnd && s.end() > s.start());
            prevEnd = s.end();
            for (int i = s.start(); i < s.end(); i++) {
                styled[i] = true;
            }
        }
        for (int i = 0; i < TEXT.length(); i++) {
            assertEquals(covered[i], styled[i], "offset " + i);
        }
    }

    @Test
    void clickPicksTheInnermostClaim() {
        List<Claim> cs = List.of(claim("outer", 0, 50), claim("inner", 10, 20));
        assertEquals("inner", Highlighting.claimAt(cs, 15).id());
        assertEquals("outer", Highlighting.claimAt(cs, 30).id());
        assertEquals(null, Highlighting.claimAt(cs, 60));
    }
}
