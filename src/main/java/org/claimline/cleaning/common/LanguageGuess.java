package org.claimline.cleaning.common;

/**
 * Guesses the language of a text by which Lucene stopword set covers most of its words. Good enough to pick
 * stopwords for cleaning; not a general language identifier. Reads at most {@link #MAX_WORDS} words.
 */
public final class LanguageGuess {

    public static final int MAX_WORDS = 600;

    private LanguageGuess() {
    }

    /** ISO 639-1 code of the best-covering stopword set, or null (no words, or a script without stopwords). */
    public static String guess(CharSequence text) {
        if (text == null || text.length() == 0) {
            return null;
        }
        var langs = Stopwords.all().values().toArray(new Stopwords[0]);
        int[] hits = new int[langs.length];
        char[] buf = new char[64];
        int words = 0;
        int cjk = 0;
        int n = text.length();
        int i = 0;
        while (i < n && words < MAX_WORDS) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            if (isCjk(c)) {
                cjk++;
                i++;
                continue;
            }
            int len = 0;
            int upper = 0;
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
                char d = text.charAt(i);
                if (Character.isUpperCase(d)) {
                    upper++;
                }
                if (len < buf.length) {
                    buf[len] = Character.toLowerCase(d);
                }
                len++;
                i++;
            }
            // acronyms and shouted labels ("US", "IT", markers a dump prints around inserted text) are not
            // the running text whose stopwords tell the language
            if (len > buf.length || len > 1 && upper == len) {
                continue;
            }
            words++;
            int h = Stopwords.hash(buf, 0, len);
            for (int l = 0; l < langs.length; l++) {
                if (langs[l].contains(h, buf, 0, len)) {
                    hits[l]++;
                }
            }
        }
        if (cjk > words * 2) {
            return cjkLanguage(text);
        }
        int best = -1;
        for (int l = 0; l < langs.length; l++) {
            if (hits[l] > 0 && (best < 0 || hits[l] > hits[best])) {
                best = l;
            }
        }
        // a handful of accidental hits (names, numbers) is not a language
        return best < 0 || hits[best] * 20 < words ? null : langs[best].language();
    }

    /** Han, kana and Hangul: scripts written without spaces between words (Hangul uses some) and without stopword sets here. */
    public static boolean isCjkChar(char c) {
        return c >= 0x1100 && isCjk(c);
    }

    static boolean isCjk(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }

    private static String cjkLanguage(CharSequence text) {
        int kana = 0;
        int hangul = 0;
        int han = 0;
        for (int i = 0, n = Math.min(text.length(), 20_000); i < n; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            if (s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
                kana++;
            } else if (s == Character.UnicodeScript.HANGUL) {
                hangul++;
            } else if (s == Character.UnicodeScript.HAN) {
                han++;
            }
        }
        if (hangul >= kana && hangul >= han / 4) {
            return "ko";
        }
        return kana > 0 && kana * 10 >= han ? "ja" : "zh";
    }
}
