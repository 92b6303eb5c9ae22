package org.claimline.ui.common;

import java.util.Collection;
import java.util.List;
import javafx.scene.text.Font;
import org.claimline.cleaning.common.LanguageGuess;

/**
 * A font family for articles in Chinese, Japanese or Korean. JavaFX on Linux does not reliably fall back from the
 * reader's Latin font to an installed CJK font (outside a CJK locale the text shows as boxes), so an article with
 * such characters is set in an installed CJK family, which carries Latin letters as well. Which one follows the
 * script that dominates: Hangul picks a Korean face, kana a Japanese one, Han alone a Chinese one.
 */
public final class ScriptFonts {

    static final List<String> KOREAN = List.of("Noto Serif CJK KR", "Noto Sans CJK KR", "Source Han Serif K",
            "Source Han Sans K", "NanumMyeongjo", "NanumGothic", "Malgun Gothic", "Apple SD Gothic Neo", "UnBatang");
    static final List<String> JAPANESE = List.of("Noto Serif CJK JP", "Noto Sans CJK JP", "Source Han Serif",
            "Source Han Sans", "IPAexMincho", "IPAMincho", "IPAexGothic", "IPAGothic", "Yu Mincho", "Hiragino Mincho ProN",
            "MS Mincho", "TakaoMincho");
    static final List<String> CHINESE = List.of("Noto Serif CJK SC", "Noto Sans CJK SC", "Noto Serif CJK TC",
            "Noto Sans CJK TC", "Source Han Serif SC", "Source Han Sans SC", "AR PL UMing CN", "WenQuanYi Zen Hei",
            "WenQuanYi Micro Hei", "Microsoft YaHei", "SimSun", "PingFang SC", "Droid Sans Fallback");

    private ScriptFonts() {
    }

    /** The family to set {@code text} in, among the installed families, or null when the reader's own will do. */
    static String familyFor(CharSequence text, Collection<String> installed) {
        int hangul = 0;
        int kana = 0;
        int han = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x1100) {
                continue;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            if (s == Character.UnicodeScript.HANGUL) {
                hangul++;
            } else if (s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
                kana++;
            } else if (s == Character.UnicodeScript.HAN) {
                han++;
            }
        }
        if (hangul + kana + han == 0) {
            return null;
        }
        List<List<String>> order = hangul >= kana && hangul > 0 ? List.of(KOREAN, JAPANESE, CHINESE)
                : kana > 0 ? List.of(JAPANESE, CHINESE, KOREAN) : List.of(CHINESE, JAPANESE, KOREAN);
        for (List<String> families : order) {
            for (String f : families) {
                if (installed.contains(f)) {
                    return f;
                }
            }
        }
        return null;
    }

    private static List<String> installed;

    /** The family for {@code text} among the fonts installed on this machine. */
    public static String familyFor(CharSequence text) {
        if (!hasCjk(text)) {
            // most articles: the font list (slow to build the first time) is not needed
            return null;
        }
        if (installed == null) {
            installed = Font.getFamilies();
        }
        return familyFor(text, installed);
    }

    private static boolean hasCjk(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (LanguageGuess.isCjkChar(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** An inline style that sets {@code text} in its script's family, or "" when the stylesheet's will do. */
    public static String familyStyle(CharSequence text) {
        String f = familyFor(text);
        return f == null ? "" : "-fx-font-family: \"" + f + "\";";
    }
}
