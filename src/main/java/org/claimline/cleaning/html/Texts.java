package org.claimline.cleaning.html;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimline.cleaning.common.Whitespace;
import org.claimline.model.DateValue;

/** Whitespace normalisation and date parsing shared by the HTML steps. */
final class Texts {
    private static final Pattern ISO_DATE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2}))?");

    private Texts() {
    }

    /** {@link Whitespace#normalize(String)}, the cleaner's one whitespace normaliser. */
    static String normalize(String s) {
        return Whitespace.normalize(s);
    }

    static boolean isSpace(char c) {
        return Whitespace.isSpace(c);
    }

    static String blankToNull(String s) {
        String n = normalize(s);
        return n.isEmpty() ? null : n;
    }

    /**
     * The date (and time to the minute) an ISO-8601-like value gives, as written: the offset is dropped
     * rather than converted, because pages print their local time and readers expect that one.
     */
    static DateValue parseDate(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(s.trim());
        if (!m.lookingAt()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return DateValue.of(d);
            }
            return DateValue.of(LocalDateTime.of(d, LocalTime.of(Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)))));
        } catch (RuntimeException e) {
            return null;
        }
    }

    static int countChar(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    static int wordCount(String s) {
        String n = normalize(s);
        return n.isEmpty() ? 0 : n.split(" ").length;
    }
}
