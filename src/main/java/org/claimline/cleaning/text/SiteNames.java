package org.claimline.cleaning.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's name in a text dump that does not open with it: the site logo's alt text in the header ("eHow Logo",
 * "The Verge logo. The Verge home", "The Guardian - Back to home"), or else the copyright holder in the footer
 * ("Copyright © 2019 The Seattle Times | Privacy statement") when the header names the same holder, which tells
 * the site from the group that owns it ("© 2020 Condé Nast" under an Ars Technica page).
 */
final class SiteNames {
    /** Header lines searched for the logo, at most (above the headline). */
    static final int LOGO_LINES = 25;
    /** A logo's alt text is a few words ("The Verge logo. The Verge home"). */
    static final int MAX_LOGO_WORDS = 8;
    /** Lines that count as the header (above the headline) where the copyright holder must also be named. */
    static final int HEADER_LINES = 40;
    /** A copyright line is a footer line, not a paragraph quoting a licence. */
    static final int MAX_COPYRIGHT_WORDS = 40;

    private static final Pattern LOGO = Pattern.compile("(?iu)^(.{2,60}?)\\s+logo\\b.*");
    private static final Pattern HOME = Pattern.compile("(?iu)^(.{2,40}?)\\s+[-–|]\\s+(?:back to )?home(?:page)?$");
    private static final Pattern MARK = Pattern.compile("(?iu)©|\\(c\\)|\\bcopyright\\b");
    private static final Pattern COPYRIGHT_YEAR = Pattern.compile("(?i)\\bcopyright\\s+\\d{4}");
    private static final Pattern MARKS_AND_YEARS = Pattern.compile(
            "(?iu)^(?:\\s*(?:©|\\(c\\)|copyright|\\d{4}(?:\\s*[-–]\\s*\\d{4})?))+");
    private static final Pattern HOLDER_END = Pattern.compile(
            "(?iu)\\.\\s|\\.$|\\||•|,|\\s[-–—]\\s|\\ball rights\\b|\\btodos os direitos\\b|\\btodos los derechos\\b"
                    + "|\\btous droits\\b|\\balle rechte\\b|\\bpowered by\\b|\\bprivacy\\b|\\bterms\\b");
    /** "Copyright Name." without © or a year is a footer only when it goes on to reserve the rights. */
    private static final Pattern RESERVED = Pattern.compile(
            "(?iu)all rights reserved|direitos reservados|derechos reservados|droits réservés|rechte vorbehalten"
                    + "|diritti riservati|^all rights\\b");
    private static final Pattern COMPANY_SUFFIX = Pattern.compile(
            "(?iu)[\\s,]+(?:inc\\.?|llc|ltd\\.?|limited|gmbh|corp\\.?|corporation|s\\.a\\.|co\\.)$");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?iu)[_/]|\\.(?:png|jpe?g|gif|svg|webp)\\b|\\d{4}|^(?:all|the|a|an|copyright|rights|reserved|notice)$");

    private SiteNames() {
    }

    /** The site's name from the header's logo or the footer's copyright line, or null. */
    static String find(List<TextLine> ls, int titleLine) {
        int logoTo = Math.min(ls.size(), titleLine >= 0 ? Math.min(titleLine, LOGO_LINES) : LOGO_LINES);
        for (int i = 0; i < logoTo; i++) {
            String name = fromLogo(ls.get(i).text);
            if (name != null) {
                return name;
            }
        }
        StringBuilder header = new StringBuilder();
        int headerTo = Math.min(ls.size(), titleLine >= 0 ? Math.min(titleLine, HEADER_LINES) : HEADER_LINES);
        for (int i = 0; i < headerTo; i++) {
            header.append(ls.get(i).text.toLowerCase(Locale.ROOT)).append('\n');
        }
        for (int i = ls.size() - 1; i >= headerTo; i--) {
            String name = fromCopyright(ls.get(i).text);
            if (name != null) {
                // the last one in the page is its footer; a holder the header does not name owns the site
                return header.indexOf(name.toLowerCase(Locale.ROOT)) >= 0 ? name : null;
            }
        }
        return null;
    }

    /** "eHow Logo" → eHow; "topicseed topicseed logo" → topicseed; "The Guardian - Back to home" → The Guardian. */
    static String fromLogo(String line) {
        String text = line.strip();
        if (text.split("\\s+").length > MAX_LOGO_WORDS) {
            return null; // a sentence about a logo
        }
        Matcher m = LOGO.matcher(text);
        if (m.matches()) {
            List<String> words = List.of(m.group(1).strip().split("\\s+"));
            int half = words.size() / 2;
            boolean doubled = words.size() % 2 == 0 && words.subList(0, half).equals(words.subList(half, words.size()));
            return name(doubled ? String.join(" ", words.subList(0, half)) : m.group(1));
        }
        m = HOME.matcher(text);
        return m.matches() ? name(m.group(1)) : null;
    }

    /**
     * The holder of a footer's copyright: "Copyright © 2019 The Seattle Times | Privacy" → The Seattle Times;
     * "Royal Road® © 2024" → Royal Road; "© 2014 BuzzFeed, Inc" → BuzzFeed. Null when the line is no such notice.
     */
    static String fromCopyright(String line) {
        String text = line.strip();
        Matcher m = MARK.matcher(text);
        if (!m.find() || text.split("\\s+").length > MAX_COPYRIGHT_WORDS) {
            return null;
        }
        boolean signed = text.contains("©") || text.toLowerCase(Locale.ROOT).contains("(c)")
                || COPYRIGHT_YEAR.matcher(text).find();
        if (!signed && !RESERVED.matcher(text).find()) {
            return null; // "Copyright Policy", "Copyright Notice": a link or a heading
        }
        String rest = MARKS_AND_YEARS.matcher(text.substring(m.start())).replaceFirst("").strip();
        Matcher end = HOLDER_END.matcher(rest);
        String holder = end.find() ? rest.substring(0, end.start()) : rest;
        String name = name(holder);
        if (name == null && holder.isBlank()) {
            String before = text.substring(0, m.start()).strip();
            name = before.split("\\s+").length <= 4 ? name(before) : null;
        }
        return name;
    }

    /** {@code raw} trimmed of marks and company suffixes if it reads as a name (a few words, no file name), else null. */
    static String name(String raw) {
        String n = raw.replaceAll("[®™]", "").strip();
        n = n.replaceAll("^[\\s.,:;|•–-]+|[\\s.,:;|•–-]+$", "");
        for (String prev = null; !n.equals(prev); ) {
            prev = n;
            n = COMPANY_SUFFIX.matcher(n).replaceFirst("").replaceAll("[\\s.,]+$", "");
        }
        int words = n.isEmpty() ? 0 : n.split("\\s+").length;
        if (words < 1 || words > 5 || n.length() > 40 || !Character.isLetterOrDigit(n.codePointAt(0))
                || NOT_A_NAME.matcher(n).find() || RESERVED.matcher(n).find()) {
            return null;
        }
        return n;
    }
}
