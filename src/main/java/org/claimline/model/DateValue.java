package org.claimline.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** A publication date, with or without a time of day (as pages give them). ISO-8601 in and out. */
public record DateValue(LocalDate date, LocalTime time) implements Comparable<DateValue> {

    public DateValue {
        Objects.requireNonNull(date, "date");
    }

    public static DateValue of(LocalDate date) {
        return new DateValue(date, null);
    }

    public static DateValue of(LocalDateTime dateTime) {
        return new DateValue(dateTime.toLocalDate(), dateTime.toLocalTime());
    }

    public boolean hasTime() {
        return time != null;
    }

    /** {@code 2020-01-04} or {@code 2020-01-04T10:38} (seconds only when non-zero). */
    public String toIso() {
        return time == null ? date.toString() : LocalDateTime.of(date, time).toString();
    }

    /** Parses what {@link #toIso()} writes; returns null for null, blank or unparsable input. */
    public static DateValue parseIso(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        String s = iso.trim();
        try {
            if (s.length() <= 10) {
                return of(LocalDate.parse(s));
            }
            return of(LocalDateTime.parse(s));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public int compareTo(DateValue o) {
        int c = date.compareTo(o.date);
        if (c != 0) {
            return c;
        }
        LocalTime a = time == null ? LocalTime.MIN : time;
        LocalTime b = o.time == null ? LocalTime.MIN : o.time;
        return a.compareTo(b);
    }

    @Override
    public String toString() {
        return toIso();
    }
}
