package org.claimline.ui.common;

import java.util.Optional;
import org.claimline.model.Coder;
import org.claimline.ui.common.UiPreferences;

/**
 * The analyst's identity in the preferences: name, optional initials and optional ORCID iD, recorded as the
 * {@code creator} of the claims they make (in sidecars and exports) instead of the account name. No toolkit.
 */
public final class CoderIdentity {
    public static final String NAME = "coder.name";
    public static final String INITIALS = "coder.initials";
    public static final String ORCID = "coder.orcid";

    private final UiPreferences prefs;

    public CoderIdentity(UiPreferences prefs) {
        this.prefs = prefs;
    }

    public String name() {
        return prefs.get(NAME, "").strip();
    }

    public String initials() {
        return prefs.get(INITIALS, "").strip();
    }

    /** The ORCID iD as its IRI, or empty. */
    public String orcid() {
        return prefs.get(ORCID, "").strip();
    }

    /**
     * Saves the three values, or says why it cannot (an ORCID iD that is mistyped, initials too long, initials
     * or an ORCID iD without a name); nothing is saved then.
     */
    public Optional<String> save(String name, String initials, String orcid) {
        String n = name == null ? "" : name.strip();
        String i = initials == null ? "" : initials.strip();
        String o = orcid == null ? "" : orcid.strip();
        Optional<String> problem = Coder.orcidProblem(o);
        if (problem.isPresent()) {
            return problem;
        }
        if (i.length() > 12 || i.matches(".*[\\[\\]<>].*")) {
            return Optional.of("Initials are a few letters, like AL or A.L.");
        }
        if (n.isEmpty() && !(i.isEmpty() && o.isEmpty())) {
            return Optional.of("Give your name too: the initials and ORCID iD go with it.");
        }
        if (n.matches(".*[<>].*")) {
            return Optional.of("A name cannot contain < or >.");
        }
        prefs.put(NAME, n);
        prefs.put(INITIALS, i);
        prefs.put(ORCID, o.isEmpty() ? "" : Coder.orcidIri(o).orElseThrow());
        return Optional.empty();
    }

    /**
     * What a new claim records as its creator: the coder of the preferences (with initials and ORCID iD where
     * given), else the account name.
     */
    public static String creator(UiPreferences prefs) {
        CoderIdentity id = new CoderIdentity(prefs);
        if (id.name().isEmpty()) {
            return System.getProperty("user.name", "");
        }
        String orcid = Coder.orcidIri(id.orcid()).orElse(null);
        return new Coder(id.name(), id.initials(), orcid).creator();
    }
}
