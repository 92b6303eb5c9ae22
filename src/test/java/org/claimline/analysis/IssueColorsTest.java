package org.claimline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IssueColorsTest {
    @Test
    void aColourMeansOneIssue() {
        Map<String, String> c = IssueColors.assign(List.of("Trade", "History", Dimension.NO_ISSUE, "Security"),
                Map.of("Trade", "#E8A33D", "History", "#e8a33d", "Security", "not a colour"));
        assertEquals("#e8a33d", c.get("Trade"));
        assertEquals(IssueColors.MISSING, c.get(Dimension.NO_ISSUE));
        assertEquals("#4a90d9", c.get("History"), "a taken colour gives way to the first free palette colour");
        assertEquals("#d0576b", c.get("Security"));
    }

    @Test
    void aFilterNeverChangesAColour() {
        ClaimsTable t = AnalysisFixture.table();
        Map<String, String> all = t.colorsByIssue();
        assertEquals(List.of("Trade", "History", "Security", Dimension.NO_ISSUE), List.copyOf(all.keySet()));
        assertEquals("#1f77b4", all.get("Trade"));
        assertEquals("#2ca02c", all.get("History"));
        assertEquals("#ff7f0e", all.get("Security"));
        assertEquals(IssueColors.MISSING, all.get(Dimension.NO_ISSUE));
        assertTrue(all == t.colorsByIssue(), "computed once per table");
    }

    @Test
    void manyIssuesStayDistinct() {
        List<String> issues = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            issues.add("Issue " + i);
        }
        Map<String, String> c = IssueColors.assign(issues, Map.of());
        assertEquals(40, new HashSet<>(c.values()).size());
        assertTrue(c.values().stream().allMatch(v -> v.matches("#[0-9a-f]{6}")));
    }
}
