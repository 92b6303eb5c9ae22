package org.claimline.cleaning;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises author lines ("By Jane Doe and John Roe", "Written by …", "Author: …") and author bios. */
public final class BylinePatterns {

    private static final Pattern BY = Pattern.compile(
            "^(?:(?:written|posted|reported|words|story|text)\\s+)?(?:by|von|par|por|door|di|av)\\s*:?\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR = Pattern.compile("^(?:author|authors|autor|auteur)\\s*:\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b)\\s*");
    private static final Pattern TAIL = Pattern.compile(
            "\\s*(?:\\||·|•|—|–| - |\\bupdated\\b|\\bposted\\b|\\bpublished\\b|\\bon\\s+\\w+\\s+\\d|\\d{1,2}[:/.]\\d|"
                    + "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d).*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_WORD = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’.\\-]*|de|da|van|von|der|del|la|le|bin|al)$");

    private BylinePatterns() {
    }

    /** The author names of a byline line, or an empty list when the line is not a byline. */
    public static List<String> parse(String line) {
        if (line == null || line.length() > 200) {
            return List.of();
        }
        String s = line.strip();
        Matcher m = BY.matcher(s);
        String names;
        if (m.matches()) {
            names = m.group(1);
        } else {
            Matcher a = AUTHOR.matcher(s);
            if (!a.matches()) {
                return List.of();
            }
            names = a.group(1);
        }
        names = TAIL.matcher(names).replaceFirst("").strip();
        List<String> out = new ArrayList<>();
        for (String part : SPLIT.split(names)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (!looksLikeName(p)) {
                return List.of();
            }
            out.add(p);
        }
        return out.size() > 6 ? List.of() : out;
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
