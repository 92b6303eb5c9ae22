package org.claimline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HumanDatesTest {
    private static final DateValue DAY = DateValue.parseIso("2020-01-04");
    private static final DateValue WITH_TIME = DateValue.parseIso("2020-01-04T10:38");

    @Test
    void longDateInTheReadersLocaleWithTheTimeAfterAComma() {
        assertEquals("4 January 2020", HumanDates.format(DAY, Locale.UK));
        assertEquals("January 4, 2020", HumanDates.format(DAY, Locale.US));
        assertEquals("4 January 2020, 10:38", HumanDates.format(WITH_TIME, Locale.UK));
        assertEquals("January 4, 2020, 10:38 AM", HumanDates.format(WITH_TIME, Locale.US));
        assertEquals("4. Januar 2020", HumanDates.format(DAY, Locale.GERMANY));
        assertEquals("4 janvier 2020, 10:38", HumanDates.format(WITH_TIME, Locale.FRANCE));
    }

    @Test
    void spelledOutEnglishAgreesWithTheJdksLocaleData() {
        List<Locale> english = List.of(Locale.ENGLISH, Locale.US, Locale.UK, new Locale("en", "IE"),
                new Locale("en", "AU"), new Locale("en", "NZ"), new Locale("en", "IN"));
        for (Locale l : english) {
            for (LocalDate d = LocalDate.of(2019, 12, 25); d.isBefore(LocalDate.of(2021, 1, 3)); d = d.plusDays(9)) {
                assertEquals(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l).format(d),
                        HumanDates.day(d, l), l + " " + d);
            }
            for (int h = 0; h < 24; h += 5) {
                LocalTime t = LocalTime.of(h, 7);
                assertEquals(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(l).format(t)
                        .replace('\u202F', ' '), HumanDates.time(t, l), l + " " + t);
            }
        }
        assertEquals(HumanDates.format(DateValue.of(LocalDateTime.of(2020, 1, 4, 0, 5)), Locale.US),
                "January 4, 2020, 12:05 AM");
    }
}
