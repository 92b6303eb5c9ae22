package org.claimline.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimline.model.Actor;
import org.claimline.model.Issue;
import org.claimline.model.Taxonomy;
import org.junit.jupiter.api.Test;

class TaxonomyTextTest {
    @Test
    void roundTripsAndSkipsGarbage() {
        Taxonomy t = new Taxonomy(List.of(new Issue("a", "Korea–China alignment", "#aabbcc")),
                List.of(new Actor("k", "Korea", List.of("ROK", "South Korea")), new Actor("j", "Japan", List.of())));
        assertEquals(t, TaxonomyText.read(TaxonomyText.write(t)));
        assertEquals(Taxonomy.empty(), TaxonomyText.read("issue\tx\ty\tnot-a-colour\nnonsense\n"));
        assertEquals(Taxonomy.empty(), TaxonomyText.read(null));
    }
}
