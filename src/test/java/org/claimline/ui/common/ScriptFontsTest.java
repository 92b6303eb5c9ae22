package org.claimline.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An article in Chinese, Japanese or Korean gets an installed CJK family; others keep the stylesheet's. */
class ScriptFontsTest {

    static final List<String> INSTALLED = List.of("DejaVu Serif", "DejaVu Sans", "Noto Serif CJK JP",
            "Noto Serif CJK KR", "Noto Serif CJK SC");

    @Test
    void latinTextKeepsTheReadersFont() {
        assertNull(ScriptFonts.familyFor("How to restore relations between Korea and Japan — “a new start”", INSTALLED));
    }

    @Test
    void theDominantScriptPicksTheFace() {
        assertEquals("Noto Serif CJK KR", ScriptFonts.familyFor("한일 관계를 회복하는 방법 (韓日關係)", INSTALLED));
        assertEquals("Noto Serif CJK JP", ScriptFonts.familyFor("肉をくわえたイヌが、橋を渡っていました。", INSTALLED));
        assertEquals("Noto Serif CJK SC", ScriptFonts.familyFor("谷歌在2014年收购的人工智能公司", INSTALLED));
        // a Korean name in an English article is enough: the CJK face carries the Latin letters too
        assertEquals("Noto Serif CJK KR", ScriptFonts.familyFor("President Moon Jae-in (문재인) said", INSTALLED));
    }

    @Test
    void anotherCjkFaceServesWhenTheScriptsOwnIsMissingAndNoneMeansNone() {
        assertEquals("Noto Serif CJK JP", ScriptFonts.familyFor("한국어", List.of("Noto Serif CJK JP")));
        assertNull(ScriptFonts.familyFor("한국어", List.of("DejaVu Serif")));
    }
}
