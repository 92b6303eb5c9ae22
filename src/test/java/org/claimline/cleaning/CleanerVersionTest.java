package org.claimline.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CleanerVersionTest {
    @Test
    void theVersionIsDerivedFromTheCleanersOwnFiles() {
        String v = ArticleCleaner.version();
        assertTrue(v.matches("2\\.[0-9a-f]{12}"), v);
        assertEquals(v, CleanerVersion.compute(), "the same build always gives the same version");
    }

    @Test
    void anyChangeToARuleOrTableChangesTheVersion() {
        List<CleanerVersion.Entry> rules = List.of(new CleanerVersion.Entry("a.class", new byte[] {1, 2}),
                new CleanerVersion.Entry("b.txt", new byte[] {3}));
        String before = CleanerVersion.digest(rules);
        assertEquals(before, CleanerVersion.digest(List.of(rules.get(1), rules.get(0))), "order of listing is irrelevant");
        assertNotEquals(before, CleanerVersion.digest(List.of(rules.get(0),
                new CleanerVersion.Entry("b.txt", new byte[] {4}))), "a changed table");
        assertNotEquals(before, CleanerVersion.digest(List.of(rules.get(0))), "a removed rule");
        assertNotEquals(before, CleanerVersion.digest(List.of(rules.get(0),
                new CleanerVersion.Entry("c.txt", new byte[] {3}))), "a renamed file");
    }
}
