package org.claimline.cleaning.html;

import org.claimline.cleaning.common.DatePatterns;
import org.claimline.model.DateValue;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date a page prints but does not declare: older and hand-made pages carry no meta tag, JSON-LD or
 * {@code <time>}, yet print "Published: January 9, 2008" or "24 July 2012 Last updated at 05:40 ET" in an element
 * named for it (a class or id with "date", "time", "posted", "published", "byline", "meta"…). The first such short
 * element after the page's headline is read, a date labelled "published" ahead of an unlabelled one; a date in a
 * comment, a list of links or the footer is not the article's.
 */
final class PrintedDates {
    /** Words of a class or id that name a date's element, and of one whose dates are not the article's. */
    private static final String[] NAMED = {"date", "time", "posted", "publish", "dateline", "byline", "stamp", "meta"};
    private static final String[] NOT_THE_ARTICLES = {"comment", "reply", "respon", "footer", "sidebar", "widget",
        "related", "archive", "calendar", "recent", "popular", "nav", "menu"};
    private static final int MAX_TEXT = 200;

    private PrintedDates() {
    }

    /** The printed publication date, or null. One walk over the page's elements, in document order. */
    static DateValue published(Document doc, String headline) {
        // what stands above the headline is skipped (a masthead's "today"): the element that prints the headline,
        // else the first <h1> (which on some pages is the site's logo)
        Element h1 = headlineElement(doc, headline);
        boolean pastHeadline = h1 == null;
        java.util.Set<Element> holdingHeadline = h1 == null ? java.util.Set.of() : new java.util.HashSet<>(h1.parents());
        DateValue unlabelled = null;
        for (Element e : doc.getAllElements()) {
            if (e == h1) {
                pastHeadline = true;
            }
            if (!named(e, NAMED) || !pastHeadline && !holdingHeadline.contains(e) || !theArticles(e)) {
                continue;
            }
            String text = Texts.normalize(e.text());
            if (text.isEmpty() || text.length() > MAX_TEXT) {
                continue;
            }
            DatePatterns.Found f = DatePatterns.findLabeled(text);
            if (f == null || f.value().date() == null || f.value().date().getYear() < MetadataStep.EARLIEST_YEAR) {
                continue;
            }
            if (f.label() == DatePatterns.Label.PUBLISHED) {
                return f.value();
            }
            if (f.label() == DatePatterns.Label.NONE && unlabelled == null) {
                unlabelled = f.value();
            }
        }
        return unlabelled;
    }

    private static Element headlineElement(Document doc, String headline) {
        if (headline != null && !headline.isBlank()) {
            for (Element e : doc.getAllElements()) {
                String tag = e.normalName();
                if (("h1".equals(tag) || "h4".equals(tag) || TitleStep.headlineElement(e))
                        && Texts.normalize(e.text()).equalsIgnoreCase(headline)) {
                    return e;
                }
            }
        }
        return doc.selectFirst("h1");
    }

    /** Whether the class or id of {@code e} holds one of {@code words} (any case). */
    private static boolean named(Element e, String[] words) {
        String names = ClassWeights.classAndId(e);
        if (names.isBlank()) {
            return false;
        }
        names = names.toLowerCase(java.util.Locale.ROOT);
        for (String w : words) {
            if (names.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean theArticles(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            String tag = x.normalName();
            if (named(x, NOT_THE_ARTICLES) || "footer".equals(tag) || "nav".equals(tag) || "a".equals(tag)) {
                return false;
            }
        }
        return true;
    }
}
