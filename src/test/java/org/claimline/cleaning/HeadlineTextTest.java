package org.claimline.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A headline is its words, without the separators, arrows and brackets a page put around them. */
class HeadlineTextTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"Bike share expands to Leeds |; Bike share expands to Leeds",
        "Feed Article | Business |; Feed Article | Business", "=> The One to Watch: a new remote <=; The One to Watch: a new remote",
        "« Notes from the budget debate | Main; Notes from the budget debate | Main",
        "» How to read a budget :example; How to read a budget :example",
        "Extradition sought [Movies] [; Extradition sought", "Ten old adverts [Pics]; Ten old adverts",
        "Sport library-->; Sport library", "*Winter reading, slowly*; Winter reading, slowly",
        "Korea and Japan must talk again; Korea and Japan must talk again",
        "Budget (update); Budget (update)", "Site :: Section ::; Site :: Section ::", "M*A*S*H returns; M*A*S*H returns"})
    void whatThePagePutAroundTheHeadlineGoes(String title, String headline) {
        assertEquals(headline, HeadlineText.tidy(title));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{ 94 comments… read them below or add one }", "1 Comment » | Published in Architecture |",
        "| \u00bb |"})
    void aCommentCountOrMereDecorationIsNoHeadline(String title) {
        assertNull(HeadlineText.tidy(title));
    }

    @Test
    void theCleanerTidiesTheHeadlineOfAPage() throws Exception {
        String body = "<p>The council voted on the budget yesterday, and the result, close as it was, will shape the"
                + " city for years to come.</p>";
        String html = "<html><head><title>Council passes the budget |</title></head><body><article>" + body.repeat(4)
                + "</article></body></html>";
        assertEquals("Council passes the budget",
                new ArticleCleaner().clean(html.getBytes(StandardCharsets.UTF_8), "page.html").title());
    }
}
