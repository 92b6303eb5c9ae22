package org.claimline.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analyst who made a claim: a name, optional initials and an optional ORCID iD. A claim records it as one
 * string ({@link #creator()}: {@code Name}, {@code Name [AL]}, {@code Name [AL] <https://orcid.org/…>}); the sidecar
 * and W3C exports write it as an agent ({@code {"type":"Person","id":ORCID IRI,"name":…,"nickname":initials}}).
 */
public record Coder(String name, String initials, String orcid) {
    public static final String ORCID_PREFIX = "https://orcid.org/";
    private static final Pattern CREATOR = Pattern.compile(
            "^(.*?)(?:\\s+\\[([^\\[\\]<>]{1,12})])?(?:\\s+<(https://orcid\\.org/\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX])>)?$",
            Pattern.DOTALL);
    private static final Pattern ORCID = Pattern.compile("(\\d{4})-?(\\d{4})-?(\\d{4})-?(\\d{3}[\\dxX])");

    public Coder {
        name = name == null ? "" : name.strip();
        initials = initials == null || initials.isBlank() ? null : initials.strip();
        orcid = orcid == null || orcid.isBlank() ? null : orcid.strip();
    }

    /** The one string a claim records. */
    public String creator() {
        return name + (initials == null ? "" : " [" + initials + "]") + (orcid == null ? "" : " <" + orcid + ">");
    }

    /** Reads what {@link #creator()} wrote; any other string is a plain name. */
    public static Coder fromCreator(String creator) {
        if (creator == null) {
            return new Coder("", null, null);
        }
        Matcher m = CREATOR.matcher(creator.strip());
        if (m.matches() && !m.group(1).isBlank() && (m.group(2) != null || m.group(3) != null)) {
            return new Coder(m.group(1), m.group(2), m.group(3));
        }
        return new Coder(creator, null, null);
    }

    /**
     * An ORCID iD as its IRI ({@code https://orcid.org/0000-0002-1825-0097}), from the IRI or the bare 16 digits
     * (with or without hyphens); empty when it is not one or its check digit is wrong (ISO 7064 MOD 11-2).
     */
    public static Optional<String> orcidIri(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        for (String p : new String[] {ORCID_PREFIX, "http://orcid.org/", "orcid.org/"}) {
            if (s.toLowerCase(Locale.ROOT).startsWith(p)) {
                s = s.substring(p.length());
                break;
            }
        }
        Matcher m = ORCID.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = (m.group(1) + m.group(2) + m.group(3) + m.group(4)).toUpperCase(Locale.ROOT);
        if (checkDigit(digits.substring(0, 15)) != digits.charAt(15)) {
            return Optional.empty();
        }
        return Optional.of(ORCID_PREFIX + digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-"
                + digits.substring(8, 12) + "-" + digits.substring(12));
    }

    /** Why {@code text} is not an ORCID iD, in the analyst's words; empty when it is one (or is empty). */
    public static Optional<String> orcidProblem(String text) {
        if (text == null || text.isBlank() || orcidIri(text).isPresent()) {
            return Optional.empty();
        }
        String digits = text.strip().replaceFirst("(?i)^(https?://)?orcid\\.org/", "");
        if (!ORCID.matcher(digits).matches()) {
            return Optional.of("An ORCID iD is 16 characters in four groups, like 0000-0002-1825-0097 "
                    + "(the last may be X); \u201C" + text.strip() + "\u201D is not.");
        }
        return Optional.of("\u201C" + text.strip() + "\u201D is not a valid ORCID iD: its last character does not "
                + "match the others (a digit was probably mistyped). Copy it from your ORCID record.");
    }

    /** ISO 7064 MOD 11-2 check character of the first 15 digits of an ORCID iD. */
    static char checkDigit(String fifteen) {
        int total = 0;
        for (int i = 0; i < fifteen.length(); i++) {
            total = (total + (fifteen.charAt(i) - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        return result == 10 ? 'X' : (char) ('0' + result);
    }
}
