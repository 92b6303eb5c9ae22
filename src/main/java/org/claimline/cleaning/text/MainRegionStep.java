package org.claimline.cleaning.text;

import java.util.List;
import org.claimline.cleaning.text.TextLine.Quality;

/**
 * Locates the article body: the run of lines with the largest score (maximum subarray, linear), where good lines
 * add their length and bad lines subtract a cost. Good lines outside it (a teaser list, a cookie notice, a long
 * footer) are dropped; bad lines inside it (a related-links block in the middle of the body) stay dropped.
 */
public final class MainRegionStep implements TextDumpStep {

    static final double BAD_COST = 25;
    static final double BAD_CHAR_COST = 0.4;
    static final int BAD_CHAR_CAP = 400;

    @Override
    public String name() {
        return "main-region";
    }

    @Override
    public void apply(TextDumpContext ctx) {
        List<TextLine> ls = ctx.lines;
        int dateline = firstDateline(ls);
        boolean[] isolated = isolated(ls);
        boolean[] about = aboutBox(ls);
        boolean[] widget = widgetLists(ls);
        boolean[] announced = announcedLists(ls);
        double[] values = new double[ls.size()];
        int shortRun = 0;
        for (int i = 0; i < ls.size(); i++) {
            TextLine l = ls.get(i);
            double v = value(l);
            if (isolated[i] && v > 0) {
                v *= ISOLATED_WEIGHT;
            }
            if (about[i] && v > 0) {
                v *= ABOUT_WEIGHT;
            }
            // an announced list's items barely interrupt the body, as a heading does
            if (announced[i] && v < -SHORT_COST) {
                v = -SHORT_COST;
            }
            if (widget[i]) {
                v = -(BAD_COST + BAD_CHAR_COST * Math.min(shownChars(l), BAD_CHAR_CAP));
            }
            if (v > 0 && dateline >= 0 && i > dateline && i - dateline <= DATELINE_LINES) {
                v *= DATELINE_WEIGHT;
            }
            // one heading interrupts a body; a run of headline-shaped lines is a list of links, and costs more
            // with every line. A line that goes on in lower case continues the one above it (a fact box or pull
            // quote wrapped at a narrow column's width): no new headline, it adds nothing to the run's cost
            boolean headlineShaped = proseLike(l) && !l.endsSentence() && !l.listRow && !l.code;
            boolean goesOn = headlineShaped && shortRun > 0 && Character.isLowerCase(l.text.codePointAt(0));
            shortRun = headlineShaped ? goesOn ? shortRun : shortRun + 1 : 0;
            if (shortRun > 1 && !goesOn) {
                v -= RUN_COST * (shortRun - 1);
            }
            values[i] = v;
        }
        double[] found = densest(values, 0, ls.size() - 1);
        int bestStart = (int) found[0];
        int bestEnd = (int) found[1];
        int thread = bestStart > 0 ? threadHeadingAbove(ls, bestStart) : -1;
        if (thread > 0) {
            double[] post = densest(values, 0, thread - 1);
            if (post[0] >= 0 && post[2] >= THREAD_POST_VALUE) {
                bestStart = (int) post[0];
                bestEnd = (int) post[1];
            } else {
                thread = -1;
            }
        }
        if (bestStart >= 0) {
            int uncut = bestEnd;
            bestEnd = beforeComments(ls, bestStart, bestEnd);
            bestEnd = beforeCommentsHeading(ls, bestStart, bestEnd, isolated);
            // the text cut off here is the readers' thread, not article text left out (the clean's confidence
            // does not count it as prose the article lost)
            ctx.commentsFrom = thread > 0 ? thread
                    : bestEnd < uncut && commentsCut(ls, bestEnd + 1, uncut) ? bestEnd + 1 : -1;
            bestEnd = beforeTeasers(ls, bestStart, bestEnd);
            bestEnd = beforeNewsletter(ls, bestStart, bestEnd);
            bestEnd = beforePostFooter(ls, bestStart, bestEnd);
            bestStart = afterLoneHead(ls, bestStart, bestEnd);
            if (thin(ls, bestStart, bestEnd)) {
                int start = grow(ls, bestStart, -1);
                int end = grow(ls, bestEnd, 1);
                lift(ls, start, bestStart - 1);
                lift(ls, bestEnd + 1, end);
                bestStart = start;
                bestEnd = end;
            }
        }
        ctx.regionStart = bestStart;
        ctx.regionEnd = bestEnd;
        for (int i = Math.max(0, bestStart); i <= bestEnd; i++) {
            ls.get(i).inRegion = true;
            // the items of a list the body announces, with body on both sides, are the article's
            if (announced[i] && i > bestStart && i < bestEnd) {
                ls.get(i).quality = Quality.GOOD;
            }
        }
    }

    /** The maximum-sum run of {@code values} in [{@code from}, {@code to}]: start, end and sum (start -1 when none gains). */
    static double[] densest(double[] values, int from, int to) {
        double best = 0;
        int bestStart = -1;
        int bestEnd = -1;
        double run = 0;
        int runStart = from;
        for (int i = from; i <= to; i++) {
            if (run <= 0) {
                run = values[i];
                runStart = i;
            } else {
                run += values[i];
            }
            if (run > best) {
                best = run;
                bestStart = runStart;
                bestEnd = i;
            }
        }
        return new double[] {bestStart, bestEnd, best};
    }

    /**
     * The heading of a comment thread that counts the readers' posts and names the post ("8 comments on “New work”", "156 Responses to “Shuteye”", "12 thoughts on “…”").
     */
    static final java.util.regex.Pattern THREAD_TITLE = java.util.regex.Pattern.compile(
            "(?iu)(?:\\d+|no|one|two|three)\\s+(?:\\p{L}+\\s+)?(?:comments?|responses?|replies|thoughts|reactions)"
                    + "\\s+(?:on|to)\\s+[\"“‘'«].*");
    /** How many lines above the region's first a thread's heading may stand (the first commenter's name between). */
    static final int THREAD_ABOVE = 3;
    /** The least value of text before the thread that makes a post of its own (a few sentences). */
    static final double THREAD_POST_VALUE = 100;

    /**
     * When the densest run starts right under a comment thread's heading, it is the thread: the post is before the
     * heading (a short post whose sentences, each near-good, weigh less than the readers' longer posts). The
     * heading's line, or -1.
     */
    static int threadHeadingAbove(List<TextLine> ls, int start) {
        for (int i = start - 1; i >= Math.max(0, start - THREAD_ABOVE); i--) {
            TextLine l = ls.get(i);
            if (l.shape == TextLine.Shape.TEXT && !l.bullet && l.words <= 20 && THREAD_TITLE.matcher(l.text).matches()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The page's first date line is most often the article's own dateline, and its body starts right under it
     * (after a byline or share buttons at most): text within {@link #DATELINE_LINES} lines below it weighs
     * {@link #DATELINE_WEIGHT} times as much, so a short article beats a longer footer or teaser further down.
     */
    static final int DATELINE_LINES = 4;
    static final double DATELINE_WEIGHT = 2;

    static int firstDateline(List<TextLine> ls) {
        for (TextLine l : ls) {
            if (l.shape == TextLine.Shape.DATE || l.shape == TextLine.Shape.DATE_SECTION) {
                return l.index;
            }
        }
        return -1;
    }

    /**
     * A good line whose nearest neighbours with text on both sides are bad stands alone: the summary of a teaser
     * card (headline, summary, source and buttons, again and again) looks like that, a body paragraph rarely does.
     * When the next or previous good line stands alone too, it weighs {@link #ISOLATED_WEIGHT} times its length. Short lines and image file names are not neighbours.
     */
    static final double ISOLATED_WEIGHT = 0.25;

    static boolean[] isolated(List<TextLine> ls) {
        int n = ls.size();
        boolean[] badBefore = new boolean[n];
        boolean bad = true;
        for (int i = 0; i < n; i++) {
            badBefore[i] = bad;
            TextLine l = ls.get(i);
            if (neighbour(l)) {
                bad = l.quality == Quality.BAD;
            }
        }
        boolean[] out = new boolean[n];
        bad = true;
        for (int i = n - 1; i >= 0; i--) {
            TextLine l = ls.get(i);
            out[i] = l.quality == Quality.GOOD && bad && badBefore[i];
            if (neighbour(l)) {
                bad = l.quality == Quality.BAD;
            }
        }
        // one lone paragraph (a lede between share buttons and a photo) is no stream of cards: the good line
        // before or after it must stand alone as well
        boolean[] stream = new boolean[n];
        int prevGood = -1;
        for (int i = 0; i < n; i++) {
            if (ls.get(i).quality != Quality.GOOD) {
                continue;
            }
            if (prevGood >= 0 && out[prevGood] && out[i]) {
                stream[prevGood] = true;
                stream[i] = true;
            }
            prevGood = i;
        }
        return stream;
    }

    private static boolean neighbour(TextLine l) {
        return l.initialQuality != Quality.SHORT && l.shape != TextLine.Shape.IMAGE;
    }

    /**
     * A site's or an author's blurb in a sidebar: a heading "About", "About me", "About Jane Roe", "About the blog"
     * over a paragraph or two. It reads as well as any body and is often longer than a short post; its paragraphs
     * weigh {@link #ABOUT_WEIGHT} of their length, when they are few ({@link #ABOUT_LINES}, {@link #ABOUT_CHARS}).
     */
    static final java.util.regex.Pattern ABOUT_HEADING = java.util.regex.Pattern.compile(
            "(?iu)(?:about|über|à propos(?: de)?|acerca de|sobre)(?:\\s+\\S+){0,3}\\s*:?");
    static final double ABOUT_WEIGHT = 0.25;
    static final int ABOUT_REACH = 6;
    static final int ABOUT_LINES = 3;
    static final int ABOUT_CHARS = 1200;

    static boolean[] aboutBox(List<TextLine> ls) {
        boolean[] out = new boolean[ls.size()];
        for (int i : headings(ls, ABOUT_HEADING, 5)) {
            if (!ls.get(i).endsSentence()) {
                markAbout(ls, i, out);
            }
        }
        return out;
    }

    /** Marks the paragraphs of the box under the "About" heading at {@code i}, when they are few and start with a sentence. */
    private static void markAbout(List<TextLine> ls, int i, boolean[] out) {
        int n = ls.size();
        int k = i + 1;
        while (k < n && k <= i + ABOUT_REACH && ls.get(k).quality != Quality.GOOD) {
            k++;
        }
        if (k >= n || ls.get(k).initialQuality == Quality.SHORT || !fullStop(ls.get(k).text)) {
            return;
        }
        int from = k;
        int lines = 0;
        long chars = 0;
        while (k < n && ls.get(k).quality == Quality.GOOD) {
            if (ls.get(k).initialQuality != Quality.SHORT) {
                lines++;
                chars += ls.get(k).weightedChars;
            }
            k++;
        }
        if (k > from && lines <= ABOUT_LINES && chars <= ABOUT_CHARS) {
            java.util.Arrays.fill(out, from, k, true);
        }
    }

    /**
     * The heading of a blog's sidebar widget: "Recent comments", "Latest posts", "Popular entries", "Most commented".
     * The list under it quotes the readers or names other posts; its items read as text, but are no article.
     */
    static final java.util.regex.Pattern WIDGET_HEADING = java.util.regex.Pattern.compile(
            "(?iu)(?:recent|latest|newest|popular|top|most (?:popular|read|commented|viewed))\\s+(?:comments|posts|entries"
                    + "|articles|stories)\\s*:?");
    /** How far below its heading a widget's list may start. */
    static final int WIDGET_REACH = 2;

    /** The bulleted lines of a list right under a sidebar widget's heading (see {@link #WIDGET_HEADING}). */
    static boolean[] widgetLists(List<TextLine> ls) {
        int n = ls.size();
        boolean[] out = new boolean[n];
        for (int i : headings(ls, WIDGET_HEADING, 4)) {
            int k = i + 1;
            while (k < n && k <= i + WIDGET_REACH && !ls.get(k).bullet) {
                k++;
            }
            while (k < n && ls.get(k).bullet) {
                out[k++] = true;
            }
        }
        return out;
    }

    /** Fewest words of a sentence that announces a list with its colon. */
    static final int ANNOUNCE_WORDS = 6;

    /**
     * The items of a bulleted list that a sentence of the body announces ("The following schools will be closed on
     * Thursday:"): names, short and without a sentence each, they read as a menu, but the body goes on after them.
     */
    static boolean[] announcedLists(List<TextLine> ls) {
        int n = ls.size();
        boolean[] out = new boolean[n];
        for (int i = 0; i + 1 < n; i++) {
            TextLine l = ls.get(i);
            if (l.shape == TextLine.Shape.TEXT && !l.bullet && l.words >= ANNOUNCE_WORDS && l.text.endsWith(":")
                    && (l.initialQuality == Quality.GOOD || l.initialQuality == Quality.NEAR_GOOD)) {
                int k = i + 1;
                while (k < n && ls.get(k).bullet && ls.get(k).shape == TextLine.Shape.TEXT) {
                    out[k++] = true;
                }
            }
        }
        return out;
    }

    /** The lines of text alone, no list items, of {@code maxWords} words at most, that {@code heading} matches whole. */
    private static List<Integer> headings(List<TextLine> ls, java.util.regex.Pattern heading, int maxWords) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int i = 0; i < ls.size(); i++) {
            TextLine h = ls.get(i);
            if (h.shape == TextLine.Shape.TEXT && !h.bullet && h.words <= maxWords && heading.matcher(h.text).matches()) {
                out.add(i);
            }
        }
        return out;
    }

    /** Whether {@code t} ends with a sentence's full stop (maybe inside a closing quote or bracket), not a "»". */
    static boolean fullStop(String t) {
        int i = t.length() - 1;
        while (i > 0 && "\"”’)".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?。！？".indexOf(t.charAt(i)) >= 0;
    }

    /** Near-good sentences the smoothing turned bad still look like text: they pull the region, at half weight. */
    static final double NEAR_GOOD_WEIGHT = 0.5;
    /**
     * A photo gallery printed between paragraphs is dropped, but it sits inside the body: its captions hold the
     * paragraphs on both sides together, at this weight.
     */
    static final double GALLERY_WEIGHT = 0.5;
    /** A short prose-like line (a heading, "He declined to comment.") barely interrupts the body. */
    static final double SHORT_COST = 3;
    /** Extra cost of each further headline-shaped line in a run. */
    static final double RUN_COST = 12;

    /** Comments print a name and a date line per entry; this many dated entries make a comment list. */
    static final int COMMENT_DATES = 3;

    /**
     * Ends the region before a comment list: from the first of at least {@link #COMMENT_DATES} date lines that
     * follow body text, each after a short line (the commenter's name), the rest is discussion, not article.
     */
    static int beforeComments(List<TextLine> ls, int start, int end) {
        int first = -1;
        int last = -1;
        int count = 0;
        boolean bodySeen = false;
        for (int i = start; i <= end; i++) {
            TextLine l = ls.get(i);
            if (bodySeen && l.shape == TextLine.Shape.TEXT && entryHeader(l)) {
                if (first < 0) {
                    first = i;
                }
                last = i;
                count++;
            } else if (l.quality == Quality.GOOD && l.shape == TextLine.Shape.TEXT) {
                bodySeen = true;
            } else if (bodySeen && l.shape == TextLine.Shape.DATE && i > start && ls.get(i - 1).words <= 8) {
                if (first < 0) {
                    first = i - 1;
                }
                last = i;
                count++;
            } else if (bodySeen && (l.shape == TextLine.Shape.DATE_SECTION || avatar(l)) && entryHeader(l)) {
                if (first < 0) {
                    first = i;
                }
                last = i;
                count++;
            }
        }
        if (count < COMMENT_DATES || !datedEntriesHoldTheTail(ls, first, last, end)) {
            return end;
        }
        return lastGoodBefore(ls, start, first);
    }

    /** Most words a comment's header line has ("Posted by Jane Roe on November 5, 2012 at 7:56 am | Reply"). */
    static final int ENTRY_HEADER_WORDS = 16;
    /** A time of day ("7:56 am", "07:34"), which a comment's header tells and a paragraph seldom ends near. */
    static final java.util.regex.Pattern TIME_OF_DAY = java.util.regex.Pattern.compile(
            "(?i)(?<![(\\d:.])\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b(?![:.]?\\w)(?:\\s*[ap]\\.?m\\b\\.?)?"
                    + "|(?<![(\\d:.])\\b\\d{1,2}\\.\\d{2}\\s*[ap]\\.?m\\b\\.?");
    /**
     * A commenter's picture printed as its alternative text, the 32 hexadecimal digits of the address hash an
     * avatar service names it by, before the commenter's name ("b008fef4c9f39e1b0f34cc93a5293462 Jane Roe").
     */
    static final java.util.regex.Pattern AVATAR = java.util.regex.Pattern.compile("[0-9a-f]{32}\\b");
    /** A line that opens with a commenter's avatar: the name, maybe the date, after it. */
    static boolean avatar(TextLine l) {
        return (l.shape == TextLine.Shape.TEXT || l.shape == TextLine.Shape.DATE
                || l.shape == TextLine.Shape.DATE_SECTION) && l.words <= ENTRY_HEADER_WORDS
                && AVATAR.matcher(l.text).lookingAt();
    }

    /** Signs of a command or a query rather than a comment's header: a prompt, an operator, a comment marker. */
    static final java.util.regex.Pattern CODE_CHARS = java.util.regex.Pattern.compile("^[-#$|>]|[=<>{}$]");
    /** Who speaks: "Jane said," "Jane says:", "jdoe wrote:". */
    static final java.util.regex.Pattern WRITES = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:writes|wrote|says|said)\\s*[:,]?$");

    /**
     * The header line of one reader comment, where the dump prints no date line of its own: a short line that is
     * not a sentence and tells when it was posted ("David Janke 07.13.12 at 07:34", "Posted by Jane on November 5,
     * 2012 at 7:56 am | permalink | Reply") or who speaks ("Jane said,").
     */
    static boolean entryHeader(TextLine l) {
        if (avatar(l)) {
            return true;
        }
        if (l.words > ENTRY_HEADER_WORDS || l.words < 2 || l.bullet || l.code || l.listRow
                || CODE_CHARS.matcher(l.text).find() || l.shape != TextLine.Shape.TEXT
                && l.shape != TextLine.Shape.DATE_SECTION && l.shape != TextLine.Shape.DATE) {
            return false;
        }
        String t = l.text;
        if (WRITES.matcher(t).find()) {
            return true;
        }
        char c = t.charAt(t.length() - 1);
        if (c == '.' || c == '!' || c == '?') {
            return false;
        }
        java.util.regex.Matcher m = TIME_OF_DAY.matcher(t);
        return m.find() && t.length() - m.end() <= 30;
    }

    /**
     * Comments spread their dates over the discussion: the text between the first and the last dated entry (every
     * comment but the last) outweighs what follows the last one. A block of dated teasers inside the body (name,
     * date, headline) holds little text and is followed by the rest of the article.
     */
    static boolean datedEntriesHoldTheTail(List<TextLine> ls, int first, int last, int end) {
        long between = 0;
        long after = 0;
        for (int i = first; i <= end; i++) {
            TextLine l = ls.get(i);
            boolean text = (l.quality == Quality.GOOD || l.initialQuality == Quality.NEAR_GOOD) && !l.listRow;
            if (text && l.shape == TextLine.Shape.TEXT) {
                if (i < last) {
                    between += l.weightedChars;
                } else {
                    after += l.weightedChars;
                }
            }
        }
        return between >= after;
    }

    /**
     * A tail after the last paragraph is page furniture (newsletter box, "you may also like", teasers, an author
     * box) when it holds at most this share of the body's good text, has at least {@link #TAIL_LINES} text lines,
     * fewer than {@link #TAIL_SENTENCES} of them end a sentence, and its lines average less than
     * {@link #TAIL_DENSITY} of the body's characters per good line.
     */
    static final double TAIL_SHARE = 0.25;
    static final int TAIL_LINES = 4;
    static final double TAIL_SENTENCES = 0.5;
    static final double TAIL_DENSITY = 0.5;

    /** "You may also like…": a label that trails off is not a sentence. */
    static boolean trailsOff(TextLine l) {
        return l.text.endsWith("...") || l.text.endsWith("…");
    }

    /**
     * The heading of a comment section: "Comments", "Comments (10580)", "12 comments", "Leave a reply", "Join the
     * discussion", "Reader views (5)", "Have your say", in the languages the cleaner has stopwords for most often met ("Kommentare", "Commentaires",
     * "Comentarios", "댓글", "评论").
     */
    static final java.util.regex.Pattern COMMENTS_HEADING = java.util.regex.Pattern.compile(
            "(?iu)(?:\\d[\\d,.]*\\s+)?(?:comments?|reader comments|kommentare?|commentaires?|comentarios?|commenti"
                    + "|comentários?|reacties|댓글|评论|評論|コメント)(?:\\s*[(\\[]?\\s*\\d[\\d,.]*\\s*[)\\]]?)?\\s*:?"
                    + "|(?:leave|post|add|write) a (?:comment|reply)|join the (?:discussion|conversation)"
                    + "|(?:readers?'?|your) (?:views|comments)(?:\\s*[(\\[]\\s*\\d[\\d,.]*\\s*[)\\]])?\\s*:?|have your say"
                    + "|add your (?:view|comment)"
                    + "|comments are (?:now )?closed(?: (?:for|on) this (?:story|article|post|entry))?\\.?"
                    + "|(?:show|view|load|see|read|expand) (?:all )?(?:\\d[\\d,.]* )?comments(?:\\s*[+›»])?");
    /**
     * The heading of the links that follow an article: "Related", "Related stories", "You may also like", "More on
     * this story", "Recommended for you", and their most common forms in other languages.
     */
    static final java.util.regex.Pattern RELATED_HEADING = java.util.regex.Pattern.compile(
            "(?iu)(?:related(?: (?:posts?|articles?|stories|story|content|coverage|news|reading|links|videos?))?"
                    + "|you (?:may|might|will) also (?:like|enjoy)|more (?:stories|on this (?:story|topic))"
                    + "|(?:we recommend|recommended)(?: (?:for you|reading|articles|stories))?|(?:ähnliche|verwandte) (?:artikel|themen)"
                    + "|articles? (?:similaires|liés|connexes)|vous aimerez aussi|(?:à )?lire aussi|sur le même sujet|dans la même rubrique"
                    + "|mehr zum thema|lesen sie auch|das könnte sie auch interessieren|leggi anche|veja também"
                    + "|(?:artículos|noticias) relacionad[oa]s|te puede interesar|leia também|(?:artigos|notícias) relacionad[oa]s"
                    + "|articoli correlati|potrebbe interessarti|gerelateerde? (?:artikelen|berichten)|lees ook"
                    + "|související(?: články)?|súvisiace(?: články)?|powiązane(?: artykuły)?|zobacz (?:też|także)"
                    + "|relaterade? (?:artiklar|nyheter)|läs också|relaterte artikler|les også|relaterede artikler|læs også"
                    + "|похожие (?:статьи|новости)|читайте также|по теме"
                    + "|관련\\s?기사|相关(?:文章|阅读|新闻)|相關(?:文章|閱讀|新聞)|関連記事)\\s*:?");
    /**
     * A related-links heading ends the region only near its end (at most this share of the region's good text
     * after it) and before at least {@link #RELATED_ENTRIES} teaser paragraphs: a "Related" box inside the body
     * holds a link or two, and the article goes on after it.
     */
    static final double RELATED_TAIL_SHARE = 0.3;
    static final int RELATED_ENTRIES = 2;

    /** Lines that read as text (teaser summaries, paragraphs), not list items or labels. */
    private static int textLines(List<TextLine> ls, int from, int to) {
        int n = 0;
        for (int i = from; i <= to; i++) {
            TextLine l = ls.get(i);
            if (l.shape == TextLine.Shape.TEXT && !l.bullet
                    && (l.initialQuality == Quality.GOOD || l.initialQuality == Quality.NEAR_GOOD)) {
                n++;
            }
        }
        return n;
    }

    /** Share of the region's good text that must come before a comments heading for the cut to apply. */
    static final double COMMENTS_BODY_SHARE = 0.3;

    /**
     * Good text an article must hold before a comments heading for a thread longer than the article to be cut: a
     * page that is only comments keeps them.
     */
    static final int COMMENTS_ARTICLE_CHARS = 1200;
    /** Most lines between two separator lines for the block to be one comment. */
    static final int ENTRY_BLOCK_LINES = 6;

    /**
     * A comment thread follows: at least {@link #COMMENT_DATES} entry-shaped blocks, told by an entry's header line
     * (a name with the time, an avatar) or by separator lines between short blocks (the commenter's name and a post
     * or two).
     */
    static boolean entriesFollow(List<TextLine> ls, int from, int end) {
        int headers = 0;
        int blocks = 0;
        int sinceSeparator = -1;
        for (int i = from; i <= end; i++) {
            TextLine l = ls.get(i);
            if (l.shape == TextLine.Shape.SYMBOLS) {
                if (sinceSeparator > 0 && sinceSeparator <= ENTRY_BLOCK_LINES) {
                    blocks++;
                }
                sinceSeparator = 0;
            } else {
                if (entryHeader(l)) {
                    headers++;
                }
                if (sinceSeparator >= 0) {
                    sinceSeparator++;
                }
            }
            if (headers >= COMMENT_DATES || blocks >= COMMENT_DATES) {
                return true;
            }
        }
        return false;
    }

    /**
     * Ends the region before a comment section's heading when most of the region's good text comes before it: the
     * discussion under an article (a "Comments (10580)" line, sign-in prompts, then readers' posts and teaser cards)
     * is not the article, however much text it holds; a thread longer than the article is cut too when the text
     * before the heading is an article of its own ({@link #COMMENTS_ARTICLE_CHARS}) and entry-shaped blocks follow
     * the heading ({@link #entriesFollow}). A related-links heading ends it too, near its end (see
     * {@link #RELATED_TAIL_SHARE}). Good lines that stand alone between bad ones ({@code
     * isolated}: the summaries of teaser cards) do not count as the region's text.
     */
    /** Whether the stretch [{@code from}, {@code to}] cut off the region opens with a comment section's marks. */
    static boolean commentsCut(List<TextLine> ls, int from, int to) {
        for (int i = from; i <= Math.min(to, from + 3); i++) {
            String t = ls.get(i).text;
            if (COMMENTS_HEADING.matcher(t.strip()).matches() || entryHeader(ls.get(i))) {
                return true;
            }
        }
        return false;
    }

    static int beforeCommentsHeading(List<TextLine> ls, int start, int end, boolean[] isolated) {
        long total = 0;
        long totalText = 0;
        for (int i = start; i <= end; i++) {
            TextLine l = ls.get(i);
            if (l.quality == Quality.GOOD && !isolated[i]) {
                total += l.weightedChars;
            }
            if (counts(l) && !isolated[i]) {
                totalText += l.weightedChars;
            }
        }
        long before = 0;
        long beforeText = 0;
        for (int i = start; i <= end; i++) {
            TextLine l = ls.get(i);
            // a bare "Comments" line has the shape of a share button ("Tweet", "Comments"), and heads a thread all the same
            if (l.words <= 8 && !l.bullet && (l.shape == TextLine.Shape.TEXT || l.shape == TextLine.Shape.SHARE) && before > 0
                    && (COMMENTS_HEADING.matcher(l.text).matches() && (before >= COMMENTS_BODY_SHARE * total
                            || before >= COMMENTS_ARTICLE_CHARS && entriesFollow(ls, i + 1, end))
                        || beforeText >= (1 - RELATED_TAIL_SHARE) * totalText
                            && RELATED_HEADING.matcher(l.text).matches()
                            && textLines(ls, i + 1, end) >= RELATED_ENTRIES)) {
                return lastGoodBefore(ls, start, i);
            }
            if (l.quality == Quality.GOOD && !isolated[i]) {
                before += l.weightedChars;
            }
            if (counts(l) && !isolated[i]) {
                beforeText += l.weightedChars;
            }
        }
        return end;
    }

    /** The region's new end when furniture starts at line {@code at}: its last good line before it. */
    private static int lastGoodBefore(List<TextLine> ls, int start, int at) {
        int cut = at - 1;
        while (cut > start && ls.get(cut).quality != Quality.GOOD) {
            cut--;
        }
        return cut;
    }

    /**
     * A newsletter sign-up prompt: "Subscribe to our newsletter", "Sign up for our emails", "You have successfully
     * subscribed", in the languages the cleaner has stopwords for most often met.
     */
    static final java.util.regex.Pattern NEWSLETTER = java.util.regex.Pattern.compile(
            "(?iu)\\bnewsletters?\\b|\\bsubscri(?:be|bed|ption)\\b|\\bsign up (?:for|to)\\b|\\babonn(?:ieren|ez-vous|er)\\b"
                    + "|\\bsuscr[ií](?:bete|birse)\\b|\\biscriviti\\b|\\binscreva-se\\b|구독|订阅|訂閱|購読");
    /** Most words a newsletter prompt line has. */
    static final int NEWSLETTER_WORDS = 15;

    /**
     * Ends the region before a newsletter box that trails the body: a sign-up prompt after which the region holds
     * no paragraph that reads as body on its own (only the form's notices and confirmations). A prompt inside the
     * body has the article's paragraphs after it.
     */
    static int beforeNewsletter(List<TextLine> ls, int start, int end) {
        return beforeTrailer(ls, start, end, l -> l.words <= NEWSLETTER_WORDS && NEWSLETTER.matcher(l.text).find(),
                false);
    }

    /**
     * A blog post's footer line: "Posted in: Travel", "Filed under News |", "Tags: …", "Categories: …", "This entry
     * was posted in … Bookmark the permalink.", "Posted by Jane Roe | Permalink | 2 Comments" (a link to the post
     * itself among the post's links), "« Previous post", "Next post: …" (the links to the blog's other posts).
     */
    static final java.util.regex.Pattern POST_FOOTER = java.util.regex.Pattern.compile(
            "(?iu)(?:posted in|filed (?:under|in)|tags|tagged(?: with| as)?|categor(?:y|ies)|topics|labels)\\s*:.*"
                    + "|(?:posted in|filed under|tagged with) \\S.*|this entry was posted\\b.*"
                    + "|[«‹←<]*\\s*(?:previous|next|older|newer)\\s+(?:post|entry|article|story)s?\\b.{0,40}");
    /** A link to the post itself among the post's links ("Posted by Jane Roe | Permalink | 2 Comments"). */
    static final java.util.regex.Pattern PERMALINK = java.util.regex.Pattern.compile(
            "(?i)\\|\\s*permalink\\b|\\bpermalink\\s*\\|");
    /** Most words a post's footer line has. */
    static final int POST_FOOTER_WORDS = 60;

    /**
     * Ends the region before a post's footer line after its last paragraph that reads as body on its own (see
     * {@link #POST_FOOTER}): what follows it (share buttons, the author's box, links to other posts) is the blog's,
     * not the post's. The region ends at the last line before it that counts towards a body.
     */
    static int beforePostFooter(List<TextLine> ls, int start, int end) {
        return beforeTrailer(ls, start, end, MainRegionStep::postFooter, true);
    }

    /** A post's footer line (see {@link #POST_FOOTER}). */
    static boolean postFooter(TextLine l) {
        return l.words <= POST_FOOTER_WORDS
                && (POST_FOOTER.matcher(l.text).matches() || PERMALINK.matcher(l.text).find());
    }

    /**
     * Ends the region before the first {@code trailer} line after its last paragraph that reads as body on its own
     * (good before smoothing, no trailer itself): at the last good line before it, or with {@code keepText} at the
     * last line before it that counts towards a body (near-good sentences too).
     */
    private static int beforeTrailer(List<TextLine> ls, int start, int end,
            java.util.function.Predicate<TextLine> trailer, boolean keepText) {
        int lastStrong = -1;
        for (int i = end; i >= start; i--) {
            TextLine l = ls.get(i);
            if (l.shape == TextLine.Shape.TEXT && l.initialQuality == Quality.GOOD && !trailer.test(l)) {
                lastStrong = i;
                break;
            }
        }
        if (lastStrong < 0) {
            return end;
        }
        for (int i = lastStrong + 1; i <= end; i++) {
            TextLine l = ls.get(i);
            if (l.shape == TextLine.Shape.TEXT && trailer.test(l)) {
                if (!keepText) {
                    return lastGoodBefore(ls, start, i);
                }
                int cut = i - 1;
                while (cut > start && value(ls.get(cut)) <= 0) {
                    cut--;
                }
                return cut;
            }
        }
        return end;
    }

    /** Non-good lines in a row that set a lone paragraph apart from the body, and how small that paragraph is. */
    static final int HEAD_GAP = 6;
    static final int HEAD_LINES = 2;
    static final double HEAD_SHARE = 0.25;

    /**
     * Starts the region after a lone paragraph at its top that a long run of non-good lines sets apart from the
     * body (a consent notice, a sign-in prompt, a site blurb): the search bridges such a run cheaply when it is
     * made of short lines, but a body is not interrupted by {@link #HEAD_GAP} of them before it has begun.
     */
    static int afterLoneHead(List<TextLine> ls, int start, int end) {
        int goodLines = 0;
        long head = 0;
        int gap = 0;
        for (int i = start; i <= end; i++) {
            TextLine l = ls.get(i);
            if (l.quality == Quality.GOOD) {
                if (gap >= HEAD_GAP && goodLines > 0) {
                    long rest = 0;
                    for (int k = i; k <= end; k++) {
                        TextLine r = ls.get(k);
                        if (r.quality == Quality.GOOD) {
                            rest += r.weightedChars;
                        }
                    }
                    return head <= HEAD_SHARE * rest ? i : start;
                }
                gap = 0;
                if (++goodLines > HEAD_LINES) {
                    return start;
                }
                head += l.weightedChars;
            } else if (goodLines > 0 && articleHeader(l)) {
                return start;
            } else if (l.shape != TextLine.Shape.IMAGE) {
                gap++;
            }
        }
        return start;
    }

    /** Fewer words of good text than this make a thin region: the page's article is not prose. */
    static final int THIN_WORDS = 80;
    static final int GROW_SKIP = 1;

    static boolean thin(List<TextLine> ls, int start, int end) {
        int words = 0;
        for (int i = start; i <= end; i++) {
            TextLine l = ls.get(i);
            if (l.quality == Quality.GOOD && l.shape == TextLine.Shape.TEXT) {
                words += l.words;
            }
        }
        return words < THIN_WORDS;
    }

    /**
     * A page whose best region is thin (a changelog, a page of formulas, a product tour) has its article in the
     * unique text lines around it: the region grows over them in direction {@code dir}, past at most
     * {@link #GROW_SKIP} lines of another shape in a row, up to a repeated line, a list of links or the page's end;
     * downwards not past a post's footer line or a comment section's heading (the comment form's notes, the
     * trackbacks and the readers' posts are under them), upwards past them (a region found under the footer has its
     * post above).
     */
    static int grow(List<TextLine> ls, int from, int dir) {
        int at = from;
        int skipped = 0;
        for (int i = from + dir; i >= 0 && i < ls.size(); i += dir) {
            TextLine l = ls.get(i);
            if (articleHeader(l) || dir > 0 && (postFooter(l)
                    || l.words <= 8 && COMMENTS_HEADING.matcher(l.text.strip()).matches())) {
                break;
            }
            if (growsOver(l)) {
                at = i;
                skipped = 0;
            } else if (l.repeats > 1 || ++skipped > GROW_SKIP) {
                break;
            }
        }
        return at;
    }

    /** The lines a thin region grew over are its text, whatever their words (formulas, commands, names). */
    private static void lift(List<TextLine> ls, int from, int to) {
        for (int i = from; i <= to; i++) {
            TextLine l = ls.get(i);
            if (growsOver(l)) {
                l.quality = Quality.GOOD;
            }
        }
    }

    private static boolean growsOver(TextLine l) {
        return l.shape == TextLine.Shape.TEXT && l.repeats == 1 && !l.bullet && l.words > 1 && !trailsOff(l);
    }

    /** A dateline or a byline: the article's header, which a lead caption above the body comes with. */
    private static boolean articleHeader(TextLine l) {
        return l.shape == TextLine.Shape.DATE || l.shape == TextLine.Shape.DATE_SECTION
                || l.words <= 12 && !org.claimline.cleaning.common.BylinePatterns.parse(l.text).isEmpty();
    }

    /** A paragraph that carries the body on its own: good before smoothing lifted it, ending a sentence. */
    static boolean strongBody(TextLine l) {
        return l.quality == Quality.GOOD && l.shape == TextLine.Shape.TEXT && l.endsSentence() && !l.listRow
                && l.initialQuality != Quality.SHORT;
    }

    /**
     * Ends the region before a teaser tail: at the first short unpunctuated line (a "Related", "Newsletter" label)
     * right after a strong paragraph, when what follows it to the region end is thin, unpunctuated text (see
     * {@link #TAIL_SHARE}). The search for the region lets short lines in cheaply so that headings and captions
     * do not split a body; this takes back the ones that only trail it.
     */
    static int beforeTeasers(List<TextLine> ls, int start, int end) {
        int n = end - start + 1;
        // prefix sums over the region, so that every candidate cut is judged in constant time
        long[] good = new long[n + 1];
        long[] chars = new long[n + 1];
        int[] lines = new int[n + 1];
        int[] sentences = new int[n + 1];
        for (int i = start; i <= end; i++) {
            TextLine l = ls.get(i);
            int k = i - start;
            boolean text = l.shape == TextLine.Shape.TEXT && l.repeats == 1;
            good[k + 1] = good[k] + (counts(l) ? l.weightedChars : 0);
            chars[k + 1] = chars[k] + (text ? l.weightedChars : 0);
            lines[k + 1] = lines[k] + (text ? 1 : 0);
            sentences[k + 1] = sentences[k] + (text && l.endsSentence() ? 1 : 0);
        }
        long bodyChars = 0;
        int bodyLines = 0;
        for (int c = start + 1; c <= end; c++) {
            TextLine prev = ls.get(c - 1);
            if (counts(prev)) {
                bodyChars += prev.weightedChars;
                bodyLines++;
            }
            TextLine l = ls.get(c);
            if (!strongBody(prev) || !proseLike(l) || l.endsSentence() && !trailsOff(l) || l.listRow) {
                continue;
            }
            int k = c - start;
            long tailGood = good[n] - good[k];
            long tailChars = chars[n] - chars[k];
            int tailLines = lines[n] - lines[k];
            int tailSentences = sentences[n] - sentences[k];
            if (tailLines >= TAIL_LINES && tailGood <= TAIL_SHARE * bodyChars
                    && tailSentences < TAIL_SENTENCES * tailLines
                    && tailChars / (double) tailLines < TAIL_DENSITY * bodyChars / Math.max(1, bodyLines)) {
                return c - 1;
            }
        }
        return end;
    }

    /**
     * Text that stands as body on its own: good or near-good sentences before smoothing, and list rows. Short
     * lines the smoothing lifted between them do not count: a teaser list gets lifted the same way.
     */
    private static boolean counts(TextLine l) {
        return l.shape == TextLine.Shape.TEXT && (l.initialQuality == Quality.GOOD || l.listRow || l.code
                || l.initialQuality == Quality.NEAR_GOOD && l.endsSentence());
    }

    static double value(TextLine l) {
        if (l.shape == TextLine.Shape.GALLERY) {
            return GALLERY_WEIGHT * l.weightedChars;
        }
        if (l.quality == Quality.GOOD) {
            return l.weightedChars;
        }
        if (l.initialQuality == Quality.NEAR_GOOD && l.endsSentence()) {
            return NEAR_GOOD_WEIGHT * l.weightedChars;
        }
        if (proseLike(l)) {
            return -SHORT_COST;
        }
        return -(BAD_COST + BAD_CHAR_COST * Math.min(shownChars(l), BAD_CHAR_CAP));
    }

    /**
     * A line's length without the image file names in it: a dump prints an image's file name where the page shows
     * the picture, so a gallery row is as long as its few words of text, not as its names.
     */
    static int shownChars(TextLine l) {
        String t = l.text;
        int[] span = l.shape == TextLine.Shape.TEXT ? LineShapeStep.nextImage(t, 0) : null;
        if (span == null) {
            return l.weightedChars;
        }
        int names = 0;
        while (span != null) {
            names += span[1] - span[0];
            span = LineShapeStep.nextImage(t, span[1]);
        }
        return Math.max(0, l.weightedChars - names);
    }

    /**
     * A line that could belong to the body but does not carry it: short, or near-good without a sentence end
     * (a headline, a teaser); not a list item, no telling shape, printed once.
     */
    static boolean proseLike(TextLine l) {
        return (l.initialQuality == Quality.SHORT || l.initialQuality == Quality.NEAR_GOOD) && !l.bullet && l.shape == TextLine.Shape.TEXT && l.repeats == 1;
    }
}
