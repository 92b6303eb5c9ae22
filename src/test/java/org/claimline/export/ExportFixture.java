package org.claimline.export;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.claimline.model.Actor;
import org.claimline.model.Anchor;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.BlockKind;
import org.claimline.model.Claim;
import org.claimline.model.DateValue;
import org.claimline.model.Issue;
import org.claimline.model.Stance;
import org.claimline.model.Taxonomy;
import org.claimline.model.TextQuote;
import org.claimline.model.TextRange;

/**
 * The sample article (first paragraphs of the Korea Times op-ed, copied from the expected cleaning output so
 * the exporter tests do not depend on the cleaner) plus one hostile paragraph, and a fixed set of claims that
 * exercise escaping: markup, quotes, commas, newlines, emoji, formula-like notes, overlaps and an orphan.
 */
public final class ExportFixture {
    static final String HOSTILE = "A reader wrote: <script>alert(\"x\")</script>, \"really\"? \uD83C\uDDF0\uD83C\uDDF7"
            + "\uD83C\uDDEF\uD83C\uDDF5 Yes, \uD83D\uDE00 friends & neighbours.";

    private ExportFixture() {
    }

    public static Article article() {
        Article.Metadata m = Article.Metadata.empty()
                .withTitle("How to restore relations between Korea and Japan")
                .withByline(List.of("Song Wha-sup"))
                .withPublished(DateValue.of(LocalDateTime.parse("2020-01-04T10:38")))
                .withUpdated(DateValue.of(LocalDateTime.parse("2020-01-16T10:31")))
                .withSiteName("The Korea Times").withSection("Opinion / Views and Interviews").withLanguage("en");
        return new Article(m, List.of(
                Block.kept(BlockKind.PARAGRAPH, "Last year was one of the most confrontational periods for Korea-Japan relations in recent memory."),
                Block.kept(BlockKind.PARAGRAPH, "Among the issues were ending and then re-extending the intelligence-sharing GSOMIA (General Security of Military Information Agreement), the appeal on the deal regarding enforced sexual slavery, the Korean Supreme Court's decision on forced labor, the use of the Rising Sun Flag, removal from the trade \"whitelist\" and others."),
                Block.removed(BlockKind.PARAGRAPH, "Top 10 Stories", "navigation"),
                Block.kept(BlockKind.PARAGRAPH, "In addition to these, the conflict between Korea and Japan has been expanding due to concerns that Korea's foreign policy is leaning toward China, the semiconductor competition issue and the spread of anti-Korean sentiment in Japan."),
                Block.kept(BlockKind.HEADING, "Security and history"),
                Block.kept(BlockKind.PARAGRAPH, "The Korea-Japan relationship problems started from a history perspective but tended to spread to the fields of private exchange, economy and security. In particular, in the face of criticism that the declaration to end GSOMIA would not only affect Korea-Japan security cooperation but also Korea-U.S. security cooperation, the Korean government announced a conditional extension in November."),
                Block.kept(BlockKind.PARAGRAPH, "In the forced labor issue, Japan took its basic position that compensation could not be accepted under the 1965 Korea-Japan Basic Treaty. However, currently it is suggested that a forward-looking approach to the issue is needed."),
                Block.kept(BlockKind.QUOTE, HOSTILE),
                Block.kept(BlockKind.AUTHOR_BIO, "Song Wha-sup is a Senior Research Fellow in the Global Strategy Division of the Center for Security and Strategy at the Korea Institute for Defense Analyses (KIDA).")));
    }

    static Taxonomy taxonomy() {
        return new Taxonomy(List.of(
                new Issue("gsomia", "GSOMIA", "#E53935"),
                new Issue("labor", "Forced labor", "#43a047"),
                new Issue("history", "History <b>&</b> \"memory\"", "red;}body{display:none}"),
                new Issue("trade", "Trade", "#fb8c00")),
                List.of(new Actor("korea", "Korea", List.of("ROK", "Seoul")),
                        new Actor("japan", "Japan", List.of()),
                        new Actor("moon", "Moon Jae-in", List.of())));
    }

    public static AnnotationSet annotations() {
        String text = article().text();
        List<Claim> cs = new ArrayList<>();
        cs.add(claim(text, "c-gsomia", "ending and then re-extending the intelligence-sharing GSOMIA (General Security of Military Information Agreement)",
                List.of("gsomia"), List.of("korea", "japan"), Stance.OPPOSES,
                "Korea ended, then re-extended, GSOMIA", "Framed as a security cost.", List.of(), "Ana", 1));
        cs.add(claim(text, "c-nested", "GSOMIA (General", List.of(), List.of("korea"), Stance.UNCLEAR,
                "", "Acronym", List.of(), "Ana", 2));
        int spanStart = text.indexOf("the spread of anti-Korean sentiment in Japan.");
        int spanEnd = text.indexOf("history perspective") + "history perspective".length();
        cs.add(placed(text, "c-span", new TextRange(spanStart, spanEnd), List.of("history", "labor"), List.of("japan"),
                Stance.NEUTRAL, "Sentiment spreads, rooted in history",
                "# not a heading\n- not a list\n\n    indented line\n1. not numbered", List.of(), "Ben", 3));
        cs.add(claim(text, "c-inner", "history perspective but tended to spread to the fields of private exchange",
                List.of("history"), List.of(), Stance.SUPPORTS, "*Spread* to _economy_ [and] security", "",
                List.of("framing"), "Ben", 4));
        cs.add(claim(text, "c-script", "<script>alert(\"x\")</script>, \"really\"? \uD83C\uDDF0\uD83C\uDDF7",
                List.of("history"), List.of("korea"), Stance.SUPPORTS,
                "<img src=x onerror=alert(1)> \"quoted\", with commas", "=HYPERLINK(\"http://evil.example\",\"click\")",
                List.of(), "Ana", 5));
        cs.add(claim(text, "c-emoji", "friends & neighbours", List.of("labor"), List.of("japan", "korea"),
                Stance.NEUTRAL, "-5% +3 @home", "@mention\tafter a tab\r\nand a CRLF line", List.of(), null, 6));
        cs.add(new Claim("c-orphan", new Anchor(new TextQuote("This passage was edited out of the article.", "", ""),
                null, org.claimline.model.AnchorStatus.ORPHAN, 0), "Orphaned claim", List.of("gsomia"), List.of(),
                Stance.OPPOSES, "Lost in the update", List.of(), at(7), at(7), "Ana"));
        return new AnnotationSet(taxonomy(), cs);
    }

    public static ExportDocument document() {
        return new ExportDocument("korea-japan-relations.txt", article(), annotations());
    }

    static Claim claim(String text, String id, String exact, List<String> issues, List<String> actors, Stance stance,
                       String summary, String note, List<String> tags, String creator, int minute) {
        int at = text.indexOf(exact);
        if (at < 0) {
            throw new IllegalArgumentException("not in text: " + exact);
        }
        return placed(text, id, new TextRange(at, at + exact.length()), issues, actors, stance, summary, note, tags,
                creator, minute);
    }

    static Claim placed(String text, String id, TextRange r, List<String> issues, List<String> actors, Stance stance,
                        String summary, String note, List<String> tags, String creator, int minute) {
        return new Claim(id, Anchor.exact(text, r), summary, issues, actors, stance, note, tags, at(minute),
                at(minute + 30), creator);
    }

    static Instant at(int minute) {
        return Instant.parse("2026-03-01T10:00:00Z").plusSeconds(60L * minute);
    }
}
