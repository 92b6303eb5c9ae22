package org.claimline.cleaning;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimline.model.DateValue;

/**
 * Publication dates as pages print them: ISO ({@code 2020-01-04 10:38}, {@code 2020-01-04T10:38:00Z}),
 * {@code January 4, 2020 9:02 AM}, {@code 4 January 2020}, {@code Jan. 4, 2020}, {@code 2020/01/04},
 * {@code 04.01.2020}, with an optional label ({@code Posted}, {@code Updated}…). English month names only.
 */
public final class DatePatterns {

    /** What a label in front of a date says it is. */
    public enum Label { PUBLISHED, UPDATED, NONE }

    /** A date found in a line, where it was and what its label says. */
    public record Found(DateValue value, Label label, int start, int end) {
    }

    /** Lines longer than this are not searched: dates of interest sit on short lines, and it keeps time linear. */
    public static final int MAX_LINE = 400;

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String TIME = "(?:(?:\\s*(?:,|at|@|-|\\|)?\\s*)(\\d{1,2})[:.](\\d{2})(?::\\d{2})?\\s*([ap]\\.?m\\.?)?)?";

    private static final Pattern ISO = Pattern.compile(
            "\\b(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T\\s]+(\\d{1,2}):(\\d{2})(?::\\d{2})?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern MDY = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern DMY = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_DMY = Pattern.compile(
            "\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATED = Pattern.compile(
            "(?i)\\b(updated?|modified|last\\s+updated|edited|revised|aktualisiert|mis\\s+à\\s+jour|actualizado)\\b");
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?i)\\b(posted|published|first\\s+published|created|released|date|veröffentlicht|publié|publicado)\\b");

    private DatePatterns() {
    }

    /** The first date in {@code line}, or null. Never throws. */
    public static Found find(String line) {
        if (line == null || line.isEmpty() || line.length() > MAX_LINE) {
            return null;
        }
        Found best = null;
        for (Found f : new Found[] {iso(line), mdy(line), dmy(line), numericDmy(line)}) {
            if (f != null && (best == null || f.start() < best.start())) {
                best = f;
            }
        }
        return best;
    }

    /** Every date of {@code line} is labelled by the nearest label word before it. */
    public static Found findLabeled(String line) {
        Found f = find(line);
        if (f == null) {
            return null;
        }
        String before = line.substring(0, f.start());
        int u = lastMatch(UPDATED, before);
        int p = lastMatch(PUBLISHED, before);
        Label label = u < 0 && p < 0 ? Label.NONE : u > p ? Label.UPDATED : Label.PUBLISHED;
        return new Found(f.value(), label, f.start(), f.end());
    }

    private static int lastMatch(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    private static Found iso(String s) {
        Matcher m = ISO.matcher(s);
        while (m.find()) {
            DateValue v = value(num(m.group(1)), num(m.group(2)), num(m.group(3)), m.group(4), m.group(5), null);
            if (v != null) {
                return new Found(v, Label.NONE, m.start(), m.end());
            }
        }
        return null;
    }

    private static Found mdy(String s) {
        Matcher m = MDY.matcher(s);
        while (m.find()) {
            DateValue v = value(num(m.group(3)), month(m.group(1)), num(m.group(2)), m.group(4), m.group(5), m.group(6));
            if (v != null) {
                return new Found(v, Label.NONE, m.start(), m.end());
            }
        }
        return null;
    }

    private static Found dmy(String s) {
        Matcher m = DMY.matcher(s);
        while (m.find()) {
            DateValue v = value(num(m.group(3)), month(m.group(2)), num(m.group(1)), m.group(4), m.group(5), m.group(6));
            if (v != null) {
                return new Found(v, Label.NONE, m.start(), m.end());
            }
        }
        return null;
    }

    private static Found numericDmy(String s) {
        Matcher m = NUMERIC_DMY.matcher(s);
        while (m.find()) {
            DateValue v = value(num(m.group(3)), num(m.group(2)), num(m.group(1)), m.group(4), m.group(5), m.group(6));
            if (v != null) {
                return new Found(v, Label.NONE, m.start(), m.end());
            }
        }
        return null;
    }

    private static int num(String s) {
        return s == null || s.length() > 4 ? -1 : Integer.parseInt(s);
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (n.startsWith(months[i])) {
                return i + 1;
            }
        }
        return -1;
    }

    private static DateValue value(int y, int mo, int d, String hh, String mm, String ampm) {
        if (y < 1900 || y > 2200) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(y, mo, d);
            if (hh == null || mm == null) {
                return DateValue.of(date);
            }
            int h = Integer.parseInt(hh);
            int min = Integer.parseInt(mm);
            if (ampm != null) {
                boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                if (h < 1 || h > 12) {
                    return DateValue.of(date);
                }
                h = h % 12 + (pm ? 12 : 0);
            }
            return new DateValue(date, LocalTime.of(h, min));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
