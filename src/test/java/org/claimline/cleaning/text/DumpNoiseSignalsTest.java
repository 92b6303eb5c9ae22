package org.claimline.cleaning.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.claimline.cleaning.common.LanguageGuess;
import org.claimline.model.BlockKind;
import org.junit.jupiter.api.Test;

/**
 * The signals for markup a dump lets through, footer notices, preformatted blocks, teaser-card streams and
 * languages without stopwords, on small hand-made dumps.
 */
class DumpNoiseSignalsTest {

    private static final String[] PARAS = MainRegionSignalsTest.PARAS;

    private static TextLine shaped(String raw) {
        return StructuredListStepTest.line(raw);
    }

    @Test
    void aTimeToldRelativeToNowIsADateLine() {
        for (String t : new String[] {"3 hours ago", "Updated 2 days ago", "an hour ago", "vor 5 Minuten",
            "il y a 2 jours", "hace 3 horas", "před 3 minutami", "Aktualizováno před 21 minutami", "5분 전", "3時間前",
            "2 ore fa"}) {
            assertEquals(TextLine.Shape.DATE, shaped(t).shape, t);
        }
        assertEquals(TextLine.Shape.TEXT, shaped("Three hours ago the council voted to extend the program").shape);
        assertEquals(TextLine.Shape.TEXT, shaped("He came to the city 20 years ago").shape);
        // a name with the time is a byline
        assertEquals(TextLine.Shape.TEXT, shaped("Alex Perry 1 day ago").shape);
    }

    @Test
    void anEncyclopediasPointersToOtherArticlesAreLinks() {
        assertEquals(TextLine.Shape.TEASER, shaped("Main article: History of New Zealand").shape);
        assertEquals(TextLine.Shape.TEASER, shaped("See also: International rankings of New Zealand").shape);
        assertEquals(TextLine.Shape.TEASER, shaped("Hauptartikel: Geschichte Koreas").shape);
        assertEquals(TextLine.Shape.TEXT, shaped("See also the council's report on the program, which came out in May.").shape);
    }

    @Test
    void markupLinesGetTheirOwnShape() {
        assertEquals(TextLine.Shape.MARKUP,
                shaped("<img src=\"http://example.org/pixel?id=42&amp;t=1\" width=\"1\" height=\"1\" alt=\"\" />").shape);
        assertEquals(TextLine.Shape.MARKUP,
                shaped("abc abc <div style=\"display:none\"><img width=1 height=1 src=\"http://example.org/p\"></div>").shape);
        // a code sample that shows markup is indented
        assertEquals(TextLine.Shape.TEXT, shaped("    <div class=\"box\"><p>Hello</p></div>").shape);
        // a paragraph with a stray tag in front of it is still a paragraph
        assertEquals(TextLine.Shape.TEXT, shaped("<span class=x>Photo</span> " + PARAS[0]).shape);
    }

    @Test
    void longFooterNoticeIsCopyrightButACitationIsNot() {
        String notice = "© 2001-2020 All rights reserved. Example Media Ltd is a registered trade mark. Nothing on "
                + "this site is advice, and you should always ask a professional before you act on anything you read "
                + "here, because we cannot know your situation.";
        assertTrue(notice.length() > 200);
        assertEquals(TextLine.Shape.COPYRIGHT, shaped(notice).shape);
        String body = "The court heard that the company had copied the whole book, and the judge said that the "
                + "notice saying all rights reserved on its first page was enough to show the authors had never "
                + "agreed to it being shared in that way.";
        assertTrue(body.length() > 200);
        assertEquals(TextLine.Shape.TEXT, shaped(body).shape);
    }

    @Test
    void languageGuessSkipsMarkupAndAcronyms() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            sb.append("INS DIE INS ");
        }
        sb.append(PARAS[0]).append(' ').append(PARAS[1]);
        assertEquals("en", LanguageGuess.guess(sb));
        assertFalse(LanguageStep.prose("<div style=\"position:absolute\"><img src=\"http://example.org/a\"></div>"));
        assertFalse(LanguageStep.prose("p=1&amp;q=2&amp;rid=0123456789abcdef&amp;lng=en-us&amp;mv=15&amp;pp=False"));
        assertTrue(LanguageStep.prose(PARAS[2]));
    }

    @Test
    void codeTheBodyIntroducesIsKeptAsCode() {
        List<String> code = List.of("SELECT name, count(*)", "FROM visits", "  WHERE day = '2020-01-01'",
                "GROUP BY name;");
        List<String> dump = new ArrayList<>(List.of("  • Home", "  • News", "  • Sport", ""));
        dump.addAll(List.of(PARAS[0], "", PARAS[1], "", "To count them, we ran this query:", ""));
        dump.addAll(code);
        dump.addAll(List.of("", PARAS[2], "", PARAS[3], "", "  • Facebook", "  • Twitter", "  • About us"));
        TextDumpContext ctx = new TextDumpPipeline().run(String.join("\n", dump));
        for (String row : code) {
            TextLine l = ctx.lines.get(MainRegionSignalsTest.lineOf(ctx, row.strip()));
            assertTrue(l.code && l.kept(), row);
            assertEquals(BlockKind.CODE, l.kind);
        }
    }

    @Test
    void menusAndUnintroducedGroupsAreNotCode() {
        List<String> dump = new ArrayList<>(List.of("Home", "News", "Sport", "Weather", ""));
        dump.addAll(List.of(PARAS[0], "", "Politics", "Business", "Science", ""));
        dump.addAll(List.of("Share (12)", "Print [x]", "Email = us", ""));
        dump.addAll(List.of(PARAS[1], "", PARAS[2]));
        TextDumpContext ctx = new TextDumpPipeline().run(String.join("\n", dump));
        for (TextLine l : ctx.lines) {
            assertFalse(l.code, l.text);
        }
        assertTrue(CodeBlockStep.hasCodeChar("x = f(y);"));
        assertFalse(CodeBlockStep.hasCodeChar("Politics and business"));
    }

    @Test
    void teaserCardsAfterTheArticleAreLeftOut() {
        List<String> dump = new ArrayList<>(List.of("  • Home", "  • News", ""));
        for (int i = 0; i < 4; i++) {
            dump.addAll(List.of(PARAS[i], ""));
        }
        dump.addAll(List.of("  • Tags", "  • Share", "", "Recommended", ""));
        String[] summaries = {
            "The river rose by more than two metres overnight and the people who live near it were told to leave "
                + "their homes before the water reached the road, which it did a few hours later in the morning.",
            "A small bakery that has been open for ninety years will close at the end of the month, and its owner "
                + "said that she was sad to go but that the rent had become far too high for a shop like hers.",
            "The school will start its day an hour later from next year, after a study found that the pupils who "
                + "slept longer did better in their exams and were less often ill during the long winter terms.",
            "Two hikers who were lost for a night on the mountain were found safe by a team of volunteers, who "
                + "said that the pair had done the right thing by staying where they were and keeping warm.",
        };
        for (int i = 0; i < summaries.length; i++) {
            String headline = "Headline number " + (i + 1) + " about the town";
            dump.addAll(List.of(headline, headline, summaries[i], "Town Daily", "Save", "More like this",
                    "Fewer like this", ""));
        }
        TextDumpContext ctx = new TextDumpPipeline().run(String.join("\n", dump));
        for (int i = 0; i < 4; i++) {
            assertTrue(ctx.lines.get(MainRegionSignalsTest.lineOf(ctx, PARAS[i])).kept(), PARAS[i]);
        }
        for (String s : summaries) {
            assertFalse(ctx.lines.get(MainRegionSignalsTest.lineOf(ctx, s)).kept(), s);
        }
    }

    /** Lines with the given qualities (before and after smoothing alike); "I" makes an image file name. */
    private static List<TextLine> qualities(String spec) {
        List<TextLine> ls = new ArrayList<>();
        for (String q : spec.split(" ")) {
            TextLine l = new TextLine(ls.size(), q);
            if (q.equals("I")) {
                l.shape = TextLine.Shape.IMAGE;
                l.quality = TextLine.Quality.BAD;
            } else {
                l.quality = TextLine.Quality.valueOf(q);
            }
            l.initialQuality = l.quality;
            ls.add(l);
        }
        return ls;
    }

    @Test
    void goodLinesStandingAloneOneAfterAnotherAreCards() {
        boolean[] cards = MainRegionStep.isolated(qualities("BAD GOOD BAD BAD GOOD SHORT BAD GOOD BAD"));
        assertTrue(cards[1] && cards[4] && cards[7]);
        // a lone lede between buttons and a photo, followed by a body of consecutive paragraphs
        boolean[] body = MainRegionStep.isolated(qualities("BAD GOOD BAD I GOOD GOOD NEAR_GOOD BAD"));
        for (boolean b : body) {
            assertFalse(b);
        }
        // image file names between paragraphs do not make them stand alone
        boolean[] pictures = MainRegionStep.isolated(qualities("BAD GOOD I GOOD I GOOD BAD"));
        assertFalse(pictures[1] || pictures[3] || pictures[5]);
    }

    @Test
    void nearGoodLinesNextToEachOtherMakeARun() {
        boolean[] run = ContextSmoothingStep.nearGoodRuns(qualities("BAD NEAR_GOOD I NEAR_GOOD SHORT NEAR_GOOD BAD NEAR_GOOD BAD"));
        assertTrue(run[1] && run[3] && run[5]);
        assertFalse(run[7]);
    }

    @Test
    void runOfNearGoodLinesWithoutStopwordsIsBody() {
        String[] body = {
            "我们今天早上从城里出发沿着河边的小路一直走到山脚下的村子",
            "村子里的人很热情请我们喝茶还告诉我们山上有一座很老的寺庙",
            "下午我们爬到了山顶看到远处的湖水和田地心里觉得非常安静",
            "天黑以前我们回到了村子在一家小饭馆吃了面条然后坐车回家",
        };
        List<String> dump = new ArrayList<>(List.of("首页", "新闻", "体育", "登录", "",
                "这是一个很长的网站介绍我们每天为读者提供本地的生活消息和旅行故事欢迎大家常常来看看也欢迎留言告诉我们你的想法和建议谢谢大家的支持", "",
                "  • 首页", "  • 相册", "  • 留言", "  • 名片", "  • 文章", "  • 分类", "  • 搜索", ""));
        for (String b : body) {
            dump.add(b);
            dump.add("photo_" + b.length() + ".jpg");
        }
        dump.addAll(List.of("", "关于我们", "联系我们", "隐私"));
        TextDumpContext ctx = new TextDumpPipeline().run(String.join("\n", dump));
        assertEquals(null, ctx.stopwords);
        for (String b : body) {
            assertTrue(ctx.lines.get(MainRegionSignalsTest.lineOf(ctx, b)).kept(), b);
        }
    }
}
