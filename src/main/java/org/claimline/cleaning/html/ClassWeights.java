package org.claimline.cleaning.html;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What class and id names say about a container. The vocabularies are Readability's, extended with the
 * block kinds trafilatura also drops (newsletter, cookie, recommended…): words page authors use for
 * the role of a block, never names of particular sites.
 */
final class ClassWeights {
    /** Readability's unlikely-candidate and maybe-candidate words, matched as substrings like its regexes. */
    private static final String[] UNLIKELY = {"-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community",
        "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies",
        "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
        "pagination", "pager", "popup", "yom-remote"};
    private static final String[] MAYBE_CANDIDATE = {"and", "article", "body", "column", "content", "main", "mathjax",
        "shadow"};
    static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|hentry|h-entry|main|page|pagination"
            + "|post|text|blog|story", Pattern.CASE_INSENSITIVE);
    static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-"
            + "|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar"
            + "|skyscraper|sponsor|shopping|tags|widget|newsletter|subscribe|recommend|taboola",
            Pattern.CASE_INSENSITIVE);
    /**
     * Whole words (class/id split at '-', '_', spaces and camel case) naming blocks that are never the
     * article even when another word of the name sounds like content ("article-comments", "related-posts").
     */
    private static final Set<String> BOILERPLATE_WORDS = Set.of("comment", "comments", "commentlist", "disqus",
            "related", "relatedposts", "recommended", "recommendation", "recommendations", "newsletter", "newsletters",
            "share", "sharing", "sharebar", "sharetools", "social", "subscribe", "subscription", "cookie", "cookies",
            "consent", "gdpr", "promo", "promos", "outbrain", "taboola", "breadcrumb", "breadcrumbs", "paywall",
            "trending", "mostread", "mostpopular", "popular", "signup", "sponsored", "advertisement", "adslot", "ads",
            "advert", "tools", "toolbar", "toolbox");

    /** Words that, beside "author", name a box about the writer rather than the byline. */
    private static final Set<String> AUTHOR_BOX_WORDS = Set.of("bio", "bios", "biography", "box", "info", "about",
            "profile", "description", "details");
    private static final Set<String> AUTHOR_BOX_NAMES = Set.of("authorbio", "authorbox", "authorinfo", "aboutauthor",
            "authorprofile");

    /** A writer's biography names its box alone ("bio", "mini-bio", "bio-block"). */
    private static final Set<String> BIO_WORDS = Set.of("bio", "bios", "biography");
    /** The box under an article or post about its writer ("article-author", "post-author"), as one whole class name. */
    private static final Set<String> WRITER_NAMES = Set.of("article-author", "post-author", "entry-author",
            "article_author", "post_author", "entry_author");

    /** A class a CMS derives from the post's tags or categories. */
    private static final Pattern TAXONOMY_CLASS = Pattern.compile("^(?:[a-z]+-)?(?:tag|category)[-_]");

    private ClassWeights() {
    }

    static String classAndId(Element e) {
        return e.className() + " " + e.id();
    }

    /** Readability's class weight: ±25 for the class and for the id. */
    static int weight(Element e) {
        int w = 0;
        for (String s : new String[] {e.className(), roleId(e)}) {
            if (s.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(s).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(s).find()) {
                w += 25;
            }
        }
        return w;
    }

    /** The boilerplate word in the element's class or id, or null. */
    static String boilerplateWord(Element e) {
        String w = boilerplateWord(roleNames(e.className()));
        return w != null ? w : boilerplateWord(roleId(e));
    }

    /**
     * The element's id when it names a role: an id that is a web address or path ("http://example.com/2013/03/read-comments")
     * names a page, whatever words its slug holds.
     */
    static String roleId(Element e) {
        String id = e.id();
        return id.indexOf('/') >= 0 ? "" : id;
    }

    /** The boilerplate word among the names' whole words, or null. */
    static String boilerplateWord(String names) {
        return firstWord(names, BOILERPLATE_WORDS::contains);
    }

    /**
     * The first whole word of the names (lower case) that {@code match} accepts, or null. Splits at non-alphanumerics
     * and lower-to-upper case changes without regex: this runs on every element.
     */
    private static String firstWord(String names, Predicate<String> match) {
        int n = names.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            boolean cut = i == n || !Character.isLetterOrDigit(names.charAt(i))
                    || i > start && Character.isUpperCase(names.charAt(i)) && Character.isLowerCase(names.charAt(i - 1));
            if (!cut) {
                continue;
            }
            if (i > start) {
                String w = names.substring(start, i).toLowerCase(Locale.ROOT);
                if (match.test(w)) {
                    return w;
                }
            }
            start = i < n && Character.isLetterOrDigit(names.charAt(i)) ? i : i + 1;
        }
        return null;
    }

    /** Whether the class or id names a box about the post's writer ("author-bio", "author_info", "authorBox"). */
    static boolean authorBox(Element e) {
        String names = classAndId(e);
        String lower = names.toLowerCase(Locale.ROOT);
        if (lower.contains("bio") && firstWord(names, BIO_WORDS::contains) != null) {
            return true;
        }
        if (!lower.contains("author")) {
            return false;
        }
        for (String token : lower.split("\\s+")) {
            if (WRITER_NAMES.contains(token)) {
                return true;
            }
        }
        boolean[] authorAndBox = new boolean[2];
        String name = firstWord(names, w -> {
            authorAndBox[0] |= w.equals("author");
            authorAndBox[1] |= AUTHOR_BOX_WORDS.contains(w);
            return AUTHOR_BOX_NAMES.contains(w);
        });
        return name != null || authorAndBox[0] && authorAndBox[1];
    }

    /**
     * The class names that say what a block is, without the ones a CMS derives from the post's topics ("tag-social-media",
     * "category-share-tips", "entry-category-social_media"): a post tagged "social media" is no share bar.
     */
    static String roleNames(String names) {
        if (!names.contains("tag-") && !names.contains("category-") && !names.contains("tag_")
                && !names.contains("category_")) {
            return names;
        }
        StringBuilder sb = new StringBuilder();
        for (String token : names.split("\\s+")) {
            String l = token.toLowerCase(Locale.ROOT);
            if (!TAXONOMY_CLASS.matcher(l).find()) {
                sb.append(token).append(' ');
            }
        }
        return sb.toString().strip();
    }

    /** Readability's unlikely-candidate test: a suspicious name not redeemed by a content-like one. */
    static boolean unlikely(Element e) {
        String names = roleNames(e.className()) + " " + roleId(e);
        if (names.isBlank()) {
            return false;
        }
        String l = names.toLowerCase(Locale.ROOT);
        return containsAny(l, UNLIKELY) && !containsAny(l, MAYBE_CANDIDATE);
    }

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
