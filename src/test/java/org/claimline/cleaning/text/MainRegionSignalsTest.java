package org.claimline.cleaning.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.claimline.cleaning.text.TextLine.Quality;
import org.claimline.model.Article;
import org.junit.jupiter.api.Test;

/** Signals that decide where the body of a dump starts and ends. */
class MainRegionSignalsTest {

    static final String[] PARAS = {
        "The council voted on Tuesday to extend the program for another year, saying that it had helped more "
            + "families than any of the plans that came before it.",
        "Critics said the money would be better spent on schools, and they warned that the costs of the program "
            + "were likely to rise again in the coming years, as they had done in each of the last three budgets.",
        "The mayor, who had promised to cut spending, said she was proud of what the city had done and that she "
            + "would ask for more money if it was needed.",
        "Residents who spoke at the meeting were divided, with some saying that the program had changed their "
            + "lives and others asking why it had taken so long to reach their part of the city.",
        "The program will be reviewed again next spring, when the council expects to have the first full year "
            + "of figures on how many families it has reached and what it has cost the city.",
        "Several members said they would want to see those figures before they could vote for it again, and one "
            + "of them said that she would not support it without a cap on what it could cost.",
    };

    static TextDumpContext region(String dump) {
        TextDumpContext ctx = new TextDumpContext(dump);
        for (TextDumpStep s : List.of(new SegmentStep(), new LanguageStep(), new LineShapeStep(), new RepetitionStep(),
                new ClassifyStep(), new ContextSmoothingStep(), new MainRegionStep())) {
            s.apply(ctx);
        }
        return ctx;
    }

    /** A menu, then {@code head} lines, the six paragraphs, {@code tail} lines and a footer link, blank-separated. */
    static String bodyDump(List<String> head, List<String> tail) {
        List<String> lines = new java.util.ArrayList<>(List.of("  • Home", "  • News", "  • Sport", ""));
        for (List<String> part : List.of(head, List.of(PARAS), tail)) {
            for (String t : part) {
                lines.add(t);
                lines.add("");
            }
        }
        lines.add("  • About us");
        return String.join("\n", lines);
    }

    static int lineOf(TextDumpContext ctx, String text) {
        for (TextLine l : ctx.lines) {
            if (l.text.equals(text)) {
                return l.index;
            }
        }
        throw new AssertionError("no line " + text);
    }

    @Test
    void datedTeasersInsideTheBodyDoNotEndIt() {
        String dump = String.join("\n\n", PARAS[0], PARAS[1], PARAS[2], "Recommended",
                "A look back at the bridge", "Jane Roe", "Jul 17, 2014",
                "Ode to the old market hall", "John Doe", "Mar 9, 2018",
                "How the tram came back", "Ann Poe", "Aug 23, 2017",
                PARAS[3], PARAS[4], PARAS[5]);
        TextDumpContext ctx = region(dump);
        assertEquals(lineOf(ctx, PARAS[0]), ctx.regionStart);
        assertEquals(lineOf(ctx, PARAS[5]), ctx.regionEnd);
    }

    @Test
    void commentListStillEndsTheBody() {
        String dump = String.join("\n\n", PARAS[0], PARAS[1], PARAS[2],
                "Jane Roe", "Jul 17, 2014", PARAS[3],
                "John Doe", "Mar 9, 2018", PARAS[4],
                "Ann Poe", "Aug 23, 2017", PARAS[5]);
        TextDumpContext ctx = region(dump);
        assertEquals(lineOf(ctx, PARAS[2]), ctx.regionEnd);
        assertFalse(ctx.lines.get(lineOf(ctx, PARAS[5])).inRegion);
        assertTrue(MainRegionStep.datedEntriesHoldTheTail(ctx.lines, lineOf(ctx, "Jane Roe"),
                lineOf(ctx, "Aug 23, 2017"), ctx.lines.size() - 1));
    }

    /** Three paragraphs, then three comments under the given header lines: the body ends before the first. */
    private static void assertThreadEndsBody(String first, String second, String third) {
        TextDumpContext ctx = region(String.join("\n\n", PARAS[0], PARAS[1], PARAS[2], first, PARAS[3], second,
                PARAS[4], third, PARAS[5]));
        assertEquals(lineOf(ctx, PARAS[2]), ctx.regionEnd);
        // what was cut is known as the readers' thread (the clean's confidence does not count it as lost text)
        assertEquals(lineOf(ctx, first), ctx.commentsFrom);
    }

    @Test
    void commentHeadersWithoutDateLinesEndTheBody() {
        assertThreadEndsBody("Jane Roe 07.13.12 at 07:34",
                "Posted by John Doe on November 5, 2012 at 8:37 am | permalink | Reply", "Ann Poe said,");
    }

    @Test
    void avatarLinesWithDatesEndTheBody() {
        assertThreadEndsBody("e7ac59a79678671d1b6a95ac95309d0a Jane Roe November 1, 2012 at 8:29 am",
                "93d2d6e6492828a2f1f427dddc413f4b John Doe November 1, 2012 at 8:34 am",
                "4dc1d964da9049897f8abac694bf21f2 Ann Poe November 1, 2012 at 8:35 am");
    }

    @Test
    void commandsAndVideoLengthsAreNoCommentHeaders() {
        TextDumpContext ctx = region(String.join("\n\n", "$ hg commit -m 'fix' # rev 4:16",
                "-- period > '2020-08-01 17:00 UTC'", "Up Next • Romney Basks In Michigan Win (2:21)",
                "The meeting starts at 10:30 am.", "David Janke 07.13.12 at 07:34", "Progress Trap said,",
                "b008fef4c9f39e1b0f34cc93a5293462 Jane Roe", "The 0123456789abcdef0123456789abcdef commit fixed it."));
        boolean[] expected = {false, false, false, false, true, true, true, false};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], MainRegionStep.entryHeader(ctx.lines.get(i)), ctx.lines.get(i).text);
        }
    }

    private static final String LONG = " It was the first time in more than a decade that the council had agreed on a "
            + "budget before the summer, and several members said that they hoped it would not be the last.";

    @Test
    void teaserTailAfterTheLastParagraphIsCut() {
        String dump = String.join("\n\n", "  • Home", PARAS[0] + LONG, PARAS[1] + LONG, PARAS[2] + LONG,
                "You may also like", "Bridge reopens after repairs", "Storm warning for the coast",
                "A new mayor for the old town", "Why the trams came back to the city centre after sixty years away",
                "The city had taken up its tram lines in the sixties, and now the old routes are running again.",
                "Ten things to do this weekend", "Subscribe to our newsletter",
                "Get the best stories of the week delivered to your inbox every Friday morning before breakfast.");
        TextDumpContext ctx = region(dump);
        assertEquals(lineOf(ctx, PARAS[2] + LONG), ctx.regionEnd);
    }

    @Test
    void labelThatTrailsOffStartsTheTailToo() {
        String dump = String.join("\n\n", "  • Home", PARAS[0] + LONG, PARAS[1] + LONG, PARAS[2] + LONG,
                "You may also like...", "Bridge reopens after repairs", "Storm warning for the coast",
                "A new mayor for the old town", "Why the trams came back to the city centre after sixty years away",
                "The city had taken up its tram lines in the sixties, and now the old routes are running again.");
        TextDumpContext ctx = region(dump);
        assertEquals(lineOf(ctx, PARAS[2] + LONG), ctx.regionEnd);
    }

    @Test
    void shortClosingSectionOfSentencesStays() {
        String dump = String.join("\n\n", "  • Home", PARAS[0] + LONG, PARAS[1] + LONG, PARAS[2] + LONG,
                "What comes next", "The vote is on Monday.", "The mayor will speak first.",
                "Residents may attend the meeting.", PARAS[3]);
        TextDumpContext ctx = region(dump);
        assertEquals(lineOf(ctx, PARAS[3]), ctx.regionEnd);
        assertEquals(ctx.regionEnd, MainRegionStep.beforeTeasers(ctx.lines, ctx.regionStart, ctx.regionEnd));
    }

    @Test
    void shortArticleUnderItsDatelineBeatsALongerFooter() {
        String footer = "Our customer service centre can be reached with any questions or requests by telephone on "
                + "weekdays from eight in the morning, and by email at any time; subscribers can also manage their "
                + "account, their newsletters and their delivery addresses on the website, where the answers to the "
                + "questions we are asked most often are collected as well. " + PARAS[4] + " " + PARAS[5];
        List<String> lines = new java.util.ArrayList<>(List.of("  • Home", "  • News",
                "Council extends the program", "By Jane Roe", "November 20, 2019 10:43", PARAS[0] + LONG,
                PARAS[1] + LONG));
        for (int i = 1; i <= 40; i++) {
            lines.add("  • Older story number " + i);
        }
        lines.addAll(List.of(footer, "  • Terms"));
        String dump = String.join("\n\n", lines);
        TextDumpContext ctx = region(dump);
        assertEquals(lineOf(ctx, "November 20, 2019 10:43"), MainRegionStep.firstDateline(ctx.lines));
        assertEquals(lineOf(ctx, PARAS[0] + LONG), ctx.regionStart);
        assertEquals(lineOf(ctx, PARAS[1] + LONG), ctx.regionEnd);
    }

    @Test
    void aCommentSectionHeadingEndsTheBody() {
        String comment = "I have lived in this city for thirty years and I have never seen the council spend money so "
                + "carelessly, and I will vote against every one of them at the next election, mark my words.";
        assertThreadCut(List.of("Comments (10580)", "Sign in to post a comment.", comment, "Jane from Springfield",
                comment.replace("thirty", "forty"), "John from Shelbyville", comment.replace("thirty", "fifty")),
                "mark my words");
        // a "Comments" button among the share buttons is no heading
        assertFalse(MainRegionStep.COMMENTS_HEADING.matcher("Comments policy for readers of this site").matches());
        assertTrue(MainRegionStep.COMMENTS_HEADING.matcher("12 comments").matches());
        assertTrue(MainRegionStep.COMMENTS_HEADING.matcher("Leave a reply").matches());
        assertTrue(MainRegionStep.COMMENTS_HEADING.matcher("댓글 5").matches());
    }

    /** The body followed by {@code thread}: the body is kept whole, the thread (holding {@code words}) is not. */
    private static void assertThreadCut(List<String> thread, String words) {
        Article a = new TextDumpPipeline().clean(bodyDump(List.of(), thread));
        assertFalse(a.text().contains(words), a.text());
        assertTrue(a.text().contains(PARAS[PARAS.length - 1]));
    }

    @Test
    void readersViewsUnderTheArticleAreACommentSection() {
        String view = "I have watched every series since the beginning and this one has put me off completely, which "
                + "is a shame because the first ones were the best thing on television in those years, honestly.";
        assertThreadCut(List.of("Reader views (5)", "Add your view | Show all", view, "- Louise, Lancaster, UK",
                view.replace("every", "each"), "- Dan, Stanmore", view.replace("shame", "pity")), "honestly");
        assertTrue(MainRegionStep.COMMENTS_HEADING.matcher("Have your say").matches());
        assertTrue(MainRegionStep.COMMENTS_HEADING.matcher("Readers' comments").matches());
        assertFalse(MainRegionStep.COMMENTS_HEADING.matcher("Your views on the budget matter to the council").matches());
    }

    /** A thread of {@code n} readers' posts, each a name and a long post, split by separator lines. */
    static List<String> separatedThread(String heading, int n) {
        List<String> thread = new java.util.ArrayList<>(List.of("━━━━━━━━━━━━━━━━━━━━", heading));
        String[] names = {"Jane R", "puddin", "Lee (Halifax)", "Sam @ Ottawa", "Kim", "Pat B", "Rob", "Ann"};
        for (int i = 0; i < n; i++) {
            thread.add(names[i % names.length]);
            thread.add("I have lived in this city for " + (20 + i) + " years and I have never seen the council spend "
                    + "money so carelessly, and I will vote against every one of them at the next election, and so "
                    + "will the people at the food bank, who have been saying the same thing for as long as I can "
                    + "remember.");
            thread.add("━━━━━━━━━━━━━━━━━━━━");
        }
        return thread;
    }

    /** Where the comments-heading cut ends a region that runs from the body's start to the end of the dump. */
    static int commentsCut(TextDumpContext ctx, int start) {
        // every line counts as the region's text, the posts of the thread as much as the article's paragraphs
        return MainRegionStep.beforeCommentsHeading(ctx.lines, start, ctx.lines.size() - 1,
                new boolean[ctx.lines.size()]);
    }

    @Test
    void aCommentHeadingBeforeALongerThreadOfSeparatedPostsEndsTheBody() {
        TextDumpContext ctx = region(bodyDump(List.of(PARAS[0] + LONG, PARAS[1] + LONG),
                separatedThread("Comments are now closed for this story", 20)));
        assertEquals(lineOf(ctx, PARAS[PARAS.length - 1]), commentsCut(ctx, lineOf(ctx, PARAS[0] + LONG)));
        assertTrue(MainRegionStep.COMMENTS_HEADING.matcher("Comments are now closed for this story").matches());
        // without entry-shaped blocks after it, a heading before a longer tail is not cut at
        TextDumpContext plain = region(bodyDump(List.of(PARAS[0] + LONG, PARAS[1] + LONG),
                separatedThread("Comments are now closed for this story", 20).stream()
                        .filter(t -> !t.startsWith("━")).toList()));
        assertEquals(plain.lines.size() - 1, commentsCut(plain, lineOf(plain, PARAS[0] + LONG)));
    }

    @Test
    void aPageOfLittleMoreThanCommentsKeepsThem() {
        String lead = "Tell us what you think of the council's plan to extend the program for another year, and "
                + "whether you would vote for it again.";
        List<String> lines = new java.util.ArrayList<>(List.of("  • Home", "  • News", lead));
        lines.addAll(separatedThread("Reader comments", 20));
        TextDumpContext ctx = region(String.join("\n\n", lines));
        assertEquals(ctx.lines.size() - 1, commentsCut(ctx, lineOf(ctx, lead)));
    }

    static final String NOTICE = "We use cookies and similar technologies to improve your browsing experience, to "
            + "personalize the content and the offers you see, and to analyze the traffic on this site; by going on "
            + "you agree to the use of these technologies as described in our policy.";

    @Test
    void aLoneParagraphSetApartAboveTheBodyIsNotItsStart() {
        String dump = bodyDump(List.of(NOTICE, "Accept and continue", "Sign in", "Sign in", "Register now",
                "Take the tour", "━━━━━━━━━━━━━━━━━━━━", "Thank you for reading", "The council extends the program",
                "Thank you for reading"), List.of());
        TextDumpContext ctx = region(dump);
        assertFalse(ctx.lines.get(lineOf(ctx, NOTICE)).inRegion);
        assertTrue(ctx.lines.get(lineOf(ctx, PARAS[0])).inRegion);
    }

    @Test
    void aLeadCaptionAboveTheBylineStaysWithTheBody() {
        String caption = "A council worker repairing the old market hall this month, where the program began "
                + "three years ago with a handful of families and a grant from the state that has since been "
                + "renewed twice. The hall is one of the places where families can ask for help.";
        String dump = bodyDump(List.of(caption, "By Jane Roe", "Feb. 21, 2019", "Share", "Save", "Print",
                "Comments", "Listen", "Newsletters"), List.of());
        TextDumpContext ctx = region(dump);
        assertEquals(lineOf(ctx, caption), ctx.regionStart);
    }

    @Test
    void aThinRegionGrowsOverTheUniqueLinesAroundIt() {
        List<String> items = List.of("+ Added granite, andesite and diorite stone blocks", "+ Added slime block",
                "+ Added iron trapdoor", "+ Added prismarine and sea lantern blocks", "+ Added the ocean monument",
                "+ Added red sandstone", "+ Added banners",
                "* Block numbers, such as 1 for stone, are being replaced by names, and that makes it much easier for "
                        + "all of those who have to write their own commands to read them and to remember what each "
                        + "of them is for, which was one of the things that many of them had asked us to do.",
                "* Villager trading has been rebalanced", "* Anvil repairing has been rebalanced");
        List<String> lines = new java.util.ArrayList<>(List.of("Home", "News", "Support", "Home", "News", "Support",
                "The bountiful update"));
        lines.addAll(items);
        lines.addAll(List.of("Newer", "Older", "Home", "News", "Support"));
        TextDumpContext ctx = region(String.join("\n\n", lines));
        for (String item : items) {
            assertTrue(ctx.lines.get(lineOf(ctx, item)).inRegion, item);
            // kept as text, however few stopwords a line has
            assertEquals(Quality.GOOD, ctx.lines.get(lineOf(ctx, item)).quality, item);
        }
        assertTrue(ctx.lines.get(lineOf(ctx, "The bountiful update")).inRegion);
        assertFalse(ctx.lines.get(lineOf(ctx, "Newer")).inRegion);
    }

    @Test
    void aShortArticleDoesNotGrowIntoItsHeader() {
        String body = "The bridge will stay closed until Friday while engineers inspect the damage the storm did "
                + "to its supports, the city said on Monday.";
        String dump = String.join("\n\n", "Home", "News", "Home", "News", "Storm closes the old bridge",
                "By Jane Roe", "Updated Feb. 21, 2019", body, "About us", "Home", "News");
        TextDumpContext ctx = region(dump);
        assertEquals(lineOf(ctx, body), ctx.regionStart);
    }

    static final String[] TEASERS = {
        "The survey of fifty thousand developers found that most of them had learned to write code on their own, "
            + "and that many of them would like to work from home for at least part of the week.",
        "Last year the site released the results of its survey, which covered a wide range of topics, from the "
            + "languages that people use to the way they learned them and what they are paid.",
        "Building on the success of its question and answer sites, the company said that its new product for "
            + "documentation was now open to everyone who wanted to try it.",
    };

    @Test
    void aRelatedHeadingBeforeTeasersEndsTheBody() {
        TextDumpContext ctx = region(bodyDump(List.of(), List.of("Like this:", "Related", TEASERS[0], "In \"News\"",
                TEASERS[2], "In \"News\"")));
        assertTrue(ctx.lines.get(lineOf(ctx, PARAS[5])).inRegion);
        assertFalse(ctx.lines.get(lineOf(ctx, TEASERS[0])).inRegion);
        assertFalse(ctx.lines.get(lineOf(ctx, TEASERS[2])).inRegion);
        assertTrue(MainRegionStep.RELATED_HEADING.matcher("You may also like").matches());
        assertTrue(MainRegionStep.RELATED_HEADING.matcher("We Recommend").matches());
        assertTrue(MainRegionStep.COMMENTS_HEADING.matcher("Show Comments").matches());
        assertTrue(MainRegionStep.COMMENTS_HEADING.matcher("Expand Comments +").matches());
    }

    @Test
    void aRelatedBoxInsideTheBodyDoesNotEndIt() {
        String dump = String.join("\n\n", "  • Home", "  • News", PARAS[0], PARAS[1], PARAS[2], PARAS[3], PARAS[4],
                "Related Links", "  • The council's website", PARAS[5], "  • About us");
        TextDumpContext ctx = region(dump);
        assertEquals(lineOf(ctx, PARAS[5]), ctx.regionEnd);
    }

    @Test
    void aRelatedHeadingInAnotherLanguageEndsTheBodyToo() {
        TextDumpContext ctx = region(bodyDump(List.of(), List.of("Sdílet článek", "Související", TEASERS[0],
                "Domácí", TEASERS[2], "Domácí")));
        assertTrue(ctx.lines.get(lineOf(ctx, PARAS[5])).inRegion);
        assertFalse(ctx.lines.get(lineOf(ctx, TEASERS[0])).inRegion);
        for (String heading : List.of("Articoli correlati", "Lees ook", "Powiązane artykuły", "Läs också",
                "Читайте также", "Související články:")) {
            assertTrue(MainRegionStep.RELATED_HEADING.matcher(heading).matches(), heading);
        }
    }

    @Test
    void aRowOfPicturesCostsOnlyItsWords() {
        // a table of screenshots between two sections: the dump prints each picture's file name, but the page
        // shows a few words and pictures, and the sections on both sides are one article
        List<String> lines = new java.util.ArrayList<>(List.of("  • Home", "  • News", "", PARAS[0], "", PARAS[1],
                "", PARAS[2], ""));
        for (int i = 0; i < 12; i++) {
            lines.add("Screen " + i + " " + String.join(" ", java.util.Collections.nCopies(10, "shot-" + i + "-done.png")));
            lines.add("");
        }
        lines.addAll(List.of(PARAS[3] + " " + PARAS[0], "", PARAS[4] + " " + PARAS[1], "", PARAS[5] + " " + PARAS[2],
                "", "  • Contact"));
        TextDumpContext ctx = region(String.join("\n", lines));
        assertEquals(lineOf(ctx, PARAS[0]), ctx.regionStart);
        assertEquals(lineOf(ctx, PARAS[5] + " " + PARAS[2]), ctx.regionEnd);
        assertEquals("Screen 1  ".length(), MainRegionStep.shownChars(StructuredListStepTest.line("Screen 1 a.png b-2.jpg")));
        // a line that is only a file name is a picture, and keeps its cost
        assertEquals("photo-of-the-bridge.jpg".length(),
                MainRegionStep.shownChars(StructuredListStepTest.line("photo-of-the-bridge.jpg")));
    }

    @Test
    void aNewsletterBoxAfterTheBodyIsNotPartOfIt() {
        String notice = "An email with an activation link has just been sent to your address. Please activate your "
                + "subscription by clicking on the link in it.";
        TextDumpContext ctx = region(bodyDump(List.of(), List.of("Stay up to date with us. Subscribe to our newsletter.",
                "Subscribe No thanks", "You have successfully subscribed. Thank you!", notice)));
        assertEquals(lineOf(ctx, PARAS[5]), ctx.regionEnd);
        assertFalse(ctx.lines.get(lineOf(ctx, notice)).inRegion);
    }

    @Test
    void aNewsletterPromptInsideTheBodyDoesNotEndIt() {
        String dump = String.join("\n\n", "  • Home", "  • News", PARAS[0], PARAS[1], "Sign up for our newsletter",
                PARAS[2] + " " + PARAS[3], PARAS[4], PARAS[5], "  • Contact");
        TextDumpContext ctx = region(dump);
        assertEquals(lineOf(ctx, PARAS[5]), ctx.regionEnd);
        assertTrue(MainRegionStep.NEWSLETTER.matcher("Newsletter abonnieren").find());
    }

    @Test
    void aPoemBetweenAMenuAndAFooterIsTheBody() {
        List<String> poem = List.of("The river runs beneath the hill,", "And carries all the light away;",
                "The mill is quiet, and the still", "Long meadow waits the end of day.", "",
                "I walk along it as before,", "And count the stones that I have known:",
                "The gate, the bridge, the chapel door,", "And find that I am not alone.", "",
                "For all the years that I have spent,", "The river keeps them as its own,",
                "And gives them back, as it was meant,", "To all who walk the way alone.");
        List<String> dump = new ArrayList<>(List.of("  • Home", "  • Poems", "  • Hymns", "  • About", "",
                "Posted by Jane Roe", ""));
        dump.addAll(poem);
        dump.addAll(List.of("", "Archives", "  • October 2012 (33)", "  • September 2012 (37)", "",
                "We are a small society of readers who have met every month since the war to share the poems and "
                        + "hymns that we love, and this site is where we put the ones that we have read together, "
                        + "so that those who could not come may read them too.", "", "  • Contact", "  • Privacy"));
        TextDumpContext ctx = region(String.join("\n", dump));
        List<String> kept = new ArrayList<>();
        for (int i = Math.max(0, ctx.regionStart); i <= ctx.regionEnd; i++) {
            kept.add(ctx.lines.get(i).text);
        }
        for (String line : poem) {
            if (!line.isEmpty()) {
                assertTrue(kept.contains(line), line);
            }
        }
    }

    @Test
    void aPostsFooterLineEndsTheBody() {
        String dump = bodyDump(List.of(), List.of("This entry was posted in City Hall by Jane Roe. Bookmark the permalink.",
                "Tags: council, budget, schools", "Our other blogs are written by the whole newsroom, and you can "
                        + "find all of them on the page that lists every one of the blogs that we keep."));
        TextDumpContext ctx = region(dump);
        assertTrue(ctx.lines.get(ctx.regionEnd).text.startsWith("Several members said"), ctx.lines.get(ctx.regionEnd).text);
    }

    @Test
    void aSidebarsAboutBoxDoesNotOutweighAShortPost() {
        String blurb = "Jane Roe has written about the city and its council for twenty years, first for the weekly "
                + "paper and then for this site, which she started in the spring of 2009 with two friends from the "
                + "newsroom. She lives by the river with her family and more books than shelves. When she is not "
                + "at a council meeting, she is most likely to be found in the garden or on the tennis courts, "
                + "where she has been losing to the same neighbour every Sunday for eleven years now.";
        List<String> lines = new ArrayList<>(List.of("  • Home", "  • News", "Council extends the program",
                PARAS[0] + LONG, "Share this", "  • Facebook", "  • Twitter", "  • Older posts", "  • Archives",
                "About Jane Roe", "  • Twitter", blurb, "  • Contact"));
        TextDumpContext ctx = region(String.join("\n\n", lines));
        assertTrue(ctx.regionStart >= lineOf(ctx, "Council extends the program"), "start " + ctx.regionStart);
        assertEquals(lineOf(ctx, PARAS[0] + LONG), ctx.regionEnd);
    }

    @Test
    void anAboutSectionOfManyParagraphsIsNoBox() {
        List<String> lines = new ArrayList<>(List.of("  • Home", "About the program"));
        lines.addAll(List.of(PARAS));
        lines.add("  • Contact");
        TextDumpContext ctx = region(String.join("\n\n", lines));
        assertEquals(lineOf(ctx, PARAS[0]), ctx.regionStart);
        assertEquals(lineOf(ctx, PARAS[5]), ctx.regionEnd);
    }

    @Test
    void aRecentCommentsWidgetIsNoBody() {
        List<String> lines = new ArrayList<>(List.of("  • Home", "  • News", "Council extends the program",
                PARAS[0] + LONG, "Posted at 11:28 AM | Permalink", "  • Older posts", "  • Archives", "Recent Comments"));
        List<String> said = List.of("the mayor was right about the costs", "the others were right to ask for a cap",
                "nobody asked the people who live here", "it will all be forgotten by the spring",
                "the schools need the money more than this");
        for (int i = 0; i < said.size(); i++) {
            lines.add("  • “ I was at the meeting too, and I have to say that " + said.get(i) + ", whatever was said "
                    + "there by the others, and I will tell them so again when they come to ask for our votes… ” Reader "
                    + (i + 1) + " posted on Council extends the program on Nov 13");
        }
        lines.add("  • Contact");
        TextDumpContext ctx = region(String.join("\n\n", lines));
        assertTrue(ctx.regionStart <= lineOf(ctx, PARAS[0] + LONG), "start " + ctx.regionStart);
        assertTrue(ctx.regionEnd < lineOf(ctx, "Recent Comments"), "end " + ctx.regionEnd);
    }

    @Test
    void aThreadUnderItsCountedHeadingIsNoBodyWhenAShortPostStandsAboveIt() {
        List<String> lines = new ArrayList<>(List.of("  • Home", "  • News", "Council extends the program",
                PARAS[0], PARAS[2], PARAS[4], "  • Older posts", "  • Newer posts", "  • Share on Facebook",
                "  • Share on Twitter", "  • Print this page", "  • Email this page", "Related posts worth a look", "  • Archives", "3 comments on “Council extends the program”"));
        List<String> who = List.of("Jane Roe, on November 7th, 2012", "John Doe, on November 8th, 2012",
                "Ann Poe, on November 9th, 2012");
        for (int i = 0; i < who.size(); i++) {
            lines.add(who.get(i));
            lines.add(PARAS[1 + 2 * i] + LONG);
        }
        lines.add("  • Contact");
        TextDumpContext ctx = region(String.join("\n\n", lines));
        assertTrue(ctx.regionEnd < lineOf(ctx, "3 comments on “Council extends the program”"), "end " + ctx.regionEnd);
        assertTrue(ctx.regionStart >= lineOf(ctx, "Council extends the program"), "start " + ctx.regionStart);
    }

    @Test
    void aFactBoxWrappedNarrowInsideTheBodyDoesNotEndIt() {
        // a box printed in a narrow column between two paragraphs: its lines go on in lower case, as a sentence
        // broken at the column's width does, where a list of headlines starts every line afresh
        List<String> lines = new ArrayList<>(List.of("  • Home", "  • News", "Council extends the program",
                PARAS[0] + LONG, PARAS[1], "WHAT THE PROGRAM IS", "The program was first", "set up in the spring",
                "of the year before", "Some four thousand", "families have been", "helped since it began",
                "Paid for out of", "the city's own budget", "and reviewed each", "year by the council", PARAS[2],
                PARAS[3], "  • Contact"));
        TextDumpContext ctx = region(String.join("\n\n", lines));
        assertEquals(lineOf(ctx, PARAS[0] + LONG), ctx.regionStart);
        assertEquals(lineOf(ctx, PARAS[3]), ctx.regionEnd);
    }

    @Test
    void aPermalinkLineAfterAOneParagraphPostEndsIt() {
        String post = PARAS[0] + " " + PARAS[1] + LONG;
        List<String> lines = new ArrayList<>(List.of("  • Home", "  • News", "Council extends the program", post,
                "Posted by Jane Roe | Permalink | 2 Comments", "You can follow this conversation by subscribing to the "
                        + "comment feed for this post.", "Your comment has been saved and will appear on this page as "
                        + "soon as the author of the post has approved it.", "  • Contact"));
        TextDumpContext ctx = region(String.join("\n\n", lines));
        assertEquals(lineOf(ctx, post), ctx.regionStart);
        assertEquals(lineOf(ctx, post), ctx.regionEnd);
    }

    @Test
    void aThinPostDoesNotGrowPastItsFooterLine() {
        // a short post is thin and grows over the unique lines around it: downwards not past its footer line (the
        // comment form's notes are under it), upwards past one (the post above a region found under its footer)
        List<String> lines = new ArrayList<>(List.of("  • Home", "  • News", "Council extends the program",
                PARAS[0] + LONG, "Posted in News | 2 Comments", "Follow the responses", "Leave a reply", "Your name",
                "Your website", "  • Contact"));
        TextDumpContext ctx = region(String.join("\n\n", lines));
        assertEquals(lineOf(ctx, PARAS[0] + LONG), ctx.regionEnd);
    }

    @Test
    void aThinPostDoesNotGrowIntoItsCommentSection() {
        List<String> lines = new ArrayList<>(List.of("  • Home", "  • News", "Council extends the program",
                PARAS[0] + LONG, "Leave a reply", "Follow the responses", "Your name here", "Your website here",
                "  • Contact"));
        TextDumpContext ctx = region(String.join("\n\n", lines));
        assertEquals(lineOf(ctx, PARAS[0] + LONG), ctx.regionEnd);
    }

    @Test
    void aListTheBodyAnnouncesWithAColonStaysInIt() {
        List<String> items = List.of("  • North Township Schools", "  • South Township Public Schools",
                "  • East Hills School District", "  • West Valley Regional Schools", "  • Central Public Schools",
                "  • Lake Township Schools", "  • River Regional High School", "  • Mill Creek School District");
        List<String> lines = new ArrayList<>(List.of("  • Home", "  • News", "Council extends the program",
                PARAS[0] + LONG, "The following schools in the county will be closed on both Thursday and Friday of this week:"));
        lines.addAll(items);
        lines.addAll(List.of(PARAS[1], "  • Contact"));
        TextDumpContext ctx = region(String.join("\n", lines));
        assertTrue(ctx.regionStart <= lineOf(ctx, PARAS[0] + LONG), "start " + ctx.regionStart);
        assertEquals(lineOf(ctx, PARAS[1]), ctx.regionEnd);
        assertTrue(ctx.lines.get(lineOf(ctx, "Lake Township Schools")).kept());
        // a menu's items under a label of a few words are no list of the body
        assertFalse(MainRegionStep.announcedLists(region("  • Home\n\nFollow us:\n  • Twitter\n  • Facebook").lines)[2]);
    }

    @Test
    void anArticlePrintedTwiceKeepsItsFirstCopy() {
        String notice = "This copy is for your personal use only. To order copies of this article for your "
                + "colleagues, clients or customers, please write to the permissions desk of the publisher, who "
                + "will tell you what the licence costs and how long it lasts.";
        List<String> lines = new ArrayList<>(List.of("  • Home", "  • News", "Council extends the program",
                "By Jane Roe", PARAS[0], PARAS[1], "snippet-control.gif", "By Jane Roe", PARAS[0], PARAS[1],
                "  • Contact", "  • Terms", "  • Privacy", "  • Careers", notice, "  • About us"));
        TextDumpContext ctx = region(String.join("\n\n", lines));
        // the first copy is the article; the second stays out as a duplicate
        assertEquals(lineOf(ctx, PARAS[0]), ctx.regionStart);
        assertEquals(lineOf(ctx, PARAS[1]), ctx.regionEnd);
        // paragraphs printed twice far apart, or text cut into chunks that open in lower case, keep their count
        TextDumpContext apart = region(String.join("\n\n", PARAS[0], PARAS[1], "  • a", "  • b", "  • c", "  • d",
                "  • e", "  • f", "  • g", "  • h", PARAS[0], PARAS[1]));
        assertEquals(2, apart.lines.get(0).repeats);
        String chunk = "and the council said the program would be reviewed again next spring, when the first full "
                + "year of figures is in.";
        TextDumpContext chunks = region(String.join("\n\n", chunk, PARAS[1], chunk, PARAS[1]));
        assertEquals(2, chunks.lines.get(0).repeats);
    }

    @Test
    void aCommentsLineShapedAsAShareButtonStillEndsTheBody() {
        String reply = "I have to say that I agree with most of what was said here, although I think that the city "
                + "should have asked the people who live in the area what they wanted before it spent the money.";
        String another = "We moved here three years ago and have never seen the program reach our street, so I am "
                + "not sure what the council is talking about when it says that it has helped so many families.";
        List<String> lines = new ArrayList<>(List.of("  • Home", "  • News", "Council extends the program"));
        lines.addAll(List.of(PARAS));
        lines.addAll(List.of("Comments", "Jane Roe", reply, "John Doe", another, "  • About us"));
        TextDumpContext ctx = region(String.join("\n\n", lines));
        // the bare "Comments" line reads as one of the share buttons ("Tweet", "Comments"), and heads the thread
        assertEquals(TextLine.Shape.SHARE, ctx.lines.get(lineOf(ctx, "Comments")).shape);
        assertEquals(lineOf(ctx, PARAS[5]), ctx.regionEnd);
    }

    @Test
    void aThinPostDoesNotGrowPastTheLinksToTheNextPost() {
        List<String> lines = new ArrayList<>(List.of("  • Home", "  • News", "Council extends the program",
                PARAS[0] + LONG, "« Previous post", "Next post: The bridge reopens »", "Jane Roe wrote a guide to the city parks",
                "Ann Poe reviews the new library on Main Street", "  • Contact"));
        TextDumpContext ctx = region(String.join("\n\n", lines));
        assertEquals(lineOf(ctx, PARAS[0] + LONG), ctx.regionEnd);
        assertTrue(MainRegionStep.postFooter(ctx.lines.get(lineOf(ctx, "Next post: The bridge reopens »"))));
        assertFalse(MainRegionStep.postFooter(region("The next post office will open in the spring.").lines.get(0)));
    }
}
