package org.claimline.cleaning.html;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article title: the declared one (JSON-LD, OpenGraph…) when there is one, else the document
 * {@code <title>} with the site part after a separator cut off, falling back to the single {@code <h1>}
 * when the title is implausibly short or long. Either way a part naming the site is dropped.
 */
final class TitleStep {
    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-\u2013\u2014\\\\/>\u00bb] ");
    private static final Pattern HIERARCHICAL = Pattern.compile(" [\\\\/>\u00bb] ");
    /** Where old pages' titles join their parts, which Readability's cut does not read: "Headline -- Site", "… :: Site". */
    private static final Pattern OLD_SEPARATOR = Pattern.compile(" ?(?:--|::) ");
    private static final Pattern SEPARATOR_CHARS = Pattern.compile("[|\\-\u2013\u2014\\\\/>\u00bb]+");

    private TitleStep() {
    }

    static String title(Document doc, String declared, String siteName) {
        // a declared title is the publisher's own wording for the article; only <title> carries the site as a suffix
        String t = declared != null ? declared : withoutSiteName(fromTitleElement(doc), siteName);
        String h = headingWithoutSuffix(t, doc);
        if (declared == null && h != null && h.equals(t)) {
            // Readability's cut keeps one part of <title> by the shape of the separators alone and can keep the
            // site ("Simon says: Headline -- Site" → "Headline -- Site"); when the whole <title> is the page's
            // heading plus a part, the heading is the headline
            String whole = Texts.normalize(documentTitle(doc));
            String fromWhole = headingWithoutSuffix(whole, doc);
            // the heading must be most of the title: a blog's name in the <h1> beside its post's title is not
            if (fromWhole != null && !fromWhole.equals(whole) && words(fromWhole) > words(whole) - words(fromWhole)) {
                h = fromWhole;
            }
        }
        return h == null || h.isEmpty() ? null : h;
    }

    /**
     * "Headline | Editorial", "Site - Headline" or "Site - Headline - Section" when an element of the page that
     * holds a headline (an {@code <h1>}, else an {@code <h2>}/{@code <h3>} or an element named as a headline or
     * title) reads "Headline": that element is the clean headline and the rest the site or section, which the
     * metadata line names already. Of several such elements the longest wins; one that is not an {@code <h1>} must
     * be at least three words and longer than the rest of the title, so a masthead that names the site ("Daily
     * Herald - …") is never taken for the headline.
     */
    static String headingWithoutSuffix(String title, Document doc) {
        if (title == null) {
            return null;
        }
        boolean classic = SEPARATOR.matcher(title).find();
        if (!classic && !OLD_SEPARATOR.matcher(title).find()) {
            return title;
        }
        String best = null;
        for (Element h1 : doc.select("h1")) {
            String h = part(title, Texts.normalize(h1.text()), 2);
            // between "--" or "::" parts, a blog's or site's name in the <h1> must not pass for the headline
            if (h != null && (classic || words(h) > words(title) - words(h))) {
                best = longer(best, h);
            }
        }
        if (best != null) {
            return best;
        }
        for (Element e : doc.getAllElements()) {
            if (!headlineElement(e)) {
                continue;
            }
            String h = part(title, Texts.normalize(e.text()), 3);
            if (h != null && words(h) > words(title) - words(h)) {
                best = longer(best, h);
            }
        }
        return best != null ? best : title;
    }

    /** An {@code <h2>} or {@code <h3>}, or an element whose class or id names a headline or title. */
    static boolean headlineElement(Element e) {
        String tag = e.normalName();
        if ("h2".equals(tag) || "h3".equals(tag)) {
            return true;
        }
        String names = ClassWeights.classAndId(e).toLowerCase(Locale.ROOT);
        return names.contains("headline") || names.contains("title");
    }

    /** {@code h} when the title is {@code h} plus a separator-led part before or after it (or both), else null. */
    private static String part(String title, String h, int minWords) {
        if (words(h) < minWords || h.length() >= title.length()) {
            return null;
        }
        int at = title.indexOf(h);
        if (at < 0) {
            return null;
        }
        String before = title.substring(0, at).strip();
        String after = title.substring(at + h.length()).strip();
        boolean beforeOk = before.isEmpty() || before.endsWith("::")
                || SEPARATOR_CHARS.matcher(before.substring(before.length() - 1)).matches();
        boolean afterOk = after.isEmpty() || after.startsWith("::")
                || SEPARATOR_CHARS.matcher(after.substring(0, 1)).matches();
        return beforeOk && afterOk ? h : null;
    }

    private static String longer(String a, String b) {
        return b == null || a != null && a.length() >= b.length() ? a : b;
    }

    /**
     * The site's name where the page declares none: what {@code <title>} holds beside the headline when that is one
     * separator-delimited part ("Bush speech draws mixed response" from "Khaleej Times Online - Bush speech draws
     * mixed response": "Khaleej Times Online"), of one to five words, not a section's name ("News", "Sport") and not
     * a date. Several parts ("… - National - General") name a section and a site in an order no page keeps to:
     * none.
     */
    static String siteFromTitle(String documentTitle, String headline) {
        String raw = Texts.normalize(documentTitle == null ? "" : documentTitle);
        if (headline == null || headline.isEmpty() || raw.equals(headline)) {
            return null;
        }
        int at = raw.indexOf(headline);
        if (at < 0) {
            return null;
        }
        String rest = (raw.substring(0, at) + " " + raw.substring(at + headline.length())).strip();
        rest = rest.replaceAll("^[|\\-–—\\\\/>»:\\s]+|[|\\-–—\\\\/>»:\\s]+$", "");
        if (rest.isEmpty() || SEPARATOR.matcher(rest).find() || words(rest) > 5 || rest.length() > 60
                || SECTION_ONLY.matcher(rest).matches() || org.claimline.cleaning.common.DatePatterns.find(rest) != null) {
            return null;
        }
        return rest;
    }

    /** Words that name a page's section or kind rather than the site. */
    private static final Pattern SECTION_ONLY = Pattern.compile("(?i)(?:(?:the|breaking|latest|top|world|local|"
            + "national|international|business|sports?|news|opinion|editorials?|home|blogs?|features?|politics|"
            + "entertainment|technology|tech|science|health|arts?|culture|life|lifestyle|travel|money|finance|"
            + "education|weather|video|photos?|story|article|page|section|online|archives?|blog|&|and)\\s*)+");

    /** "Headline | Site" → "Headline" when the part after (or before) the separator is the site name. */
    static String withoutSiteName(String title, String siteName) {
        if (title == null || siteName == null) {
            return title;
        }
        String site = siteName.toLowerCase(Locale.ROOT).strip();
        Matcher m = SEPARATOR.matcher(title);
        int firstStart = -1;
        int lastStart = -1;
        int lastEnd = -1;
        int firstEnd = -1;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart < 0) {
            return title;
        }
        if (title.substring(lastEnd).toLowerCase(Locale.ROOT).strip().equals(site)) {
            return title.substring(0, lastStart).strip();
        }
        if (title.substring(0, firstStart).toLowerCase(Locale.ROOT).strip().equals(site)) {
            return title.substring(firstEnd).strip();
        }
        return title;
    }

    /**
     * The page's title as a browser's tab shows it: the first {@code <title>} element. Old or hand-made pages put it
     * after the head (inside the body, after a stray {@code <html>}); jsoup's {@code Document.title()} reads only
     * the head's. A {@code <title>} inside an SVG drawing is that drawing's tooltip, not the page's.
     */
    static String documentTitle(Document doc) {
        String head = doc.title();
        if (!head.isBlank()) {
            return head;
        }
        for (Element t : doc.getElementsByTag("title")) {
            if (t.closest("svg") == null) {
                return t.text().strip();
            }
        }
        return "";
    }

    /** Readability's reading of {@code <title>}, which its users' expectations were shaped by. */
    static String fromTitleElement(Document doc) {
        String orig = Texts.normalize(documentTitle(doc));
        String cur = orig;
        boolean hierarchical = false;
        Matcher m = SEPARATOR.matcher(orig);
        if (m.find()) {
            hierarchical = HIERARCHICAL.matcher(orig).find();
            int last = m.start();
            while (m.find()) {
                last = m.start();
            }
            cur = orig.substring(0, last);
            if (words(cur) < 3) {
                cur = orig.replaceFirst("^[^|\\-\u2013\u2014\\\\/>\u00bb]*[|\\-\u2013\u2014\\\\/>\u00bb]", "");
            }
        } else if (cur.contains(": ")) {
            Elements headings = doc.select("h1, h2");
            boolean match = headings.stream().anyMatch(h -> Texts.normalize(h.text()).equals(orig));
            if (!match) {
                cur = orig.substring(orig.lastIndexOf(':') + 1);
                if (words(cur) < 3) {
                    cur = orig.substring(orig.indexOf(':') + 1);
                } else if (words(orig.substring(0, orig.indexOf(':'))) > 5) {
                    cur = orig;
                }
            }
        } else if (cur.length() > 150 || cur.length() < 15) {
            Elements h1 = doc.select("h1");
            if (h1.size() == 1) {
                cur = h1.get(0).text();
            }
        }
        cur = Texts.normalize(cur);
        int wc = words(cur);
        if (wc <= 4 && (!hierarchical || wc != words(SEPARATOR_CHARS.matcher(orig).replaceAll("")) - 1)) {
            cur = orig;
        }
        return cur;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 1 : t.split("\\s+").length;
    }

    /** Readability's textSimilarity: the share of b's token characters that also occur as tokens of a. */
    static double similarity(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        Set<String> setA = new HashSet<>(ta);
        String uniqB = String.join(" ", tb.stream().filter(t -> !setA.contains(t)).toList());
        return 1 - (double) uniqB.length() / String.join(" ", tb).length();
    }

    private static List<String> tokens(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("\\W+")).filter(t -> !t.isEmpty()).toList();
    }

    /** Whether a heading in the body merely repeats the title (so it is not body text). */
    static boolean duplicatesTitle(String heading, String title) {
        if (title == null) {
            return false;
        }
        String h = Texts.normalize(heading);
        return !h.isEmpty() && (h.equalsIgnoreCase(title) || similarity(title, h) > 0.75 && similarity(h, title) > 0.75);
    }
}
