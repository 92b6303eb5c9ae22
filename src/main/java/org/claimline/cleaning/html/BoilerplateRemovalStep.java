package org.claimline.cleaning.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts what is never article text before scoring: scripts and styles, hidden nodes, navigation,
 * asides, footers, form controls, and blocks whose class, id or ARIA role names them as comments,
 * related links, newsletters, share bars, cookie notices or ads. In lenient mode (the retry when the strict
 * pass found too little) Readability's broad "unlikely candidate" names are spared.
 */
public final class BoilerplateRemovalStep {
    private static final Set<String> SILENT = Set.of("script", "style", "noscript", "template", "svg", "link", "meta",
            "iframe", "object", "embed", "canvas", "video", "audio", "source", "track", "map", "head");
    private static final Set<String> CONTROLS = Set.of("button", "input", "select", "textarea", "option", "label",
            "dialog");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "complementary", "contentinfo", "dialog",
            "alertdialog", "menu", "menubar", "search", "banner");
    private static final int MAX_FORM_TEXT = 500;
    /** A heading is no container of a page's furniture: a "story-header" class names the headline's own place. */
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3");
    private static final Set<String> ALL_HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final int MAX_AUTHOR_BOX = 1500;

    private final boolean strict;

    public BoilerplateRemovalStep(boolean strict) {
        this.strict = strict;
    }

    public void apply(ExtractionContext ctx) {
        Element body = ctx.document().body();
        if (body == null) {
            return;
        }
        record Cut(Element element, String reason) {
        }
        List<Cut> cuts = new ArrayList<>();
        String[] page = new String[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == body) {
                    return FilterResult.CONTINUE;
                }
                String reason = reason(e);
                if (reason == null && hiddenClass(e.className())) {
                    if (page[0] == null) {
                        page[0] = body.text();
                    }
                    reason = hiddenCopy(e.text(), page[0]) ? "hidden copy" : null;
                }
                if (reason == null) {
                    return FilterResult.CONTINUE;
                }
                cuts.add(new Cut(e, reason));
                return FilterResult.SKIP_ENTIRELY;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        for (Cut c : cuts) {
            if (c.reason().isEmpty()) {
                c.element().remove();
            } else {
                ctx.remove(c.element(), c.reason());
            }
        }
    }

    /** Why {@code e} goes: "" to drop it silently, a reason to keep its text among the removed, null to keep. */
    String reason(Element e) {
        String tag = e.normalName();
        if (SILENT.contains(tag)) {
            return "";
        }
        if (CONTROLS.contains(tag)) {
            return "form control";
        }
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden")) && !e.className().contains("fallback-image")
                || e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find()) {
            return "hidden";
        }
        switch (tag) {
            case "nav" -> {
                return "navigation";
            }
            case "aside" -> {
                return "aside";
            }
            case "footer" -> {
                return "footer";
            }
            case "form" -> {
                if (e.text().length() < MAX_FORM_TEXT) {
                    return "form";
                }
            }
            default -> { }
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT).trim();
        if (BOILERPLATE_ROLES.contains(role)) {
            return role;
        }
        if ("a".equals(tag) || "article".equals(tag) || "main".equals(tag)) {
            return null;
        }
        String word = ClassWeights.boilerplateWord(e);
        if (word != null && ALL_HEADINGS.contains(tag) && BlockBuilderStep.isCommentHeading(Texts.normalize(e.text()))) {
            // a comment section's heading ("Comments" named "comments") is where the article ends: it stays as the mark
            // the region is cut at, and leaves the text there
            return null;
        }
        String why = word != null ? reasonFor(word)
                : strict && ClassWeights.unlikely(e) && !inTableOrCode(e) && !HEADINGS.contains(tag)
                ? "unlikely to be content (" + Texts.normalize(ClassWeights.classAndId(e)) + ")" : null;
        if (why == null && ClassWeights.authorBox(e) && e.selectFirst("a[href]") != null
                && e.text().length() <= MAX_AUTHOR_BOX) {
            // a box about the writer links to their other posts or page; a profile without a link is the page's subject
            why = "about the author";
        }
        // share bars and link lists carry no quotations; a named block that does is an embed (a tweet, a quote)
        return why == null || e.selectFirst("blockquote") != null ? null : why;
    }

    /** Class names a stylesheet hides by convention ({@code display: none}): a page's folded or duplicate copy. */
    private static final Set<String> HIDDEN_CLASSES = Set.of("hidden", "hide");

    /** A hidden block of at least this much text printed again elsewhere on the page is a copy. */
    static final int MIN_HIDDEN_COPY = 100;

    /** Whether {@code text} occurs twice in the page's text: inside the hidden block and once more outside it. */
    static boolean hiddenCopy(String text, String page) {
        if (text.length() < MIN_HIDDEN_COPY) {
            return false;
        }
        int first = page.indexOf(text);
        return first >= 0 && page.indexOf(text, first + 1) >= 0;
    }

    /** Whether one of the space-separated class names is a hiding one. */
    static boolean hiddenClass(String names) {
        int n = names.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || Character.isWhitespace(names.charAt(i))) {
                if (i - start >= 4 && i - start <= 6 && HIDDEN_CLASSES.contains(names.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static String reasonFor(String word) {
        if (word.startsWith("comment") || word.equals("disqus")) {
            return "comments";
        }
        if (word.startsWith("relat") || word.startsWith("recommend") || word.startsWith("most") || word.equals("popular")
                || word.equals("trending") || word.equals("outbrain") || word.equals("taboola")) {
            return "related links";
        }
        if (word.startsWith("newsletter") || word.startsWith("subscri") || word.equals("signup") || word.equals("paywall")) {
            return "newsletter or subscription";
        }
        if (word.startsWith("shar") || word.equals("social")) {
            return "share buttons";
        }
        if (word.startsWith("cookie") || word.equals("consent") || word.equals("gdpr")) {
            return "cookie notice";
        }
        if (word.startsWith("breadcrumb")) {
            return "breadcrumbs";
        }
        return "advertising";
    }

    private static boolean inTableOrCode(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String t = p.normalName();
            if ("table".equals(t) || "code".equals(t) || "pre".equals(t)) {
                return true;
            }
        }
        return false;
    }
}
