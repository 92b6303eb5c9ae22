package org.claimline.cleaning.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrappedLineStepTest {

    private static TextDumpContext wrapped(String dump) {
        TextDumpContext ctx = new TextDumpContext(dump);
        for (TextDumpStep s : List.of(new SegmentStep(), new LanguageStep(), new LineShapeStep(), new WrappedLineStep(),
                new RepetitionStep())) {
            s.apply(ctx);
        }
        return ctx;
    }

    private static List<String> texts(TextDumpContext ctx) {
        return ctx.lines.stream().map(l -> l.text).toList();
    }

    @Test
    void handWrappedParagraphBecomesOneLine() {
        TextDumpContext ctx = wrapped(String.join("\n", "  • Home", "",
                "I am a rather elderly man. The nature of my avocations for the last",
                "thirty years has brought me into more than ordinary contact with what",
                "would seem an interesting and somewhat singular set of men of whom as",
                "yet nothing has been written.", "", "Next"));
        assertEquals(List.of("Home", "I am a rather elderly man. The nature of my avocations for the last thirty years "
                + "has brought me into more than ordinary contact with what would seem an interesting and somewhat "
                + "singular set of men of whom as yet nothing has been written.", "Next"), texts(ctx));
        TextLine joined = ctx.lines.get(1);
        assertEquals(1, joined.index);
        assertEquals(2, ctx.lines.get(2).index);
        assertTrue(joined.words > 40 && joined.stopwords > 10);
        assertEquals(joined.text.length(), joined.weightedChars);
    }

    @Test
    void twoLineParagraphIsJoinedWhenTheSecondEndsTheSentence() {
        TextDumpContext ctx = wrapped(String.join("\n", "  • Home", "",
                "Prime Minister Gordon Brown's spokesman also condemned the", "release of the videotape.", "",
                "Most popular now, in detail and by the numbers of the day", "Cycling star dies after collision", "",
                "Sport and weather news for the whole of the country today", "and tomorrow"));
        assertEquals(List.of("Home", "Prime Minister Gordon Brown's spokesman also condemned the release of the videotape.",
                "Most popular now, in detail and by the numbers of the day", "Cycling star dies after collision",
                "Sport and weather news for the whole of the country today", "and tomorrow"), texts(ctx));
    }

    @Test
    void wrappedEastAsianTextGoesOnWithoutSpaces() {
        TextDumpContext ctx = wrapped(String.join("\n", "  • ホーム", "",
                "肉をくわえたイヌが、橋を渡っていました。ふと下を見ると、川の中にも肉を",
                "くわえたイヌがいます。イヌはそれを見て、思いました。あいつの肉の方が、",
                "大きそうだ。イヌは、くやしくてたまりません。そこでイヌは、川の中のイヌに",
                "向かって思いっきり吠えました。", "", "おしまい"));
        assertEquals(List.of("ホーム", "肉をくわえたイヌが、橋を渡っていました。ふと下を見ると、川の中にも肉をくわえたイヌがいます。"
                + "イヌはそれを見て、思いました。あいつの肉の方が、大きそうだ。イヌは、くやしくてたまりません。そこでイヌは、"
                + "川の中のイヌに向かって思いっきり吠えました。", "おしまい"), texts(ctx));
    }

    @Test
    void narrowColumnWhoseLinesGoOnWithNamesIsJoined() {
        // three of the five continuation lines start with a capital (a team, a place, a day), but every line before
        // them stops mid-sentence
        List<String> column = List.of("Jane Roe and John Doe each scored in the final five",
                "minutes as the River City Rockets beat the",
                "Lake Town Eagles 4-3 before 3,502 fans on",
                "Saturday night. Mary Major scored twice for",
                "Lake Town, and Tom Minor added a goal late in",
                "the third period.");
        TextDumpContext ctx = wrapped(String.join("\n", "  • Home", "", String.join("\n", column), "", "Next"));
        assertEquals(List.of("Home", String.join(" ", column), "Next"), texts(ctx));
    }

    @Test
    void headlineListsAndTableRowsStayApart() {
        List<String> headlines = List.of("The council votes to extend the housing program",
                "Critics say the money would be better spent on schools",
                "Mayor promises to ask for more money if it is needed");
        assertEquals(headlines, texts(wrapped(String.join("\n", headlines))));
        List<String> table = List.of("Ticker Security Last Change Change %",
                "HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%", "LOW LOWE'S COMPANIES INC. 113.40 -1.62 -1.41%");
        assertEquals(table, texts(wrapped(String.join("\n", table))));
    }

    @Test
    void wrappedListItemContinuesOnDeeperIndentedLines() {
        TextDumpContext ctx = wrapped(String.join("\n",
                "       *  GET a folder: retrieve the names and current versions of the",
                "          documents and subfolders currently contained by the folder", "",
                "       *  PUT a document: store a new version"));
        assertEquals(2, ctx.lines.size());
        assertTrue(ctx.lines.get(0).bullet);
        assertEquals("GET a folder: retrieve the names and current versions of the documents and subfolders currently "
                + "contained by the folder", ctx.lines.get(0).text);
    }

    @Test
    void aColumnsParagraphEndingInANumberOrWithALongerSecondLineIsJoined() {
        // wrapped at a column's width: the second line may be longer than the first when its first word did not
        // fit, and a year ending the sentence may be left alone on the last line
        TextDumpContext ctx = wrapped(String.join("\n", "  • Home", "",
                "The mayor said the council would look at the costs of", "everything that the program had paid for in the last spring.", "",
                "The program was first set up after the floods of the year", "before, when thousands of families lost their homes in",
                "2019.", "", "Next"));
        assertEquals(List.of("Home", "The mayor said the council would look at the costs of everything that the program "
                + "had paid for in the last spring.", "The program was first set up after the floods of the year before, when thousands "
                + "of families lost their homes in 2019.", "Next"), texts(ctx));
    }

    @Test
    void aPicturesFileNameBetweenWrappedParagraphsPartsThem() {
        TextDumpContext ctx = wrapped(String.join("\n", "  • Home", "",
                "The council will now ask the city's lawyers to look at the plan in",
                "time for the vote on the budget, which is expected",
                "in the spring.",
                "council-hall.gif",
                "\"We were not ready this year,\" the mayor said. \"We hope it all comes",
                "together next time.\"", "", "Next"));
        assertEquals(List.of("Home", "The council will now ask the city's lawyers to look at the plan in time for the "
                + "vote on the budget, which is expected in the spring.", "council-hall.gif",
                "\"We were not ready this year,\" the mayor said. \"We hope it all comes together next time.\"", "Next"),
                texts(ctx));
    }

    @Test
    void twoLineLeadGoingOnWithANameIsJoined() {
        TextDumpContext ctx = wrapped(String.join("\n", "  • Home", "",
                "The council has dropped its plan to close the library on", "Main Street after a vote on Tuesday.", "",
                "How to work out what a new library will cost the city", "When do the council's budgets come out?", "",
                "Next"));
        assertEquals(List.of("Home", "The council has dropped its plan to close the library on Main Street after a vote "
                + "on Tuesday.", "How to work out what a new library will cost the city",
                "When do the council's budgets come out?", "Next"), texts(ctx));
    }
}
