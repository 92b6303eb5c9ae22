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
    private static final String SENTENCE_MARKS = ".!?;:。！？";
    private static final String SENTENCE_MARKS_CJK = "。！？、，．";
    private static final String SENTENCE_ENDS = ".!?。！？…";
    private static final String CLOSING_QUOTES = "\"'”’»)";
    /** Words of legal notices, looked for in the lower-cased line (indexOf: far cheaper than a regex per line). */
    private static final String[] LEGAL_WORDS = {"©", "(c) 1", "(c) 2", "(c)1", "(c)2", "copyright",
        "all rights reserved", "terms of use", "terms of service", "terms and conditions", "terms & conditions", "privacy policy", "privacy statement", "cookie polic",
        "not responsible for the content", "disclaimer", "reproduction in whole or in part", "may not be published",
        "may not be republished", "best viewed in", "upgrade your browser", "upgrading your browser",
        "update your browser", "enable javascript", "enabling javascript", "javascript is disabled",
        "browser does not support", "style sheets (css) enabled", "informational purposes only",
        "not intended to diagnose", "results vary", "results may vary", "registered trademarks of"};
    private static final int MAX_LEGAL = 400;
    /** A comment section's heading: a count of comments, or the form's invitation. */
    private static final String SECTION_HEADING = "\\d+ (comments?|responses?|replies)( to .*|:)?"
            + "|leave a (comment|reply)|post a comment|add a comment";
    private static final Pattern COMMENT_HEADER = Pattern.compile("(?i)^(reply|report( abuse)?|log ?in to reply|"
            + SECTION_HEADING + ")$"
            + "|\\b(says|wrote|said):?$|\\(score:\\s*-?\\d|\\bat \\d{1,2}:\\d{2}\\s*(am|pm)\\b.{0,30}$"
            + "|\\breply\\b.{0,20}$|^by .{1,40}\\b\\d{1,2}:\\d{2}\\b");
    private static final int MAX_COMMENT_HEADER = 120;
    private static final Pattern COMMENT_SECTION = Pattern.compile("(?i)^(" + SECTION_HEADING + ")$");
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
        if (isLegal(line) || isScript(line) || isFileNames(line)) {
            return false;
        }
        if (isMostlyIdeographic(line)) {
            return line.length() >= 25 && containsAny(line, SENTENCE_MARKS_CJK);
        }
        int w = words(line);
        if (w < MIN_WORDS) {
            return false;
        }
        return (containsAny(line, SENTENCE_MARKS) || line.indexOf(',') != line.lastIndexOf(','))
                && lowerShare(line) >= 0.4;
    }

    /**
     * Marks of program code that prose does without: a page's script printed as text ("var ie=document.all … if
     * (ie||ns6)") has words and semicolons enough to pass for sentences.
     */
    private static final String[] SCRIPT_MARKS = {"&&", "||", "==", "!=", "+=", "++", "();", "){", "var ", "function(",
        "function ", "return ", "document.", "window.", "this.", "null;", "=true", "=false", "//"};
    /** Different script marks that make a line code. */
    private static final int SCRIPT_MIN_MARKS = 3;

    /** Program code printed as a line of text: several different marks of code. */
    static boolean isScript(String line) {
        if (line.indexOf('=') < 0 && line.indexOf('(') < 0 && line.indexOf('&') < 0 && line.indexOf('|') < 0) {
            return false;
        }
        int marks = 0;
        for (String m : SCRIPT_MARKS) {
            if (line.contains(m) && ++marks >= SCRIPT_MIN_MARKS) {
                return true;
            }
        }
        return false;
    }

    /** Endings of the file names a text dump prints for a page's pictures, scripts and pages. */
    private static final String[] FILE_ENDINGS = {".gif", ".jpg", ".jpeg", ".png", ".webp", ".svg", ".ico", ".php",
        ".asp", ".aspx", ".swf", ".js", ".css", ".htm", ".html", ".ashx"};
    /** A line whose words are file names at least this share is a row of pictures or links, not a sentence. */
    private static final double FILE_NAME_SHARE = 0.3;

    /** "maglogo.gif home.gif sub.gif advertise.gif …": the file names a dump prints for a row of pictures. */
    static boolean isFileNames(String line) {
        if (line.indexOf('.') < 0) {
            return false;
        }
        int words = 0;
        int files = 0;
        for (String w : line.split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            String l = w.toLowerCase(java.util.Locale.ROOT);
            for (String e : FILE_ENDINGS) {
                int at = l.indexOf(e);
                if (at > 0 && (at + e.length() == l.length() || !Character.isLetter(l.charAt(at + e.length())))) {
                    files++;
                    break;
                }
            }
        }
        return words > 0 && files >= FILE_NAME_SHARE * words;
    }

    /** A short sentence: a few words, mostly lower case, ending as sentences end. */
    static boolean isShortSentence(String line) {
        return words(line) >= MIN_SHORT_WORDS && endsSentence(line.strip()) && lowerShare(line) >= 0.4
                && !isLegal(line);
    }

    /**
     * Phrases of the long notices that close a page ("… are registered trademarks of …", "may not be reproduced
     * without the prior written consent of …"): one of them in a paragraph is a sentence about law, several in a
     * row are the notice.
     */
    private static final String[] NOTICE_WORDS = {"©", "all rights reserved", "registered trademark", "trademarks of",
        "trademark of", "are trademarks", "is a trademark", "property of", "prior written", "written permission",
        "written consent", "may not be reproduced", "may not be copied", "may not be published",
        "may not be republished", "may not be redistributed", "without permission", "no affiliation with",
        "not affiliated with", "not responsible for the content", "informational purposes only",
        "not intended to diagnose", "medical advice", "consult your physician", "consult a physician"};
    /** A long line is a legal notice with this many different notice phrases, at least one per this many words. */
    private static final int NOTICE_MIN_PHRASES = 3;
    private static final int NOTICE_WORDS_PER_PHRASE = 60;

    /** Copyright notices, terms and privacy links, disclaimers. */
    static boolean isLegal(String line) {
        String l = line.toLowerCase(java.util.Locale.ROOT);
        if (line.length() >= MAX_LEGAL) {
            return isLongNotice(l);
        }
        for (String w : LEGAL_WORDS) {
            if (l.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A long legal notice: several different notice phrases, densely ({@code lower}: the lower-cased line). */
    private static boolean isLongNotice(String lower) {
        int phrases = 0;
        for (String w : NOTICE_WORDS) {
            if (lower.contains(w)) {
                phrases++;
            }
        }
        return phrases >= NOTICE_MIN_PHRASES && phrases * NOTICE_WORDS_PER_PHRASE >= words(lower);
    }

    /** The heading of a comment section ("12 Comments", "Leave a Reply"), not an entry's header or a byline. */
    static boolean isCommentSectionHeading(String line) {
        String t = line.strip();
        return t.length() <= MAX_COMMENT_HEADER && COMMENT_SECTION.matcher(t).matches();
    }

    /** The header line of a reader comment ("Reply", "Jane says:", "(Score:5, Insightful)", "12 Comments"). */
    static boolean isCommentHeader(String line) {
        String t = line.strip();
        return t.length() <= MAX_COMMENT_HEADER && mayBeCommentHeader(t.toLowerCase(java.util.Locale.ROOT))
                && COMMENT_HEADER.matcher(t).find();
    }

    /** Words one of the comment-header patterns needs: most lines have none, and skip the regex. */
    private static final String[] COMMENT_WORDS = {"repl", "report", "comment", "respons", "says", "wrote", "said",
        "writes", "score", ":"};

    private static boolean mayBeCommentHeader(String lower) {
        for (String w : COMMENT_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
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
        return isCommentHeader(t) || t.indexOf(':') >= 0 && POSTED_AT.matcher(t).find()
                || mayBeCommentHeader(t.toLowerCase(java.util.Locale.ROOT)) && WRITES.matcher(t).find();
    }

    private static boolean containsAny(String line, String chars) {
        for (int i = 0; i < line.length(); i++) {
            if (chars.indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Ends with a full stop, question or exclamation mark, maybe followed by closing quotes or a bracket. */
    private static boolean endsSentence(String t) {
        int i = t.length() - 1;
        while (i >= 0 && CLOSING_QUOTES.indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && SENTENCE_ENDS.indexOf(t.charAt(i)) >= 0;
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
            if (c < 0x80) {
                letters += Character.isLetter(c) ? 1 : 0;
            } else if (Character.isLetter(c)) {
                letters++;
                if (c < 0x1100) {
                    continue;   // Latin, Greek, Cyrillic, Arabic, Indic…: below every CJK block
                }
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
