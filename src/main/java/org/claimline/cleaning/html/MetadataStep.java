package org.claimline.cleaning.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimline.cleaning.common.BylinePatterns;
import org.claimline.model.Article;
import org.claimline.model.DateValue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the metadata a page declares: JSON-LD ({@code Article}, {@code NewsArticle}, {@code BlogPosting}…),
 * OpenGraph, Twitter, Dublin Core and plain meta tags, {@code <time datetime>}, {@code <html lang>}, bylines.
 * Declared values win over what the layout suggests, because sites keep them accurate for search engines.
 */
public final class MetadataStep {
    private static final Pattern BY_PREFIX = Pattern.compile("^(?i)(by|written by|posted by|von|par|por|di)[:\\s]+");
    private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b|&|\\bund\\b|\\bet\\b|\\by\\b)\\s*");
    /** Pages saved as XHTML wrap script bodies in CDATA markers, sometimes commented out for old parsers. */
    private static final Pattern CDATA = Pattern.compile("^\\s*(?://\\s*)?<!\\[CDATA\\[|(?://\\s*)?\\]\\]>\\s*$");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern URL = Pattern.compile("^(https?:)?//.*|^www\\..*");

    public void apply(ExtractionContext ctx) {
        Document doc = ctx.document();
        Map<String, String> meta = metaValues(doc);
        Map<String, Object> ld = jsonLdArticle(doc);

        String siteName = first(meta.get("og:site_name"), ldName(ld == null ? null : ld.get("publisher")),
                meta.get("application-name"));
        String title = TitleStep.title(doc, first(ldTitle(ld, TitleStep.documentTitle(doc)), meta.get("dc:title"),
                meta.get("dcterm:title"), meta.get("og:title"), meta.get("title"), meta.get("twitter:title"),
                meta.get("parsely-title")), siteName);
        List<String> byline = authors(ld == null ? null : ld.get("author"));
        if (byline.isEmpty()) {
            byline = splitAuthors(first(meta.get("dc:creator"), meta.get("dcterm:creator"), nonUrl(meta.get("author")),
                    nonUrl(meta.get("article:author")), meta.get("parsely-author"), domByline(doc)));
        }
        DateValue published = firstDate(ldString(ld, "datePublished"), meta.get("article:published_time"),
                meta.get("og:published_time"), meta.get("datepublished"), meta.get("publishdate"), meta.get("pubdate"),
                meta.get("date"), meta.get("dc.date.issued"), meta.get("dc:date"), meta.get("parsely-pub-date"),
                meta.get("sailthru.date"), timeElement(doc));
        if (published == null) {
            published = PrintedDates.published(doc, title);
        }
        DateValue updated = firstDate(ldString(ld, "dateModified"), meta.get("article:modified_time"),
                meta.get("og:updated_time"), meta.get("datemodified"), meta.get("last-modified"));
        if (updated != null && published != null && updated.compareTo(published) <= 0) {
            updated = null;
        }
        String section = first(ldString(ld, "articleSection"), meta.get("article:section"));
        String language = first(ldString(ld, "inLanguage"), doc.selectFirst("html") == null ? null
                : doc.selectFirst("html").attr("lang"), meta.get("content-language"), meta.get("og:locale"));
        String dek = first(notKeywords(meta.get("og:description")), notKeywords(meta.get("description")),
                notKeywords(meta.get("twitter:description")), notKeywords(ldString(ld, "description")));
        ctx.declaredBodyText(ldBody(ld));
        if (siteName == null) {
            siteName = SiteEvidence.confirmed(doc, TitleStep.siteFromTitle(TitleStep.documentTitle(doc), title));
        }
        ctx.metadata(new Article.Metadata(title, dek, byline, published, updated, siteName, section,
                language == null ? null : language.replace('_', '-'), null));
    }

    /**
     * {@code description}, or null when it is a list of keywords rather than a sentence ("belfast, belfast news,
     * telegraph, northern ireland, newspaper, jobs"): four or more comma-separated items, nearly all of one to three
     * words, and no full stop.
     */
    static String notKeywords(String description) {
        if (description == null) {
            return null;
        }
        String[] items = description.split("[,;]");
        if (items.length < 4 || description.matches("(?s).*[.!?]\\s.*|.*[.!?]$")) {
            return description;
        }
        int short3 = 0;
        for (String item : items) {
            String t = item.strip();
            if (!t.isEmpty() && t.split("\\s+").length <= 3) {
                short3++;
            }
        }
        return short3 >= 0.8 * items.length ? null : description;
    }

    /** Meta tags by lower-cased name or property; as in Readability the last non-blank value of a name wins. */
    static Map<String, String> metaValues(Document doc) {
        Map<String, String> m = new HashMap<>();
        for (Element e : doc.select("meta[content]")) {
            String content = Texts.normalize(e.attr("content"));
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                for (String key : WHITE_SPACE.split(e.attr(attr).toLowerCase(Locale.ROOT).trim())) {
                    if (!key.isEmpty()) {
                        m.put(key.replace("dcterms", "dcterm").replace("dc.title", "dc:title")
                                .replace("dc.creator", "dc:creator"), content);
                    }
                }
            }
        }
        return m;
    }

    /** The first JSON-LD object whose type is an article or posting, searching arrays and {@code @graph}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            List<Object> todo = new ArrayList<>();
            todo.add(JsonLite.parse(CDATA.matcher(script.data()).replaceAll("")));
            for (int i = 0; i < todo.size() && i < 1000; i++) {
                Object o = todo.get(i);
                if (o instanceof List<?> l) {
                    todo.addAll(l);
                } else if (o instanceof Map<?, ?> map) {
                    if (isArticleType(map.get("@type"))) {
                        return (Map<String, Object>) map;
                    }
                    if (map.get("@graph") != null) {
                        todo.add(map.get("@graph"));
                    }
                    if (map.get("mainEntity") != null) {
                        todo.add(map.get("mainEntity"));
                    }
                }
            }
        }
        return null;
    }

    private static boolean isArticleType(Object type) {
        if (type instanceof List<?> l) {
            return l.stream().anyMatch(MetadataStep::isArticleType);
        }
        return type instanceof String s && (s.endsWith("Article") || s.endsWith("Posting") || s.equals("Report"));
    }

    /** Readability's choice between {@code name} and {@code headline}: the one resembling the page title. */
    private static String ldTitle(Map<String, Object> ld, String docTitle) {
        if (ld == null) {
            return null;
        }
        String name = ld.get("name") instanceof String s ? ldText(s) : null;
        String headline = ld.get("headline") instanceof String s ? ldText(s) : null;
        if (name != null && headline != null && !name.equals(headline)) {
            boolean nameLike = TitleStep.similarity(name, docTitle) > 0.75;
            boolean headlineLike = TitleStep.similarity(headline, docTitle) > 0.75;
            return headlineLike && !nameLike ? headline : name;
        }
        return name != null ? name : headline;
    }

    /** JSON-LD {@code articleBody} as plain text (some CMSs put the body's HTML in it). */
    static String ldBody(Map<String, Object> ld) {
        String body = ld == null || !(ld.get("articleBody") instanceof String s) ? null : Texts.blankToNull(s);
        if (body != null && body.indexOf('<') >= 0) {
            body = Jsoup.parseBodyFragment(body).text();
        } else if (body != null) {
            body = ldText(body);
        }
        return Texts.blankToNull(body);
    }

    private static String ldString(Map<String, Object> ld, String key) {
        if (ld == null) {
            return null;
        }
        Object v = ld.get(key);
        if (v instanceof List<?> l && !l.isEmpty()) {
            v = l.get(0);
        }
        return v instanceof String s ? ldText(s) : null;
    }

    /**
     * A JSON-LD string as text. JSON has no character references, yet CMS plugins write the page's HTML-escaped
     * text into it ("&#8216;Title&#8217;", "&amp;"): they are decoded as the page's own text would be.
     */
    static String ldText(String s) {
        return Texts.blankToNull(s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s);
    }

    private static String ldName(Object o) {
        if (o instanceof List<?> l && !l.isEmpty()) {
            o = l.get(0);
        }
        if (o instanceof Map<?, ?> m && m.get("name") instanceof String s) {
            return ldText(s);
        }
        return o instanceof String s && !URL.matcher(s).matches() ? ldText(s) : null;
    }

    private static List<String> authors(Object author) {
        Set<String> out = new LinkedHashSet<>();
        List<?> all = author instanceof List<?> l ? l : author == null ? List.of() : List.of(author);
        for (Object a : all) {
            String n = ldName(a);
            if (n != null) {
                out.addAll(splitAuthors(n));
            }
        }
        return new ArrayList<>(out);
    }

    /** "By Jane Doe and John Roe" → [Jane Doe, John Roe]. */
    static List<String> splitAuthors(String byline) {
        List<String> out = new ArrayList<>();
        if (byline == null) {
            return out;
        }
        String s = BY_PREFIX.matcher(Texts.normalize(byline)).replaceFirst("");
        for (String part : AUTHOR_SPLIT.split(s)) {
            String p = BY_PREFIX.matcher(part.strip()).replaceFirst("").strip();
            if (!out.isEmpty() && BylinePatterns.isJobTitle(p)) {
                // "Jane Doe, AP National Political Writer": the rest says what the author does
                break;
            }
            if (!p.isEmpty() && !out.contains(p) && p.length() < 80) {
                out.add(p);
            }
        }
        return out;
    }

    private static String nonUrl(String s) {
        return s == null || URL.matcher(s).matches() ? null : s;
    }

    private static String domByline(Document doc) {
        Element e = doc.selectFirst("[rel=author], [itemprop=author], .byline-author, .author-name, .byline, .author");
        if (e == null) {
            return null;
        }
        Element name = e.selectFirst("[itemprop=name]");
        String t = Texts.normalize((name != null ? name : e).text());
        return t.isEmpty() || t.length() > 100 ? null : t;
    }

    private static String timeElement(Document doc) {
        Element e = doc.selectFirst("time[pubdate][datetime], [itemprop=datePublished][datetime], "
                + "[itemprop=datePublished][content], time[datetime]");
        if (e == null) {
            return null;
        }
        return e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content");
    }

    /**
     * The first of {@code values} that is a date a page could carry: a CMS's empty default ("0001-01-01T00:00:00Z"
     * in JSON-LD) or a value that is no date at all gives way to the next source.
     */
    static DateValue firstDate(String... values) {
        for (String v : values) {
            DateValue d = Texts.parseDate(Texts.blankToNull(v));
            if (d != null && d.date().getYear() >= EARLIEST_YEAR) {
                return d;
            }
        }
        return null;
    }

    /** Dates before the web (and before any press archive put online) are placeholders. */
    static final int EARLIEST_YEAR = 1800;

    static String first(String... values) {
        for (String v : values) {
            String n = Texts.blankToNull(v);
            if (n != null) {
                return n;
            }
        }
        return null;
    }
}
