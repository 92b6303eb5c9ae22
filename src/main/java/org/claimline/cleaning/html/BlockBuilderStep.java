package org.claimline.cleaning.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimline.model.Block;
import org.claimline.model.BlockKind;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the page into blocks in document order: the article's elements become kept blocks of the right
 * kind (headings, paragraphs, list items, quotes, code, captions; table rows as cells joined by " | "),
 * and every cut-out or outside container becomes one removed block with its reason, so the reader can
 * show it in place and restore it.
 */
public final class BlockBuilderStep {
    static final String OUTSIDE = "outside the article";
    static final String TITLE_REPEAT = "repeats the title";
    static final String BYLINE = "byline";
    static final String DATE_LINE = "date line";
    static final String LINK_ONLY = "link to another page";
    static final String FILING = "where the post is filed";
    static final String MENU = "row of links";
    static final String PRINT_NOTE = "print edition note";
    /** The note under a newspaper's article on where it was printed: "A version of this article appeared in print on …". */
    private static final Pattern PRINT_EDITION = Pattern.compile("(?i)^\\W{0,2}a version of this (?:article|story|column"
            + "|review|report) (?:first )?appear(?:s|ed)\\b");
    /** A paragraph of links in this many parts between separators is a menu. */
    static final int MIN_MENU_PARTS = 5;
    /** A post's filing line: "Posted in News | 3 Comments", "Tags: …", "Filed under: …", "Categories: …", "Share this". */
    private static final Pattern FILING_LINE = Pattern.compile("(?i)^(?:posted in\\b|filed (?:under|in)\\b|tags?\\s*:"
            + "|tagged\\b|categor(?:y|ies)\\s*:|share this\\b|share\\s*:|permalink\\b|email this\\b|print this\\b)");
    private static final int MAX_FILING_LINE = 300;
    private static final int MAX_TEASER = 200;
    private static final Pattern TIME_OF_DAY = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
    private static final int MAX_BYLINE_LINE = 100;
    /** Caption text that outweighs the rest of the article this many times over is the article (a slideshow). */
    private static final int SLIDESHOW_RATIO = 2;
    private static final int MIN_SLIDESHOW_TEXT = 200;

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n[ \\t]*\n");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
            "table", "tr", "thead", "tbody", "tfoot", "caption", "figure", "figcaption", "form", "fieldset", "address",
            "hr", "details", "summary", "center", "hgroup", "body", "html", "menu", "legend", "output", "video",
            "picture", "noscript", "frameset", "frame");

    public void apply(ExtractionContext ctx) {
        Element body = ctx.document().body();
        List<Block> out = new ArrayList<>();
        if (body == null) {
            ctx.blocks(out);
            return;
        }
        Set<Element> content = ctx.content().isEmpty() ? Set.of(body) : ctx.content();
        Set<Element> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element c : content) {
            for (Element p = c.parent(); p != null && ancestors.add(p); p = p.parent()) {
                // every ancestor once; the loop stops at the first one already known
            }
        }
        String title = ctx.metadata().title();
        String documentTitle = TitleStep.documentTitle(ctx.document());
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                Block removed = ctx.removal(e);
                if (removed != null) {
                    out.add(removed);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (content.contains(e)) {
                    for (Block b : new Writer(ctx, false).write(e)) {
                        // the headline repeats the declared title, or the browser's when the page declares another
                        out.add(b.kind() == BlockKind.HEADING && (TitleStep.duplicatesTitle(b.text(), title)
                                || TitleStep.duplicatesTitle(b.text(), documentTitle)) ? b.withRemoved(TITLE_REPEAT) : b);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (ancestors.contains(e)) {
                    return FilterResult.CONTINUE;
                }
                String text = containerText(e, ctx);
                if (text.length() >= ExtractionContext.MIN_REMOVED_CHARS) {
                    out.add(Block.removed(containerKind(e), text, OUTSIDE));
                }
                return FilterResult.SKIP_ENTIRELY;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        cutCommentSection(out);
        cutAtLegalNotice(out);
        cutRelatedLinks(out);
        dropLeadingRelatedLinks(out);
        dropLeadingHeadlines(out, title);
        ctx.blocks(dropBylines(out, ctx.metadata().byline()));
    }

    static final String COMMENTS = "reader comments";
    /** The heading of a comment section, in English: "Comments", "12 comments", "Leave a reply", "Comments are closed". */
    private static final Pattern COMMENT_SECTION = Pattern.compile("(?i)^(?:\\d[\\d,.]*\\s+)?(?:comments|reader comments"
            + "|responses|replies)(?:\\s*\\(\\d[\\d,.]*\\))?:?$|^\\d+ (?:comment|response|reply):?$"
            + "|^(?:leave|post|add|write) a (?:comment|reply):?$|^join the (?:discussion|conversation)$"
            + "|^comments are (?:now )?closed(?: (?:for|on) this (?:story|article|post|entry))?\\.?$"
            + "|^(?:show|view|load|see|read) (?:all )?(?:\\d[\\d,.]* )?comments$|^\\d+ (?:comments?|responses?|replies) (?:to|on) ");
    private static final int MAX_COMMENT_HEADING = 120;
    /** The heading ends the article after this share of the region's text... */
    static final double COMMENTS_AFTER_SHARE = 0.3;
    /** ...or after this much text, an article's worth, however long the thread under it. */
    static final int COMMENTS_AFTER_CHARS = 1200;

    /**
     * A comment section's heading inside the region ("Comments", "Leave a Reply", "Comments are now closed for this
     * story") ends the article when enough of the article comes before it: the readers' posts under it, however they
     * are marked up, are not the article. A page that is mostly discussion keeps it (little text before the heading).
     */
    static void cutCommentSection(List<Block> out) {
        cutFrom(out, COMMENTS, (before, total) -> before >= COMMENTS_AFTER_SHARE * total || before >= COMMENTS_AFTER_CHARS,
                i -> isCommentHeading(firstLine(out.get(i).text())));
    }

    /** A comment section's heading: "Comments", "12 comments", "Leave a Reply", "Comments are closed". */
    static boolean isCommentHeading(String line) {
        return line.length() <= MAX_COMMENT_HEADING && mentionsComments(line) && COMMENT_SECTION.matcher(line).find();
    }

    /**
     * Removes the first kept block that {@code marker} accepts, once {@code enough} accepts the text before it (and
     * the region's whole text), with every kept block after it.
     */
    private static void cutFrom(List<Block> out, String reason, java.util.function.BiPredicate<Integer, Integer> enough,
            java.util.function.IntPredicate marker) {
        int total = 0;
        for (Block b : out) {
            total += b.inText() ? b.text().length() : 0;
        }
        int before = 0;
        for (int i = 0; i < out.size(); i++) {
            Block b = out.get(i);
            if (!b.inText()) {
                continue;
            }
            if (enough.test(before, total) && marker.test(i)) {
                for (int j = i; j < out.size(); j++) {
                    if (out.get(j).isKept()) {
                        out.set(j, out.get(j).withRemoved(reason));
                    }
                }
                return;
            }
            before += b.text().length();
        }
    }

    static final String LEGAL = "copyright notice and what follows";
    /** A copyright notice: the sign, "Copyright" near a year, "All rights reserved". */
    private static final Pattern LEGAL_NOTICE = Pattern.compile("(?i)\u00a9|\\(c\\)\\s*(?:19|20|copyright)"
            + "|\\bcopyright\\b.{0,60}\\b(?:19|20)\\d\\d\\b|\\b(?:19|20)\\d\\d\\b.{0,60}\\bcopyright\\b|all rights reserved");
    /** ... that opens its block (a sentence about copyright, a photo credit inside a caption, is no notice). */
    private static final Pattern LEGAL_START = Pattern.compile("(?i)^\\W{0,3}(?:\u00a9|\\(c\\)|copyright|all rights reserved)");
    private static final int MAX_LEGAL = 400;
    /** The notice ends the article after this share of the region's text. */
    static final double LEGAL_AFTER_SHARE = 0.3;
    /**
     * ... and at least this much text (the extractor's minimum for trusting the strict pass, which a cut must not
     * push a short page under: the lenient retry would then take the page's boxes in).
     */
    static final int LEGAL_AFTER_CHARS = 500;

    /**
     * A copyright notice after the article's text ("© 2008 The Associated Press. All rights reserved…", "Copyright
     * 2008 by UPI") ends it: what a layout cell holds under the notice is the page's furniture (more headlines, the
     * site's own copyright and links), not the article. The notice opens its block or says "all rights reserved", and
     * 30 % of the region's text comes before it.
     */
    static void cutAtLegalNotice(List<Block> out) {
        cutFrom(out, LEGAL, (before, total) -> before >= LEGAL_AFTER_SHARE * total && before >= LEGAL_AFTER_CHARS,
                i -> isLegalNotice(out.get(i).text()));
    }

    static boolean isLegalNotice(String t) {
        if (t.length() >= MAX_LEGAL) {
            return false;
        }
        String l = t.toLowerCase(java.util.Locale.ROOT);
        boolean cheap = l.indexOf('\u00a9') >= 0 || l.contains("(c)") || l.contains("copyright") || l.contains("rights reserved");
        return cheap && LEGAL_NOTICE.matcher(t).find() && (LEGAL_START.matcher(t).find() || l.contains("rights reserved"));
    }

    private static String firstLine(String t) {
        int nl = t.indexOf('\n');
        return (nl < 0 ? t : t.substring(0, nl)).strip();
    }

    static final String RELATED = "related links";
    /** The heading of a box of links to other pages: "More headlines", "Related stories", "More in Sport", "See also". */
    private static final Pattern RELATED_HEADING = Pattern.compile("(?i)^(?:more|related|other|latest|top|recent|also"
            + "|similar)\\b.{0,30}\\b(?:news|stories|headlines|articles|posts|links|coverage|in\\b.*)\\s*:?$"
            + "|^(?:related|see also|read more|also read|you may also like|more from .{1,40})\\s*:?$");
    private static final int MAX_RELATED_HEADING = 60;
    /** The heading ends the article after this share of the region's text... */
    static final double RELATED_AFTER_SHARE = 0.5;
    /** ...when what follows holds no more than this many characters in paragraphs of prose... */
    static final int MAX_PROSE_AFTER_RELATED = 200;
    /** ...counting paragraphs of this length (a teaser's summary is shorter). */
    static final int PROSE_PARAGRAPH = 150;

    /**
     * A related-links heading in the last half of the region ("More headlines", "Related stories", "More in South
     * Asia news") followed by teasers only — headlines and short summaries, no paragraph of prose — ends the article:
     * a layout cell that holds the article also holds the site's links under it. A "Related" box inside the body, with
     * more of the article after it, stays.
     */
    static void cutRelatedLinks(List<Block> out) {
        cutFrom(out, RELATED, (before, total) -> before >= RELATED_AFTER_SHARE * total, i -> {
            String first = firstLine(out.get(i).text());
            if (first.length() > MAX_RELATED_HEADING || !RELATED_HEADING.matcher(first).find()) {
                return false;
            }
            int prose = 0;
            for (int j = i + 1; j < out.size(); j++) {
                Block b = out.get(j);
                if (b.inText() && b.text().length() > PROSE_PARAGRAPH && isSentenceLike(b.text())) {
                    prose += b.text().length();
                }
            }
            return prose <= MAX_PROSE_AFTER_RELATED;
        });
    }

    /**
     * A related-links box above the article ("More Breaking Business News", "Also Read", "Related News" over a column of
     * headlines): the heading and the lines under it up to the article's first sentence leave the text, when one line
     * at least follows the heading and a sentence does come after them.
     */
    static void dropLeadingRelatedLinks(List<Block> out) {
        int heading = -1;
        for (int i = 0; i < out.size(); i++) {
            Block b = out.get(i);
            if (!b.inText()) {
                continue;
            }
            if (isSentenceLike(b.text())) {
                if (heading >= 0) {
                    removeTeasers(out, heading, i);
                }
                return;
            }
            String first = firstLine(b.text());
            if (heading < 0 && first.length() <= MAX_RELATED_HEADING && RELATED_HEADING.matcher(first).find()) {
                heading = i;
            }
        }
    }

    /** Removes the kept blocks from the heading at {@code from} to {@code to} (exclusive), when a line follows it. */
    private static void removeTeasers(List<Block> out, int from, int to) {
        int followers = 0;
        for (int j = from + 1; j < to; j++) {
            followers += out.get(j).inText() ? 1 : 0;
        }
        if (followers == 0) {
            return;
        }
        for (int j = from; j < to; j++) {
            if (out.get(j).inText()) {
                out.set(j, out.get(j).withRemoved(RELATED));
            }
        }
    }

    private static boolean mentionsComments(String line) {
        String l = line.toLowerCase(java.util.Locale.ROOT);
        return l.contains("comment") || l.contains("repl") || l.contains("respons") || l.contains("discussion")
                || l.contains("conversation");
    }

    /** A heading above the article's first sentence whose words this share of are the title's is the headline. */
    static final double HEADLINE_SIMILARITY = 0.75;

    /**
     * The headline printed again at the top of the region in another wording than the declared title ("Who will win?"
     * under the title "Who will win? « Blog", a section's prefix or a site's suffix around it): a heading before the
     * first sentence of the article, of two words or more, whose words are nearly all the title's.
     */
    static void dropLeadingHeadlines(List<Block> out, String title) {
        if (title == null) {
            return;
        }
        for (int i = 0; i < out.size(); i++) {
            Block b = out.get(i);
            if (!b.inText()) {
                continue;
            }
            if (isSentenceLike(b.text())) {
                return;
            }
            if (b.kind() == BlockKind.HEADING && Texts.normalize(b.text()).split(" ").length >= 2
                    && TitleStep.similarity(title, b.text()) > HEADLINE_SIMILARITY) {
                out.set(i, b.withRemoved(TITLE_REPEAT));
            }
        }
    }

    /** A line of prose: eight words or more, sentence punctuation (or two commas), words mostly in lower case. */
    static boolean isSentenceLike(String text) {
        String[] words = Texts.normalize(text).split(" ");
        if (words.length < 8) {
            return false;
        }
        boolean marks = false;
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            marks |= c == '.' || c == '!' || c == '?' || c == ';' || c == ':';
            commas += c == ',' ? 1 : 0;
        }
        int cased = 0;
        int lower = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && (Character.isUpperCase(w.charAt(0))
                    || Character.isLowerCase(w.charAt(0)))) {
                cased++;
                lower += Character.isLowerCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return (marks || commas >= 2) && (cased == 0 || lower >= 0.4 * cased);
    }

    /**
     * Second look at the kept blocks: a short line naming the author is the byline printed in the page, and
     * a short line with a time of day and hardly a lower-case word ("Updated Nov 19, 6:55 AM") is a dateline, and a
     * line opening with where the post is filed ("Posted in News | 3 Comments", "Tags: …", "Share this") is none of the
     * article.
     */
    static List<Block> dropBylines(List<Block> blocks, List<String> authors) {
        List<Block> out = new ArrayList<>(blocks);
        int kept = 0;
        int links = 0;
        for (Block b : out) {
            kept += b.inText() ? b.text().length() : 0;
            links += LINK_ONLY.equals(b.removedReason()) ? b.text().length() : 0;
        }
        if (links > kept) {
            // a page that is mostly link paragraphs (a link roundup, a table of contents) means them
            out.replaceAll(b -> LINK_ONLY.equals(b.removedReason()) ? b.restored() : b);
        }
        int captions = 0;
        for (Block b : out) {
            captions += b.isKept() && b.kind() == BlockKind.CAPTION ? b.text().length() : 0;
        }
        if (captions >= MIN_SLIDESHOW_TEXT && captions > SLIDESHOW_RATIO * kept) {
            // a page whose text is nearly all in caption-named blocks is a slideshow: the captions are its text
            out.replaceAll(b -> b.isKept() && b.kind() == BlockKind.CAPTION ? Block.kept(BlockKind.PARAGRAPH, b.text())
                    : b);
        }
        for (int i = 0; i < out.size(); i++) {
            Block b = out.get(i);
            if (!b.inText()) {
                continue;
            }
            if (b.text().length() < MAX_FILING_LINE && FILING_LINE.matcher(b.text().strip()).find()) {
                out.set(i, b.withRemoved(FILING));
            } else if (b.text().length() < MAX_LEGAL && PRINT_EDITION.matcher(b.text()).find()) {
                out.set(i, b.withRemoved(PRINT_NOTE));
            } else if ((b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.LIST_ITEM) && isToolLine(b.text())) {
                out.set(i, b.withRemoved(TOOL_LINE));
            } else if (isBylineLine(b, authors)) {
                out.set(i, b.withRemoved(BYLINE));
            } else if (isDateLine(b)) {
                out.set(i, b.withRemoved(DATE_LINE));
            }
        }
        return out;
    }

    static final String TOOL_LINE = "article tools";
    /** What a page offers to do with the article: print it, mail it, save it, share it, comment on it. */
    private static final Pattern TOOL_WORD = Pattern.compile("(?i)^\\W{0,2}(?:print|printer|printable|e-?mail|save|share"
            + "|send|tell a friend|digg|del\\.icio\\.us|bookmark|reprints?|text size|font size|rss)\\b");
    private static final Pattern TOOL_SEPARATOR = Pattern.compile("\\s*[|\u2022\u00b7\n]\\s*");
    private static final int MAX_TOOL_LINE = 120;
    private static final int MAX_TOOL_WORDS = 7;

    /**
     * A short line whose parts ("Print Format | Save Article", "Comment | Tell A Friend", "Printer friendly page") each
     * offer something to do with the article, a few words at most, no sentence: the page's tools, not its text.
     */
    static boolean isToolLine(String text) {
        String t = text.strip();
        if (t.length() > MAX_TOOL_LINE || t.endsWith(".") || t.endsWith("!") || isSentenceLike(t)) {
            return false;
        }
        int parts = 0;
        for (String part : TOOL_SEPARATOR.split(t)) {
            if (part.isEmpty()) {
                continue;
            }
            if (Texts.wordCount(part) > MAX_TOOL_WORDS || !TOOL_WORD.matcher(part).find()) {
                return false;
            }
            parts++;
        }
        return parts > 0;
    }

    private static boolean isDateLine(Block b) {
        String t = b.text();
        if (b.kind() != BlockKind.PARAGRAPH || t.length() > MAX_BYLINE_LINE || !TIME_OF_DAY.matcher(t).find()) {
            return false;
        }
        int lowerWords = 0;
        for (String w : t.split("[^\\p{L}]+")) {
            if (w.length() >= 3 && Character.isLowerCase(w.charAt(0))) {
                lowerWords++;
            }
        }
        return lowerWords <= 1;
    }

    private static boolean isBylineLine(Block b, List<String> authors) {
        if (b.kind() != BlockKind.PARAGRAPH || b.text().length() > MAX_BYLINE_LINE || authors.isEmpty()) {
            return false;
        }
        String t = b.text().toLowerCase(java.util.Locale.ROOT);
        return authors.stream().anyMatch(a -> a.length() > 2 && t.contains(a.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The text of a container as lines (one per block inside it), cut-out parts included. */
    static String containerText(Element e, ExtractionContext ctx) {
        StringBuilder sb = new StringBuilder();
        for (Block b : new Writer(ctx, true).write(e)) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(b.text());
        }
        return sb.toString();
    }

    static BlockKind containerKind(Element e) {
        return switch (e.normalName()) {
            case "ul", "ol", "li" -> BlockKind.LIST_ITEM;
            case "blockquote" -> BlockKind.QUOTE;
            case "figure", "figcaption" -> BlockKind.CAPTION;
            case "pre" -> BlockKind.CODE;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> BlockKind.HEADING;
            default -> BlockKind.PARAGRAPH;
        };
    }

    /** Walks one subtree iteratively, collecting inline text until a block boundary. */
    private static final class Writer implements NodeFilter {
        private final ExtractionContext ctx;
        private final boolean flattenRemoved;
        private final List<Block> blocks = new ArrayList<>();
        private final StringBuilder buf = new StringBuilder();
        private int pre;
        private int caption;
        private int heading;
        private int quote;
        private int listItem;
        private boolean cellOpen;
        private int linkDepth;
        private int linkChars;
        private int linkLetters;

        Writer(ExtractionContext ctx, boolean flattenRemoved) {
            this.ctx = ctx;
            this.flattenRemoved = flattenRemoved;
        }

        List<Block> write(Element root) {
            NodeTraversor.filter(this, root);
            flush();
            return blocks;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                appendText(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            Block removed = ctx.removal(e);
            if (removed != null) {
                flush();
                blocks.add(flattenRemoved ? removed.restored() : removed);
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = e.normalName();
            switch (tag) {
                case "a" -> linkDepth++;
                case "br" -> buf.append('\n');
                case "td", "th" -> {
                    if (cellOpen && !buf.isEmpty()) {
                        buf.append(" | ");
                    }
                    cellOpen = true;
                }
                case "script", "style", "template", "noscript" -> {
                    return FilterResult.SKIP_ENTIRELY;
                }
                default -> {
                    if (BLOCK_TAGS.contains(tag)) {
                        flush();
                        enter(tag, 1);
                        if (isCaptionClass(e)) {
                            caption++;
                        }
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    enter(tag, -1);
                    if (isCaptionClass(e)) {
                        caption--;
                    }
                }
                if ("tr".equals(tag)) {
                    cellOpen = false;
                } else if ("a".equals(tag)) {
                    linkDepth--;
                }
            }
            return FilterResult.CONTINUE;
        }

        /** Photo captions and credits outside {@code <figcaption>}: named so by their class. */
        private static boolean isCaptionClass(Element e) {
            String c = e.className();
            if (c.isEmpty()) {
                return false;
            }
            String l = c.toLowerCase(java.util.Locale.ROOT);
            return l.contains("caption") || l.contains("credit");
        }

        private void enter(String tag, int d) {
            switch (tag) {
                case "pre" -> pre += d;
                case "figcaption", "caption" -> caption += d;
                case "h1", "h2", "h3", "h4", "h5", "h6" -> heading += d;
                case "blockquote" -> quote += d;
                case "li", "dd", "dt" -> listItem += d;
                case "tr" -> cellOpen = false;
                default -> { }
            }
        }

        private void appendText(String s) {
            int before = buf.length();
            appendText0(s);
            if (linkDepth > 0) {
                linkChars += buf.length() - before;
                linkLetters += letters(buf, before, buf.length());
            }
        }

        private void appendText0(String s) {
            if (pre > 0) {
                buf.append(s);
                return;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Texts.isSpace(c)) {
                    if (!buf.isEmpty() && buf.charAt(buf.length() - 1) != ' ' && buf.charAt(buf.length() - 1) != '\n') {
                        buf.append(' ');
                    }
                } else {
                    buf.append(c);
                }
            }
        }

        private void flush() {
            if (buf.isEmpty()) {
                return;
            }
            BlockKind kind = pre > 0 ? BlockKind.CODE : caption > 0 ? BlockKind.CAPTION : heading > 0 ? BlockKind.HEADING
                    : quote > 0 ? BlockKind.QUOTE : listItem > 0 ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
            if (pre > 0) {
                String code = codeText(buf);
                if (!code.isEmpty()) {
                    blocks.add(Block.kept(kind, code));
                }
            } else {
                // a short paragraph that is all link is a teaser for another page ("Read more…", a headline)
                boolean teaser = kind == BlockKind.PARAGRAPH && linkChars * 10 >= buf.length() * 9
                        && buf.length() < MAX_TEASER;
                // a row of links between separators, however long, is a menu ("Home | National | Sport | …")
                boolean menu = !teaser && kind == BlockKind.PARAGRAPH && separatedParts(buf) >= MIN_MENU_PARTS
                        && linkLetters * 10 >= letters(buf, 0, buf.length()) * 8;
                // text split by blank <br> lines is several paragraphs written without <p>
                for (String para : PARAGRAPH_BREAK.split(buf)) {
                    String text = lines(para);
                    if (!text.isEmpty()) {
                        blocks.add(teaser ? Block.removed(kind, text, LINK_ONLY)
                                : menu ? Block.removed(kind, text, MENU) : Block.kept(kind, text));
                    }
                }
            }
            buf.setLength(0);
            linkChars = 0;
            linkLetters = 0;
        }

        private static int letters(CharSequence s, int from, int to) {
            int n = 0;
            for (int i = from; i < to; i++) {
                n += Character.isLetterOrDigit(s.charAt(i)) ? 1 : 0;
            }
            return n;
        }

        /** Parts of the text between separators ('|', '•', '·'), empty ones not counted. */
        private static int separatedParts(CharSequence s) {
            int parts = 0;
            boolean text = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '|' || c == '\u2022' || c == '\u00b7') {
                    parts += text ? 1 : 0;
                    text = false;
                } else if (!Texts.isSpace(c)) {
                    text = true;
                }
            }
            return parts + (text ? 1 : 0);
        }

        /** Whitespace-normalised lines ({@code <br>} breaks kept), blank ones dropped. */
        private static String lines(CharSequence s) {
            StringBuilder sb = new StringBuilder();
            for (String line : s.toString().split("\n")) {
                String n = Texts.normalize(line);
                if (!n.isEmpty()) {
                    if (sb.length() > 0) {
                        sb.append('\n');
                    }
                    sb.append(n);
                }
            }
            return sb.toString();
        }

        private static String codeText(CharSequence s) {
            String t = s.toString().replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \\t\\u00a0]+\n", "\n");
            return t.replaceAll("^\n+", "").stripTrailing();
        }
    }
}
