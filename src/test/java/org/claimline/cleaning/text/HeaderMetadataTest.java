package org.claimline.cleaning.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimline.model.Article;
import org.claimline.model.DateValue;
import org.junit.jupiter.api.Test;

/** Bylines and dates in the header of a dump, in the shapes pages print them without "By … on …". */
class HeaderMetadataTest {

    static final String TITLE = "Council extends program for families for another year";

    static Article clean(List<String> head, List<String> tail) {
        return new TextDumpPipeline().clean(MainRegionSignalsTest.bodyDump(head, tail));
    }

    @Test
    void aDatelineRightAboveTheHeadlineIsThePublicationDate() {
        Article a = clean(List.of("November 19, 2019 12:04AM ET", TITLE, "By Jane Roe"), List.of());
        assertEquals(DateValue.parseIso("2019-11-19T00:04"), a.metadata().published());
        assertEquals(TITLE, a.metadata().title());
        assertEquals(List.of("Jane Roe"), a.metadata().byline());
        assertFalse(a.text().contains("2019"));
    }

    @Test
    void theDatesUnderTheHeadlineBeatTheDayThePageWasPrinted() {
        // the page's own "today" line above the headline, the article's dates below it
        Article a = clean(List.of("Sun, October 1, 2023", TITLE, "Posted : 2020-01-04 10:38", "By Jane Roe"), List.of());
        assertEquals(DateValue.parseIso("2020-01-04T10:38"), a.metadata().published());
    }

    @Test
    void byOnALineOfItsOwnUnderTheLeadCaptionTakesTheNameAndThePostBelow() {
        String caption = "Wade Roe, owner of the old ferry, stands near his boat at the terminal. Roe and his crew left "
                + "the day after Easter for the north, where they will work until the autumn. (Ann Lee / The Paper)";
        Article a = clean(List.of(TITLE, caption, "Updated April 29, 2019 at 3:33 pm", "By", "Jane Roe",
                "City Hall reporter"), List.of());
        assertEquals(List.of("Jane Roe"), a.metadata().byline());
        assertFalse(a.text().startsWith("By"), a.text());
        assertFalse(a.text().contains("City Hall reporter"), a.text());
    }

    @Test
    void byOnALineOfItsOwnTakesTheNameBelow() {
        Article a = clean(List.of(TITLE, "By", "Jane Roe", "March 3, 2021"), List.of());
        assertEquals(List.of("Jane Roe"), a.metadata().byline());
        assertFalse(a.text().contains("Jane Roe"));
    }

    @Test
    void aBareNameNextToTheDateOrFollowedByItIsTheAuthor() {
        assertEquals(List.of("Jane Roe"),
                clean(List.of(TITLE, "Jane Roe", "March 3, 2021"), List.of()).metadata().byline());
        assertEquals(List.of("Jane Roe"),
                clean(List.of(TITLE, "Jane Roe - Mar 3, 2021 8:02 pm UTC"), List.of()).metadata().byline());
        assertEquals(List.of("Jane Roe"),
                clean(List.of(TITLE, "  • Jane Roe", "  • 18 Nov 2019, 19:09"), List.of()).metadata().byline());
        assertEquals(List.of(), clean(List.of(TITLE, "  • Jane Roe", "March 3, 2021"), List.of()).metadata().byline());
        // a bare name with no date beside it says nothing about who wrote the piece
        assertEquals(List.of(), clean(List.of(TITLE, "Jane Roe", "Local politics"), List.of()).metadata().byline());
    }

    @Test
    void aDateLineUnderTheLeadCaptionIsStillTheHeadersDate() {
        String caption = "In this March 2, 2021 file photo, the mayor of the city speaks to the members of the council "
                + "after the vote on the program, which passed with a large majority of the members in favour.";
        Article a = clean(List.of(TITLE, caption, "The Daily Agency", "Published Monday, March 3, 2021 8:22AM EST"),
                List.of());
        assertEquals(DateValue.parseIso("2021-03-03T08:22"), a.metadata().published());
    }

    @Test
    void aNoticePrintedTwiceIsNotTheLeadCaption() {
        String notice = "These are external links and will open in a new window";
        String caption = "The city council votes on the program for families";
        assertEquals(null, clean(List.of(TITLE, notice, notice), List.of()).metadata().leadImageCaption());
        assertEquals(caption, clean(List.of(TITLE, caption, caption), List.of()).metadata().leadImageCaption());
    }

    @Test
    void theSectionAboveTheHeadlineIsWordsNotAToolbar() {
        assertEquals("Local politics", clean(List.of("Local politics", TITLE, "By Jane Roe"), List.of()).metadata().section());
        assertEquals(null, clean(List.of("Sign In| Join", TITLE, "By Jane Roe"), List.of()).metadata().section());
    }

    @Test
    void aDatelineWithBothDatesGivesBoth() {
        Article a = clean(List.of(TITLE, "By Jane Roe",
                "Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST"),
                List.of());
        assertEquals(DateValue.parseIso("2019-01-03T02:00"), a.metadata().published());
        assertEquals(DateValue.parseIso("2019-01-16T06:16"), a.metadata().updated());
        assertFalse(a.text().contains("Last modified"));
    }

    @Test
    void aKoreanArticlesHeadlineReporterAndDateAreFound() {
        String dump = String.join("\n\n", "  • 홈\n  • 정치\n  • 경제\n  • 사회", "한일 관계를 회복하는 방법", "송화섭 기자",
                "입력 2020.01.04 10:38",
                "지난해는 최근 기억 속에서 한일 관계가 가장 대립적이었던 시기 중 하나였다. 지소미아 종료와 연장, 강제징용 판결, "
                        + "화이트리스트 제외 등 여러 문제가 있었다. 한국과 일본 정부는 모두 대화가 필요하다고 말하지만 실제 협상은 "
                        + "진전이 없었다.",
                "이 외에도 한국의 외교 정책이 중국 쪽으로 기울고 있다는 우려와 반도체 경쟁 문제, 일본 내 반한 감정 확산으로 한일 "
                        + "갈등은 확대되고 있다. 전문가들은 양국 정상이 만나 관계 회복의 실마리를 찾아야 한다고 지적했다.",
                "  • 홈\n  • 정치\n  • 경제\n  • 사회");
        Article a = new TextDumpPipeline().clean(dump);
        assertEquals("한일 관계를 회복하는 방법", a.metadata().title());
        assertEquals(List.of("송화섭"), a.metadata().byline());
        assertEquals(DateValue.parseIso("2020-01-04T10:38"), a.metadata().published());
        assertTrue(a.text().startsWith("지난해는"), a.text());
    }
}
