package org.claimline.cleaning.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimline.model.DateValue;

/**
 * Publication dates as pages print them: ISO ({@code 2020-01-04 10:38}, {@code 2020-01-04T10:38:00Z}),
 * {@code January 4, 2020 9:02 AM}, {@code 4 January 2020}, {@code Jan. 4, 2020}, {@code 2020/01/04},
 * {@code 04.01.2020}, {@code 2020年1月4日}, {@code 2020년 1월 4일}, with an optional label ({@code Posted},
 * {@code Updated}, {@code Publié}, {@code 수정}…). Month names in English, German, French, Spanish, Italian,
 * Portuguese, Dutch and Indonesian, with their usual abbreviations ({@code 4. März 2020}, {@code 1 de diciembre de
 * 2017}, {@code 21.dez.2018 às 12h55}).
 */
public final class DatePatterns {

    /** What a label in front of a date says it is. */
    public enum Label { PUBLISHED, UPDATED, NONE }

    /** A date found in a line, where it was and what its label says. */
    public record Found(DateValue value, Label label, int start, int end) {
    }

    /** Lines longer than this are not searched: dates of interest sit on short lines, and it keeps time linear. */
    public static final int MAX_LINE = 400;

    /** Month names and abbreviations, lower case, with their month number. */
    private static final Map<String, Integer> MONTHS = months(
            "january jan|february feb|march mar|april apr|may|june jun|july jul|august aug|september sep sept"
                    + "|october oct|november nov|december dec",
            "januar jänner|februar|märz mär mrz|april|mai|juni|juli|august|september|oktober okt|november|dezember dez",
            "janvier janv|février févr fév|mars|avril avr|mai|juin|juillet juil|août|septembre|octobre|novembre"
                    + "|décembre déc",
            "enero ene|febrero|marzo|abril abr|mayo|junio|julio|agosto ago|septiembre setiembre|octubre|noviembre"
                    + "|diciembre dic",
            "gennaio gen|febbraio|marzo|aprile|maggio mag|giugno giu|luglio lug|agosto|settembre|ottobre ott"
                    + "|novembre|dicembre",
            "janeiro|fevereiro fev|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro",
            "januari|februari|maart mrt|april|mei|juni|juli|augustus|september|oktober|november|december",
            "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember");
    /**
     * A word that may be a month name; {@link #month} looks it up. One letter run rather than an alternation of every
     * name keeps the scan of each line cheap.
     */
    private static final String MONTH = "(\\p{L}{3,10})(?!\\p{L})\\.?";
    /** A four-digit year; pages glue the time to it ("Nov 19 20197:05 AM"). */
    private static final String YEAR = "(\\d{4})(?:\\b|(?=\\d{1,2}[:.h]\\d{2}))";
    private static final String TIME = "(?:(?:\\s*(?:,|at|@|-|\\||à|às|um|alle|a\\s+las|om|pukul)?\\s*)(\\d{1,2})[:.h](\\d{2})"
            + "(?::\\d{2})?\\s*([ap]\\.?m\\.?)?)?";

    private static final Pattern ISO = Pattern.compile(
            "\\b(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T\\s]+(\\d{1,2}):(\\d{2})(?::\\d{2})?)?", Pattern.CASE_INSENSITIVE);
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern MDY = Pattern.compile(
            "(?<!\\p{L})" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + TIME, CI);
    /** "4 January 2020", "4. März 2020", "1 de diciembre de 2017", "21.dez.2018". */
    private static final Pattern DMY = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th|er)?\\.?(?:\\s+of|\\s+de)?[\\s.]+" + MONTH + "(?:,|\\s+de)?[\\s.]+"
                    + YEAR + TIME, CI);
    /** "2020年1月4日 10:38", "2020년 1월 4일": year, month and day each with its sign, as CJK pages print them. */
    private static final Pattern YMD_SIGNS = Pattern.compile(
            "(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?(?:\\s*(?:\\([^)]{1,3}\\))?\\s*(\\d{1,2}):(\\d{2}))?");
    private static final Pattern NUMERIC_DMY = Pattern.compile(
            "\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATED = Pattern.compile(
            "(?iu)(?:\\b(?:updated?|modified|last\\s+updated|edited|revised|aktualisiert|geändert|mis\\s+à\\s+jour|modifié"
                    + "|actualizado|atualizado|aggiornato|bijgewerkt|diperbarui)\\b|수정|업데이트|更新)");
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?iu)(?:\\b(?:posted|published|first\\s+published|created|released|date|veröffentlicht|publié|publicado"
                    + "|pubblicato|gepubliceerd|diterbitkan)\\b|입력|등록|公開|发布|發布|発行)");

    private DatePatterns() {
    }

    /** The first date in {@code line}, or null. Never throws. */
    public static Found find(String line) {
        if (line == null || line.isEmpty() || line.length() > MAX_LINE) {
            return null;
        }
        Found best = null;
        for (Found f : new Found[] {iso(line), mdy(line), dmy(line), numericDmy(line), ymdSigns(line)}) {
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

    /**
     * Every date of {@code line} (at most {@code max}), each labelled by the nearest label word between it and the
     * date before it: "Published 3 Jan 2019 … Last modified on 16 Jan 2019" gives a published and an updated date.
     */
    public static List<Found> findAllLabeled(String line, int max) {
        List<Found> out = new ArrayList<>(2);
        if (line == null || line.length() > MAX_LINE) {
            return out;
        }
        int from = 0;
        while (out.size() < max && from < line.length()) {
            Found f = findLabeled(line.substring(from));
            if (f == null) {
                break;
            }
            out.add(new Found(f.value(), f.label(), from + f.start(), from + f.end()));
            from += f.end();
        }
        return out;
    }

    private static int lastMatch(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** The order of year, month and day groups in a pattern; the month may be a name. */
    private enum Order { YMD, MDY, DMY, DMY_NUMERIC }

    /**
     * The first match of {@code p} in {@code s} that reads as a real date (no lambdas: this runs while the first
     * window is being built, where every call-site bootstrap costs start-up time).
     */
    private static Found first(Pattern p, String s, Order order) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            DateValue v = switch (order) {
                case YMD -> value(num(m.group(1)), num(m.group(2)), num(m.group(3)), m.group(4), m.group(5), null);
                case MDY -> value(num(m.group(3)), month(m.group(1)), num(m.group(2)), m.group(4), m.group(5), m.group(6));
                case DMY -> value(num(m.group(3)), month(m.group(2)), num(m.group(1)), m.group(4), m.group(5), m.group(6));
                case DMY_NUMERIC -> value(num(m.group(3)), num(m.group(2)), num(m.group(1)), m.group(4), m.group(5),
                        m.group(6));
            };
            if (v != null) {
                return new Found(v, Label.NONE, m.start(), m.end());
            }
        }
        return null;
    }

    private static Found iso(String s) {
        return first(ISO, s, Order.YMD);
    }

    private static Found mdy(String s) {
        return first(MDY, s, Order.MDY);
    }

    private static Found dmy(String s) {
        return first(DMY, s, Order.DMY);
    }

    private static Found ymdSigns(String s) {
        return s.indexOf('年') < 0 && s.indexOf('년') < 0 ? null : first(YMD_SIGNS, s, Order.YMD);
    }

    private static Found numericDmy(String s) {
        return first(NUMERIC_DMY, s, Order.DMY_NUMERIC);
    }

    private static int num(String s) {
        return s == null || s.length() > 4 ? -1 : Integer.parseInt(s);
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        Integer m = MONTHS.get(n.endsWith(".") ? n.substring(0, n.length() - 1) : n);
        return m == null ? -1 : m;
    }

    /** One string per language: twelve months split by "|", each a name and its abbreviations split by spaces. */
    private static Map<String, Integer> months(String... languages) {
        Map<String, Integer> out = new HashMap<>();
        for (String lang : languages) {
            String[] months = lang.split("\\|");
            if (months.length != 12) {
                throw new IllegalStateException("twelve months expected: " + lang);
            }
            for (int i = 0; i < 12; i++) {
                for (String name : months[i].split(" ")) {
                    Integer was = out.putIfAbsent(name, i + 1);
                    if (was != null && was != i + 1) {
                        throw new IllegalStateException("month name in two months: " + name);
                    }
                }
            }
        }
        return Map.copyOf(out);
    }

    private static DateValue value(int y, int mo, int d, String hh, String mm, String ampm) {
        if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31) {
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
