package org.claimline.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The one way dates are written for a person to read (the reader's header, exports meant to be read, the
 * interface): the locale's long date, "4 January 2020" (en-GB), "January 4, 2020" (en-US), "4. Januar 2020" (de),
 * with the time after a comma when the page gave one ("4 January 2020, 10:38"). Machine formats (sidecars, CSV,
 * JSON-LD, QDPX) keep {@link DateValue#toIso()}.
 *
 * <p>English locales are spelled out here, as the JDK's CLDR data writes them (a test holds the two equal): a
 * locale-aware {@link DateTimeFormatter} loads the JDK's locale data (~50 ms), which the reader's first frame
 * would wait for.
 */
public final class HumanDates {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private HumanDates() {
    }

    /** {@code d} for a person reading in the default locale (the format category). */
    public static String format(DateValue d) {
        return format(d, Locale.getDefault(Locale.Category.FORMAT));
    }

    /** {@code d} for a person reading in {@code locale}: the long date, then ", time" when {@code d} has one. */
    public static String format(DateValue d, Locale locale) {
        String day = day(d.date(), locale);
        return d.hasTime() ? day + ", " + time(d.time(), locale) : day;
    }

    /** The long date of {@code date} alone, as {@link #format(DateValue, Locale)} writes it. */
    public static String day(LocalDate date, Locale locale) {
        if (isEnglish(locale)) {
            String month = MONTHS[date.getMonthValue() - 1];
            return usesMonthFirst(locale) ? month + " " + date.getDayOfMonth() + ", " + date.getYear()
                    : date.getDayOfMonth() + " " + month + " " + date.getYear();
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** The time of day as the locale writes it short: "10:38", "10:38 AM" in the United States. */
    public static String time(LocalTime time, Locale locale) {
        if (isEnglish(locale)) {
            if (usesMonthFirst(locale)) {
                int h = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
                return h + ":" + two(time.getMinute()) + " " + (time.getHour() < 12 ? "AM" : "PM");
            }
            return two(time.getHour()) + ":" + two(time.getMinute());
        }
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    private static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage()) && usesKnownEnglishForm(locale);
    }

    /** The English regions whose long date this class spells out; other ones ask the JDK. */
    private static boolean usesKnownEnglishForm(Locale locale) {
        String c = locale.getCountry();
        return usesMonthFirst(locale) || c.equals("GB") || c.equals("IE");
    }

    private static boolean usesMonthFirst(Locale locale) {
        String c = locale.getCountry();
        return c.isEmpty() || c.equals("US");
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
