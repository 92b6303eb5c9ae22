package org.claimline.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.claimline.model.Coder;
import org.claimline.ui.common.MemoryPreferences;
import org.junit.jupiter.api.Test;

class CoderIdentityTest {
    @Test
    void orcidChecksumIsIso7064Mod112() {
        // ORCID's own examples, one with the X check character
        assertEquals(Optional.of("https://orcid.org/0000-0002-1825-0097"), Coder.orcidIri("0000-0002-1825-0097"));
        assertEquals(Optional.of("https://orcid.org/0000-0001-5109-3700"), Coder.orcidIri("https://orcid.org/0000-0001-5109-3700"));
        assertEquals(Optional.of("https://orcid.org/0000-0002-1694-233X"), Coder.orcidIri("000000021694233x"));
        assertEquals(Optional.empty(), Coder.orcidIri("0000-0002-1825-0098"), "one digit off");
        assertEquals(Optional.empty(), Coder.orcidIri("0000-0002-1852-0097"), "two digits swapped");
        assertTrue(Coder.orcidProblem("0000-0002-1825-0098").orElseThrow().contains("does not match"));
        assertTrue(Coder.orcidProblem("ana@example.org").orElseThrow().contains("16 characters"));
        assertEquals(Optional.empty(), Coder.orcidProblem(" "));
    }

    @Test
    void savesNameInitialsAndOrcidAndRefusesAMistypedOrcid() {
        MemoryPreferences prefs = new MemoryPreferences();
        CoderIdentity id = new CoderIdentity(prefs);
        Optional<String> wrong = id.save("Ana Analyst", "AA", "0000-0002-1825-0098");
        assertTrue(wrong.orElseThrow().contains("not a valid ORCID iD"), wrong.orElseThrow());
        assertEquals("", id.name(), "nothing saved");
        assertTrue(id.save("", "AA", "").orElseThrow().contains("name"));
        assertEquals(Optional.empty(), id.save(" Ana Analyst ", " AA ", "0000000218250097"));
        assertEquals("Ana Analyst", id.name());
        assertEquals("https://orcid.org/0000-0002-1825-0097", id.orcid());
        assertEquals("Ana Analyst [AA] <https://orcid.org/0000-0002-1825-0097>", CoderIdentity.creator(prefs));
        Coder back = Coder.fromCreator(CoderIdentity.creator(prefs));
        assertEquals(new Coder("Ana Analyst", "AA", "https://orcid.org/0000-0002-1825-0097"), back);
        assertEquals(Optional.empty(), id.save("Ana Analyst", "", ""));
        assertEquals("Ana Analyst", CoderIdentity.creator(prefs));
        assertEquals(new Coder("Kim (Seoul)", null, null), Coder.fromCreator("Kim (Seoul)"), "a plain name stays one");
    }
}
