package org.claimline.cleaning.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whether a name the page's {@code <title>} holds beside the headline is the site's: the page says so elsewhere.
 * Either the name is an address ("NYTimes.com"), or it spells the host most of the page's own links point to
 * ("Khaleej Times Online" and khaleejtimes.com; "Slashdot" and slashdot.org), or the page's copyright notice names
 * it. A subtitle or a section printed beside the headline has none of these.
 */
final class SiteEvidence {
    private static final int MAX_LINKS = 2000;
    private static final java.util.regex.Pattern COPYRIGHT = java.util.regex.Pattern.compile("(?i)\u00a9|copyright");

    private SiteEvidence() {
    }

    /** {@code candidate} when the page confirms it as the site's name, else null. */
    static String confirmed(Document doc, String candidate) {
        if (candidate == null) {
            return null;
        }
        String letters = letters(candidate);
        if (letters.length() < 3) {
            return null;
        }
        if (candidate.matches("(?i).*\\b[\\w-]+\\.(?:com|net|org|co\\.uk|ca|com\\.au|info|tv)\\b.*")) {
            return candidate;
        }
        String host = commonHost(doc);
        if (host != null && host.length() >= 4 && (letters.contains(host) || host.contains(letters))) {
            return candidate;
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        for (Element e : doc.getElementsMatchingOwnText(COPYRIGHT)) {
            if (e.ownText().toLowerCase(Locale.ROOT).contains(lower)) {
                return candidate;
            }
        }
        return null;
    }

    /** The main label of the host most of the page's absolute links point to ("khaleejtimes"), or null. */
    static String commonHost(Document doc) {
        Map<String, Integer> counts = new HashMap<>();
        int seen = 0;
        for (Element a : doc.getElementsByTag("a")) {
            if (++seen > MAX_LINKS) {
                break;
            }
            String label = mainLabel(a.attr("href"));
            if (label != null) {
                counts.merge(label, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 3).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
    }

    /** "http://www.khaleejtimes.com/x" → "khaleejtimes"; "news.bbc.co.uk" → "bbc"; null for a relative link. */
    static String mainLabel(String href) {
        String h = href.strip().toLowerCase(Locale.ROOT);
        int scheme = h.indexOf("://");
        if (!h.startsWith("http") || scheme < 0) {
            return null;
        }
        String host = h.substring(scheme + 3);
        int end = host.indexOf('/');
        host = end < 0 ? host : host.substring(0, end);
        host = host.replaceFirst(":\\d+$", "");
        String[] labels = host.split("\\.");
        if (labels.length < 2) {
            return null;
        }
        int i = labels.length - 2;
        // a second-level public suffix: bbc.co.uk, smh.com.au
        if (i > 0 && labels[i].matches("co|com|org|net|ac|gov") && labels[labels.length - 1].length() == 2) {
            i--;
        }
        return letters(labels[i]);
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder();
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
