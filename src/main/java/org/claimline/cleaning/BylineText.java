package org.claimline.cleaning;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimline.cleaning.common.BylinePatterns;
import org.claimline.model.Article;

/**
 * A byline names people, not when or where they wrote: what a page prints after the name on the same line is taken
 * off ("Alyson Klein on August 8, 2012 6:23 PM", "Reuters – 1 hour ago", "Richard Lam (AP) Published: 2008-01-09"),
 * and what is no name at all leaves the byline: a date alone, a profile or comments link ("View Profile", "3
 * Comments"), a handle or an e-mail address. A name that follows the date ("Posted 8:11 AM by Marty Lederman") is
 * kept.
 */
final class BylineText {
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    /** Where the date, time or posting note starts: a digit, a month followed by a day, "Published:", "Posted". */
    private static final Pattern WHEN = Pattern.compile("(?:\\bon\\s+)?(?:\\d|\\b" + MONTH + "\\s+\\d"
            + "|\\b(?:Published|Posted|Updated|Last updated)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY_NAME = Pattern.compile(
            "\\bby\\s+(\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){0,3})");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)(?:view|see|edit)\\s+(?:my\\s+|full\\s+)?(?:profile|comments?)|\\d*\\s*comments?|.*@.*|\\[?link\\]?"
                    // a picture's credit is not the article's byline: "STAFF PHOTO BY KATHY ANDERSON"
                    + "|(?:staff\\s+)?(?:photo|photograph|picture|image)s?\\s+by\\b.*"
                    // a list's heading taken for the author line: "Related Articles", "More stories"
                    + "|(?:related|more|most|top|latest|recommended|popular|trending)\\s+"
                    + "(?:articles?|stor(?:y|ies)|posts?|news|videos?|reads?|content)"
                    // a credential printed after the name and split off at its comma: "MS", "RDN", "Ph.D."
                    + "|(?:(?:ms|ma|msc|bsc|bs|ba|rd|rdn|ld|lds|phd|ph\\.d\\.?|md|m\\.d\\.?|do|mph|rn|np|cpt|cscs|jd|mba|cfa|cpa"
                    + "|dvm|dds|pharmd|psyd|edd|lcsw|facp|cdn|cde|cdces|ibclc|nasm)[\\s,]*)+"
                    // a label that ends in a preposition or article is a fragment, not a name: "In association with"
                    + "|" + BylineText.FRAGMENT);
    /** A label ending in a preposition, conjunction or article: a fragment ("In association with", "Supported by"). */
    static final String FRAGMENT = ".*\\s(?:with|by|of|for|from|in|to|the|a|an|at|on|as|and)";
    private static final String JOB = "(?:Writer|Columnist|Correspondent|Editor|Reporter|Contributor)s?";
    /** Words of a job printed before its last word: "AP Sports", "Associated Press", "Games". */
    private static final String JOB_WORDS = "AP|Associated Press|Reuters|AFP|Bloomberg|Sports|Staff|Business|Political"
            + "|Politics|Senior|Science|Foreign|Games|Photo|Auto|Tech|Technology|Health|Entertainment|Music|Film|Food"
            + "|Travel|Contributing|Special|Chief|Deputy|Managing|News|Opinion|Investigative|Education|Environment"
            + "|Metro|City|World|National";
    /** A name and the job printed after it: "Jane Roe AP Sports Writer", "Jane Roe Associated Press Writer". */
    private static final Pattern JOB_AFTER_NAME = Pattern.compile("(\\S+\\s+.*?\\p{L})\\s+(?:(?:" + JOB_WORDS + ")\\s+){0,3}"
            + JOB);
    /** A name part that ends in a word of the job ("A Photo" of "A Photo Editor") is no name. */
    private static final Pattern JOB_WORD_LAST = Pattern.compile("\\s(?:" + JOB_WORDS + ")$");
    /** The job glued to the surname without a space: "RoeBusiness Columnist". */
    private static final Pattern GLUED_JOB = Pattern.compile("(\\p{Ll})(\\p{Lu}\\p{Ll}+\\s+" + JOB + ")$");
    /** A link printed after the name: "John Leyden • More by this author". */
    private static final Pattern MORE_BY = Pattern.compile("(?i)\\s*\\W?\\s*more (?:by|from) this (?:author|writer).*$");
    private static final Pattern TRAILING = Pattern.compile("[\\s|/\u00b7\u2022,;:\u2013\u2014-]+$");
    private static final Pattern ASIDES = Pattern.compile("\\s*(?:\\((?:e-?mail)\\)|\\[link\\])", Pattern.CASE_INSENSITIVE);

    private BylineText() {
    }

    static Article apply(Article article) {
        Article.Metadata m = article.metadata();
        List<String> names = new ArrayList<>();
        for (String entry : m.byline()) {
            // "Andrew Downie | Reuters": a name and an agency, printed as one line
            for (String part : entry.split("\\s\\|\\s")) {
                String n = name(part);
                if (n != null && !names.contains(n)) {
                    names.add(n);
                }
            }
        }
        return names.equals(m.byline()) ? article : article.withMetadata(m.withByline(names));
    }

    /** The name in one byline entry, or null when it holds none. */
    static String name(String entry) {
        String e = MORE_BY.matcher(ASIDES.matcher(entry).replaceAll("")).replaceFirst("").strip();
        Matcher when = WHEN.matcher(e);
        if (when.find()) {
            String before = TRAILING.matcher(e.substring(0, when.start())).replaceAll("").strip();
            if (before.isEmpty()) {
                Matcher by = BY_NAME.matcher(e.substring(when.start()));
                before = by.find() ? by.group(1) : "";
            }
            e = before;
        }
        e = e.replaceFirst("(?i)^by\\s+", "").strip();
        // "JOSEPH WHITE AP Sports Writer", "Michael HiltzikBusiness Columnist": the job after the name goes
        Matcher job = JOB_AFTER_NAME.matcher(GLUED_JOB.matcher(e).replaceFirst("$1 $2"));
        if (job.matches() && BylinePatterns.looksLikeName(job.group(1))
                && !JOB_WORD_LAST.matcher(job.group(1)).find()) {
            e = job.group(1);
        }
        // the sentence's full stop after a surname ("… by Damien McFerran."), not an initial's ("Timothy B.")
        e = e.replaceFirst("(?<=\\p{L}{3})\\.$", "");
        if (e.length() < 2 || NOT_A_NAME.matcher(e).matches() || !e.codePoints().anyMatch(Character::isLetter)) {
            return null;
        }
        return e;
    }
}
