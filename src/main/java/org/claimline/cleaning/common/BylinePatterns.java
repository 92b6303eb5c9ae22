package org.claimline.cleaning.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises author lines ("By Jane Doe and John Roe", "Written by …", "Author: …", "11/19/2019 by …", "Posted on
 * … by …", "Jane Doe@handle"; dates, contacts and handles after the names are cut off) and author bios.
 */
public final class BylinePatterns {

    private static final Pattern BY = Pattern.compile(
            "^(?:(?:written|posted|reported|words|story|text)\\s+)?(?:by|von|par|por|door|di|av)\\s*:?\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR = Pattern.compile("^(?:author|authors|autor|auteur)\\s*:\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** "11/19/2019 by Jane Doe", "5:45 AM PST 11/19/2019 by Jane Doe": a date or time, then the byline. */
    private static final Pattern DATED_BY = Pattern.compile(
            "^(?=[^\\p{L}]*\\d)(?:[\\p{N}\\p{P}\\s]|\\b(?:[AaPp]\\.?[Mm]\\.?|\\p{Lu}{2,4})\\b)+?\\s+by\\s+(.+)$");
    /** "Posted on March 3, 2015 by Jane Doe" (a blog's footer line under the headline). */
    private static final Pattern POSTED_ON_BY = Pattern.compile(
            "^(?:posted|published|written)\\s+(?:on\\s+)?(?=[^|]{0,40}?\\d)[^|]{3,40}?\\s+by\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** "Jane Doe@janedoe", "Jane Doe, @janedoe", "Jane Doe @janedoe / 2 days": an author line with the author's handle. */
    private static final Pattern HANDLE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,3}),?\\s*@\\w{2,30}"
                    + "(?:\\s*[/|·•]\\s*(?:\\d{1,2}\\s+\\p{L}{3,8}(?:\\s+ago)?|\\p{L}{3,9}\\s+\\d{1,2},?\\s+\\d{4}))?$");
    /** A name glued to a byline that repeats it: "Jane DoeBy Jane Doe, Staff". */
    private static final Pattern AVATAR_GLUED = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,3})((?i:by)\\s+.+)$");
    /** What a byline says of each author's part in brackets: "Jane Doe (reporting) and John Roe (photography)". */
    /** Words of a job title after an author's name. */
    private static final Pattern ROLE_WORD = Pattern.compile("(?iu)\\b(?:editor|writer|reporter|correspondent|columnist"
            + "|contributor|staff|senior|technologist|director|professor|fellow|analyst|chief|producer|critic"
            + "|researcher|journalist|photographer|redakteur|rédacteur|correspondant|redactor|corresponsal)s?\\b");
    private static final Pattern ROLE = Pattern.compile("\\s*\\([^()]{1,40}\\)");
    /** "3 hours ago", "1 day ago": the time since publication, printed after the author's name. */
    private static final Pattern AGO = Pattern.compile(
            "(?i)^[\\s|·•,–—-]*(?:\\d{1,2}|an?)\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b.*");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b)\\s*");
    private static final Pattern TAIL = Pattern.compile(
            "\\s*(?:\\||·|•|—|–| - |\\bupdated\\b|\\bposted\\b|\\bpublished\\b|\\bon\\s+\\w+\\s+\\d|\\d{1,2}[:/.]\\d|"
                    + "\\d{4}-\\d\\d-\\d\\d|\\S+@\\S+|@\\w|\\(\\d{3}\\)|,\\s+(?:a|an|the)\\s|\\b(?:\\d{1,2}|an?)\\s+(?:minutes?|mins?|hours?|days?)\\s+ago\\b|"
                    + "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d).*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_WORD = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’.\\-]*|de|da|van|von|der|del|la|le|bin|al)$");

    private static final List<Pattern> FORMS = List.of(BY, AUTHOR, DATED_BY, POSTED_ON_BY, HANDLE);
    /**
     * The Korean press names its reporters before their title: "홍길동 기자", "(서울=연합뉴스) 홍길동 특파원",
     * "홍길동·김철수 기자 hong@example.kr". Names are two to four Hangul syllables.
     */
    private static final Pattern KO_REPORTER = Pattern.compile("^(?:[(\\[][^)\\]]{1,40}[)\\]]\\s*)?"
            + "(\\p{IsHangul}{2,4}(?:\\s*[,·ㆍ]\\s*\\p{IsHangul}{2,4}){0,5})\\s?(?:선임|수석|객원|전문)?"
            + "(?:기자|특파원|논설위원|편집위원)(?=$|[\\s=,(/]).{0,60}$");

    private BylinePatterns() {
    }

    /** The author names of a byline line, or an empty list when the line is not a byline. */
    public static List<String> parse(String line) {
        if (line == null || line.length() > 200) {
            return List.of();
        }
        String s = line.strip();
        Matcher ko = KO_REPORTER.matcher(s);
        if (ko.matches()) {
            List<String> out = new ArrayList<>();
            for (String n : ko.group(1).split("\\s*[,·ㆍ]\\s*")) {
                out.add(n.strip());
            }
            return out;
        }
        // the author's picture, whose alt text is the name, printed glued to the byline: "Jane DoeBy Jane Doe, Staff"
        Matcher glued = AVATAR_GLUED.matcher(s);
        if (glued.matches() && glued.group(2).regionMatches(true, 3, glued.group(1), 0, glued.group(1).length())) {
            s = glued.group(2);
        }
        String names = null;
        for (Pattern p : FORMS) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                names = m.group(1);
                break;
            }
        }
        if (names == null) {
            return List.of();
        }
        names = TAIL.matcher(ROLE.matcher(names).replaceAll("")).replaceFirst("").strip();
        List<String> out = new ArrayList<>();
        for (String part : SPLIT.split(names)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && isJobTitle(p)) {
                // "Jane Doe, Senior Staff Technologist, Agency": the rest says what the author does
                break;
            }
            if (!looksLikeName(p)) {
                return List.of();
            }
            out.add(p);
        }
        return out.size() > 6 ? List.of() : out;
    }

    /** Whether a part of a byline is a job title ("Senior Staff Technologist", "AP Auto Writer"), not a name. */
    public static boolean isJobTitle(String part) {
        return ROLE_WORD.matcher(part).find();
    }

    /**
     * The name of a header line that gives only a name and a date ("Dan Goodin - Apr 16, 2015 8:02 pm UTC"), or of
     * a bare name line when {@code besideDate} (the header prints the date on the next or previous line). Two to four
     * name words; empty otherwise.
     */
    public static List<String> nameWithDate(String line, boolean besideDate) {
        if (line == null || line.length() > 120) {
            return List.of();
        }
        String s = line.strip();
        Matcher tail = TAIL.matcher(s);
        String name = s;
        if (tail.find()) {
            String after = s.substring(tail.start());
            if (DatePatterns.find(after) == null && !AGO.matcher(after).matches()) {
                return List.of();
            }
            name = s.substring(0, tail.start()).strip();
        } else if (!besideDate) {
            return List.of();
        }
        int words = name.isEmpty() ? 0 : name.split("\\s+").length;
        return words >= 2 && words <= 4 && looksLikeName(name) ? List.of(name) : List.of();
    }

    /** One to five capitalised words (particles allowed), e.g. "Song Wha-sup", "Ludwig van Beethoven". */
    public static boolean looksLikeName(String s) {
        String[] words = s.strip().split("\\s+");
        if (words.length == 0 || words.length > 5 || words[0].isEmpty() || !Character.isUpperCase(words[0].codePointAt(0))) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code line} is a short biography of {@code author} ("Jane Doe is a …", "Doe was …"). */
    public static boolean isBioOf(String line, String author) {
        if (line == null || author == null || author.isBlank() || line.length() > 600) {
            return false;
        }
        String s = line.strip();
        String a = author.strip();
        String[] parts = a.split("\\s+");
        String last = parts[parts.length - 1];
        for (String name : new String[] {a, last}) {
            if (s.startsWith(name)) {
                String rest = s.substring(name.length()).stripLeading();
                rest = rest.replaceFirst("^\\([^)]{1,80}\\)\\s*", "").replaceFirst("^,[^,]{1,80},\\s*", "");
                if (rest.matches("(?s)(?:is|was|has|writes|teaches|works|serves|covers)\\b.*")) {
                    return true;
                }
            }
        }
        return false;
    }
}
