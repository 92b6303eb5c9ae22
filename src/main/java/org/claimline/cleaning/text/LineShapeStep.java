package org.claimline.cleaning.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimline.cleaning.common.DatePatterns;
import org.claimline.cleaning.common.LanguageGuess;
import org.claimline.cleaning.common.Stopwords;

/**
 * Counts words and stopwords of every line and recognises line shapes that are never article text: image file
 * names, share-button words, {@code date | section} lines, digits only, bare addresses, copyright notices, lines
 * that print the same words twice (a link's text followed by its image's alt text).
 */
public final class LineShapeStep implements TextDumpStep {

    private static final int SHAPE_MAX = 500;
    private static final Pattern URL = Pattern.compile("^(?:https?://|www\\.)\\S+$|^\\S*%2[Ff]\\S*$");
    /**
     * Raw HTML a dump let through (tracking pixels, ad slots inside noscript): a line that is mostly tags, one of
     * them carrying attributes. Code samples that show markup are indented, and stay text.
     */
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z][a-zA-Z0-9]*\\s+[a-zA-Z-]+\\s*=");
    /** w3m draws checkboxes, radio buttons and text fields as "[ ]", "( )", "[*]", "[____]". */
    private static final Pattern FORM = Pattern.compile("^\\s*(?:\\[[ *xX]\\]|\\( \\)|\\(\\*\\))|\\[_{3,}\\]|\\[ {3,}\\]");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "©|\\(c\\)\\s*\\d{4}|^copyright\\b|\\ball rights reserved\\b", Pattern.CASE_INSENSITIVE);
    /** A footer's legal paragraph opens with its copyright notice; a body paragraph that cites one does not. */
    private static final int NOTICE_HEAD = 60;
    private static final Pattern NOTICE = Pattern.compile(
            "^(?:©|\\(c\\)|copyright\\b)|\\ball rights reserved\\b", Pattern.CASE_INSENSITIVE);
    /**
     * An encyclopedia's pointer to other articles above a section ("Main article: History of Korea", "See also: …",
     * "Further information: …", and the same in a few other languages): a link, not the article's text.
     */
    static final Pattern HATNOTE = Pattern.compile("(?iu)(?:main articles?|see also|further information|for more"
            + " details, see|hauptartikel|siehe auch|articles? détaillés?|voir aussi|artículos? principal(?:es)?"
            + "|véase también|artigo principal|ver também)\\s?:\\s+\\S");
    static final int HATNOTE_MAX = 160;

    /**
     * A time told relative to now ("3 hours ago", "vor 5 Minuten", "il y a 2 jours", "před 3 minutami", "5분 전",
     * "3時間前"), with at most a word before it ("Updated", "Posted"; a name before it makes a byline): a teaser's
     * or a comment's date line.
     */
    static final Pattern RELATIVE_TIME = Pattern.compile("(?iu)(?:[\\p{L}:|·•-]+\\s+)?(?:"
            + "(?:about |over |almost )?(?:\\d{1,3}|an?|one) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?"
            + "|months?|years?) ago"
            + "|vor (?:\\d{1,3}|einer?) (?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)"
            + "|il y a (?:\\d{1,3}|une?) (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)"
            + "|hace (?:\\d{1,3}|una?) (?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?)"
            + "|há (?:\\d{1,3}|uma?) (?:segundos?|minutos?|horas?|dias?|semanas?|mês|meses|anos?)"
            + "|(?:\\d{1,3}|un|una) (?:secondi|minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi]) fa"
            + "|(?:\\d{1,3}) (?:seconden|minuten|minuut|uur|dagen|dag|weken|week|maanden|maand|jaar) geleden"
            + "|před (?:\\d{1,3} )?(?:sekundou|sekundami|minutou|minutami|hodinou|hodinami|dnem|dny|týdnem|týdny"
            + "|měsícem|měsíci|rokem|lety)"
            + "|\\d{1,3} ?(?:초|분|시간|일|주|개월|달|년) ?전"
            + "|\\d{1,3} ?(?:秒|分|分钟|分鐘|時間|小时|小時|日|天|週間|周|週|か月|ヶ月|个月|個月|年) ?前)\\s*\\.?");
    static final int RELATIVE_MAX = 48;

    /** Words of share and print buttons; a line made only of them is a toolbar. */
    private static final Set<String> SHARE_WORDS = Set.of("share", "shares", "facebook", "twitter", "x", "email",
            "e", "mail", "mailto", "print", "whatsapp", "reddit", "linkedin", "pinterest", "tumblr", "telegram",
            "kakaolink", "kakaotalk", "line", "link", "copy", "tweet", "comment", "comments", "flipboard", "pocket",
            "messenger", "fb", "sms", "save", "google", "preview", "font", "size", "up", "down", "this", "article",
            "on", "via", "the", "story", "url", "vk", "weibo", "wechat", "naver", "band", "threads", "bluesky",
            "mastodon", "instagram", "youtube", "rss", "feed", "subscribe", "follow", "us", "a", "0", "1", "2", "with",
            "to");

    @Override
    public String name() {
        return "line-shape";
    }

    @Override
    public void apply(TextDumpContext ctx) {
        char[] buf = new char[48];
        for (TextLine l : ctx.lines) {
            if (l.text.length() <= SHAPE_MAX) {
                stripLeadingImages(l);
            }
            count(l, ctx.stopwords, buf);
            l.shape = shape(l);
        }
        cardSummaries(ctx.lines);
        GallerySlides.mark(ctx.lines);
    }

    /** A summary cut short and followed by a few link words: "… they want it… Read more" (not a bare "…"). */
    private static final Pattern CUT_SHORT = Pattern.compile("(?:…|\\.\\.\\.)\\s*(?:\\S+\\s*){1,4}$");

    /**
     * A link card inside the body prints its headline several times in one line (link, image alt text, title),
     * then a summary cut short: that summary is the card's, not the article's.
     */
    static void cardSummaries(java.util.List<TextLine> ls) {
        for (int i = 0; i + 1 < ls.size(); i++) {
            TextLine next = ls.get(i + 1);
            if (ls.get(i).shape == TextLine.Shape.SELF_REPEAT && next.shape == TextLine.Shape.TEXT
                    && next.text.length() <= SHAPE_MAX && CUT_SHORT.matcher(next.text).find()) {
                next.shape = TextLine.Shape.TEASER;
            }
        }
    }

    /** "photo-115x115.png Associated Press" keeps the words after the file names. */
    static void stripLeadingImages(TextLine l) {
        String t = l.text;
        int end = 0;
        int[] span;
        while ((span = nextImage(t, end)) != null && span[0] == end) {
            end = span[1];
            while (end < t.length() && t.charAt(end) == ' ') {
                end++;
            }
        }
        if (end > 0 && end < t.length()) {
            String rest = t.substring(end);
            if (hasLetters(rest) && nextImage(rest, 0) == null) {
                l.text = rest;
            }
        }
    }

    private static final String[] IMAGE_EXTENSIONS = {"png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "avif",
        "tif", "tiff"};

    /**
     * The next image file name at or after {@code from}: [start, end) from the whitespace before it to the end of
     * its extension. Glued names ("a.svgb.svg") come out as consecutive spans. One left-to-right pass.
     */
    static int[] nextImage(String t, int from) {
        int tokenStart = from;
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                tokenStart = i + 1;
            } else if (c == '.') {
                for (String ext : IMAGE_EXTENSIONS) {
                    int e = i + 1 + ext.length();
                    if (e <= t.length() && t.regionMatches(true, i + 1, ext, 0, ext.length())
                            && (e == t.length() || !Character.isLetterOrDigit(t.charAt(e)) || imageFollows(t, e))) {
                        return i > tokenStart ? new int[] {tokenStart, e} : null;
                    }
                }
            }
        }
        return null;
    }

    /** After "a.svg", "b_over.svg" glued on: the rest of the token ends like another file name. */
    private static boolean imageFollows(String t, int from) {
        int end = from;
        while (end < t.length() && end - from < 200 && !Character.isWhitespace(t.charAt(end))) {
            end++;
        }
        for (String ext : IMAGE_EXTENSIONS) {
            int start = end - ext.length() - 1;
            if (start > from && t.charAt(start) == '.' && t.regionMatches(true, start + 1, ext, 0, ext.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether nothing but image file names (and punctuation) is left once they are taken out. */
    static boolean onlyImages(String t) {
        int pos = 0;
        int[] span;
        boolean any = false;
        while ((span = nextImage(t, pos)) != null) {
            if (hasLetters(t.substring(pos, span[0]))) {
                return false;
            }
            any = true;
            pos = span[1];
        }
        return any && !hasLetters(t.substring(pos));
    }

    static void count(TextLine l, Stopwords stop, char[] buf) {
        String t = l.text;
        int n = t.length();
        int words = 0;
        int stops = 0;
        int cjk = 0;
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            if (LanguageGuess.isCjkChar(c)) {
                cjk++;
                words++;
                i++;
                continue;
            }
            int len = 0;
            while (i < n) {
                char d = t.charAt(i);
                boolean inner = (d == '\'' || d == '’' || d == '-') && len > 0 && i + 1 < n
                        && Character.isLetterOrDigit(t.charAt(i + 1));
                if (!Character.isLetterOrDigit(d) && !inner || LanguageGuess.isCjkChar(d)) {
                    break;
                }
                if (len < buf.length) {
                    buf[len] = d == '’' ? '\'' : Character.toLowerCase(d);
                }
                len++;
                i++;
            }
            words++;
            if (stop != null && len <= buf.length && stop.contains(buf, 0, len)) {
                stops++;
            }
        }
        l.words = words;
        l.stopwords = stops;
        l.weightedChars = n + 2 * cjk;
    }

    static TextLine.Shape shape(TextLine l) {
        String t = l.text;
        if (l.indent == 0 && mostlyTags(t) && MARKUP.matcher(t).find()) {
            return TextLine.Shape.MARKUP;
        }
        if (t.length() > SHAPE_MAX) {
            return TextLine.Shape.TEXT;
        }
        if (!hasLetters(t)) {
            // "08.04.2015 12:46", "2020-01-04": a date line all the same (not a table row that starts with one)
            if (hasDigits(t) && t.length() <= 40 && hasYear(t)) {
                DatePatterns.Found d = DatePatterns.find(t);
                if (d != null && (d.end() - d.start()) * 10 >= t.length() * 8) {
                    return TextLine.Shape.DATE;
                }
            }
            return hasDigits(t) ? TextLine.Shape.DIGITS : TextLine.Shape.SYMBOLS;
        }
        if (onlyImages(t)) {
            return TextLine.Shape.IMAGE;
        }
        // the cheap tests first: every form field has a bracket, and an address is one word
        if ((t.indexOf('[') >= 0 || t.indexOf('(') >= 0) && FORM.matcher(t).find()) {
            return TextLine.Shape.FORM;
        }
        if (oneWord(t) && URL.matcher(t).matches()) {
            return TextLine.Shape.URL;
        }
        if (t.length() < 200 && mayBeCopyright(t) && COPYRIGHT.matcher(t).find()
                || t.length() >= 200 && NOTICE.matcher(t).region(0, NOTICE_HEAD).find()) {
            return TextLine.Shape.COPYRIGHT;
        }
        if (l.words <= 8 && onlyShareWords(t)) {
            return TextLine.Shape.SHARE;
        }
        if (selfRepeat(t)) {
            return TextLine.Shape.SELF_REPEAT;
        }
        if (t.length() <= HATNOTE_MAX && HATNOTE.matcher(t).lookingAt()) {
            return TextLine.Shape.TEASER;
        }
        if (t.length() <= RELATIVE_MAX && RELATIVE_TIME.matcher(t).matches()) {
            return TextLine.Shape.DATE;
        }
        if (t.length() <= 120 && hasYear(t)) {
            DatePatterns.Found d = DatePatterns.find(t);
            if (d != null) {
                String rest = t.substring(0, d.start()) + " " + t.substring(d.end());
                int restWords = rest.isBlank() ? 0 : rest.strip().split("[\\s|,:]+").length;
                if (t.indexOf('|') >= 0 && restWords <= 6) {
                    return TextLine.Shape.DATE_SECTION;
                }
                if (restWords <= 4) {
                    return TextLine.Shape.DATE;
                }
            }
        }
        return TextLine.Shape.TEXT;
    }

    /** No white space in {@code t} (which {@link #URL} needs: an address is one word). */
    private static boolean oneWord(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    /** More characters inside {@code <…>} than outside: markup, not a paragraph that starts with a stray tag. */
    static boolean mostlyTags(String t) {
        int inside = 0;
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '<') {
                depth++;
            }
            if (depth > 0) {
                inside++;
            }
            if (c == '>' && depth > 0) {
                depth--;
            }
        }
        return inside * 2 > t.length();
    }

    static boolean onlyShareWords(String t) {
        int i = 0;
        int n = t.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(t.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(t.charAt(i))) {
                i++;
            }
            if (i > start && !SHARE_WORDS.contains(t.substring(start, i).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean mayBeCopyright(String t) {
        return t.indexOf('©') >= 0 || t.indexOf('(') >= 0 || t.indexOf("opyright") >= 0 || t.indexOf("OPYRIGHT") >= 0
                || t.indexOf("ights") >= 0 || t.indexOf("IGHTS") >= 0;
    }

    /** Every date pattern has a four-digit year; most lines have none, and the regexes are not free. */
    static boolean hasYear(String t) {
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                if (++run == 4) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    /**
     * "Print PreviewPrint Preview", "3 Some headline Some headline": the same text twice (or three times: link,
     * image alt text and title of one card) in one line.
     */
    static boolean selfRepeat(String t) {
        int i = 0;
        while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == ' ' || t.charAt(i) == '.')) {
            i++;
        }
        String s = t.substring(i);
        int n = s.length();
        if (n < 8) {
            return false;
        }
        return repeatsItself(s, 2) || repeatsItself(s, 3);
    }

    /** {@code s} is {@code copies} copies of one text, glued or separated by single spaces. */
    private static boolean repeatsItself(String s, int copies) {
        int n = s.length();
        for (int sep = 0; sep <= 1; sep++) {
            int body = n - sep * (copies - 1);
            if (body % copies != 0) {
                continue;
            }
            int h = body / copies;
            boolean same = true;
            for (int c = 1; c < copies && same; c++) {
                int at = c * (h + sep);
                same = (sep == 0 || s.charAt(at - 1) == ' ') && s.regionMatches(0, s, at, h);
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    static boolean hasLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
