package org.claimline.cleaning;

import java.util.regex.Pattern;

/**
 * What a line of page text reads like, judged from its words alone (no markup): prose (sentences), legal
 * boilerplate, or the header of a reader comment. Shared by the safety net and the confidence of a clean, for text
 * dumps and HTML alike.
 */
final class Prose {
    /** A sentence has at least this many words. */
    static final int MIN_WORDS = 8;
    /** A short sentence (restored inside the article's region, not counted as prose). */
    static final int MIN_SHORT_WORDS = 4;
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.!?;:。！？]|,.*,");
    private static final Pattern SENTENCE_PUNCTUATION_CJK = Pattern.compile("[。！？、，．]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？…][\"'”’»)]*$");
    private static final Pattern LEGAL = Pattern.compile("(?i)©|\\(c\\) ?\\d{4}|copyright|all rights reserved"
            + "|terms (of|and conditions)|privacy (policy|statement)|cookie polic|not responsible for the content"
            + "|disclaimer|reproduction in whole or in part|may not be (re)?published");
    private static final Pattern COMMENT_HEADER = Pattern.compile("(?i)^(reply|report( abuse)?|log ?in to reply"
            + "|\\d+ (comments?|responses?|replies)( to .*)?|leave a (comment|reply)|post a comment|add a comment)$"
            + "|\\b(says|wrote|said):?$|\\(score:\\s*-?\\d|\\bat \\d{1,2}:\\d{2}\\s*(am|pm)\\b.{0,30}$"
            + "|\\breply\\b.{0,20}$|^by .{1,40}\\b\\d{1,2}:\\d{2}\\b");
    private static final int MAX_COMMENT_HEADER = 120;
    /** A time of day with am/pm, or a date with a year or month name and a time: when a comment was posted. */
    private static final Pattern POSTED_AT = Pattern.compile("(?i)\\b\\d{1,2}:\\d{2}\\s*[ap]\\.?m\\b"
            + "|(\\b(19|20)\\d{2}\\b|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b).{0,30}\\b\\d{1,2}:\\d{2}\\b");
    private static final Pattern WRITES = Pattern.compile("(?i)\\b(writes|wrote|says|said)\\s*:?\\s*$");

    private Prose() {
    }

    /** Words of {@code line} (runs between white space). */
    static int words(String line) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = Character.isWhitespace(line.charAt(i)) || line.charAt(i) == '\u00a0';
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    /**
     * A sentence-like line: enough words, sentence punctuation, and (in cased scripts) mostly words starting in
     * lower case, which menus, link lists and headline rivers lack. A line without spaces (CJK) counts by length.
     */
    static boolean isProse(String line) {
        if (isLegal(line)) {
            return false;
        }
        if (isMostlyIdeographic(line)) {
            return line.length() >= 25 && SENTENCE_PUNCTUATION_CJK.matcher(line).find();
        }
        int w = words(line);
        if (w < MIN_WORDS) {
            return false;
        }
        return SENTENCE_PUNCTUATION.matcher(line).find() && lowerShare(line) >= 0.4;
    }

    /** A short sentence: a few words, mostly lower case, ending as sentences end. */
    static boolean isShortSentence(String line) {
        return words(line) >= MIN_SHORT_WORDS && SENTENCE_END.matcher(line.strip()).find() && lowerShare(line) >= 0.4
                && !isLegal(line);
    }

    /** Copyright notices, terms and privacy links, disclaimers. */
    static boolean isLegal(String line) {
        return LEGAL.matcher(line).find() && line.length() < 400;
    }

    /** The header line of a reader comment ("Reply", "Jane says:", "(Score:5, Insightful)", "12 Comments"). */
    static boolean isCommentHeader(String line) {
        String t = line.strip();
        return t.length() <= MAX_COMMENT_HEADER && COMMENT_HEADER.matcher(t).find();
    }

    /**
     * The header of a reader comment in a thread: a comment header as above, or a short line that is not a sentence
     * and tells when it was posted ("Posted by: Jane | 09/29/2012 at 04:36 AM", "Alice On Thursday, November 1 at
     * 3:29 pm") or who writes ("by jdoe (12345) writes:").
     */
    static boolean isThreadHeader(String line) {
        String t = line.strip();
        if (t.length() > MAX_COMMENT_HEADER || isProse(t)) {
            return false;
        }
        return isCommentHeader(t) || POSTED_AT.matcher(t).find() || WRITES.matcher(t).find();
    }

    /** Share of the words starting with a letter that start in lower case; 1 in scripts without case. */
    private static double lowerShare(String line) {
        int cased = 0;
        int lower = 0;
        boolean start = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                start = true;
                continue;
            }
            if (start && Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    lower++;
                    cased++;
                } else if (Character.isUpperCase(c)) {
                    cased++;
                }
            }
            start = false;
        }
        return cased == 0 ? 1 : (double) lower / cased;
    }

    /** Chinese, Japanese or Korean text, written without spaces between words: most letters ideographs or kana. */
    private static boolean isMostlyIdeographic(String line) {
        int letters = 0;
        int ideo = 0;
        for (int i = 0; i < line.length(); i++) {
            int c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                Character.UnicodeScript s = Character.UnicodeScript.of(c);
                if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                        || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL) {
                    ideo++;
                }
            }
        }
        return letters > 0 && ideo * 2 > letters;
    }
}
