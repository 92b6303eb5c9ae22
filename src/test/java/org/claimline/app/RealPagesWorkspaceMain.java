package org.claimline.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.claimline.model.Actor;
import org.claimline.model.Article;
import org.claimline.model.Issue;
import org.claimline.model.Stance;
import org.claimline.model.Taxonomy;
import org.claimline.session.IssuePalette;

/**
 * Builds a scratch workspace for looking at the analysis window: {@code N} real pages copied from
 * {@code ../shared/corpus/}{@code *}/{@code *}/source.html into OUT (never into the project), each cleaned, with
 * plausible claims on its own sentences placed by the real anchorer and saved by the sidecar store. Issues and
 * actors follow words in the sentence where there are any (else a skewed pick), so the matrix has structure;
 * every 40th claim quotes text the page does not hold (an orphan). Run:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.claimline.app.RealPagesWorkspaceMain OUT 240}.
 */
public final class RealPagesWorkspaceMain {
    static final String[][] ISSUES = {
            {"Economy", "market", "price", "money", "econom", "company", "business", "billion", "million"},
            {"Technology", "software", "app", "computer", "data", "internet", "online", "digital", "device"},
            {"Health", "health", "doctor", "patient", "hospital", "disease", "medical", "drug"},
            {"Security", "security", "attack", "police", "military", "war", "terror", "crime"},
            {"Elections", "election", "vote", "campaign", "candidate", "poll"},
            {"Climate and energy", "climate", "energy", "oil", "carbon", "weather", "power"},
            {"Media", "media", "news", "journalis", "newspaper", "press", "television"},
            {"Education", "school", "student", "teacher", "university", "education"},
            {"Law and courts", "court", "law", "judge", "legal", "lawsuit", "rule"},
            {"Culture", "film", "music", "book", "art", "game", "show"},
            {"Foreign policy", "china", "russia", "europe", "foreign", "international", "nation"},
            {"Work and labour", "worker", "job", "employ", "union", "labor", "labour", "wage"}};
    static final String[][] ACTORS = {
            {"Government", "government", "ministry", "official"}, {"Congress", "congress", "senate", "lawmaker"},
            {"The President", "president", "white house"}, {"Police", "police", "officer"},
            {"Courts", "court", "judge"}, {"Companies", "company", "companies", "firm"},
            {"Google", "google"}, {"Apple", "apple", "iphone"}, {"Microsoft", "microsoft", "windows"},
            {"Facebook", "facebook"}, {"Voters", "voter"}, {"Scientists", "scientist", "research"},
            {"Doctors", "doctor", "physician"}, {"Teachers", "teacher"}, {"Parents", "parent"},
            {"Students", "student"}, {"Journalists", "journalist", "reporter"}, {"Investors", "investor", "shareholder"},
            {"Banks", "bank"}, {"Unions", "union"}, {"Workers", "worker", "employee"}, {"China", "china", "chinese"},
            {"Russia", "russia", "russian"}, {"European Union", "europe", "eu "}, {"United Nations", "united nations"},
            {"Activists", "activist", "protest"}, {"Developers", "developer", "programmer"},
            {"Users", "user", "customer"}, {"Republicans", "republican", "gop"}, {"Democrats", "democrat"}};
    static final String[] CODERS = {"ana", "ben", "chloe"};

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int wanted = args.length > 1 ? Integer.parseInt(args[1]) : 240;
        Path corpus = Path.of(args.length > 2 ? args[2] : "../shared/corpus");
        List<Path> pages;
        try (Stream<Path> s = Files.walk(corpus, 3)) {
            pages = s.filter(p -> p.getFileName().toString().equals("source.html")).sorted().toList();
        }
        Taxonomy tax = taxonomy();
        AnnotatedCorpusWriter w = new AnnotatedCorpusWriter(AppContext.cleaner(), AppContext.placer());
        Random rnd = new Random(42);
        int done = 0;
        int claims = 0;
        int step = Math.max(1, pages.size() / (wanted + 20));
        for (int i = 0; i < pages.size() && done < wanted; i += step) {
            Path src = pages.get(i);
            String set = src.getParent().getParent().getFileName().toString();
            Path file = out.resolve(set).resolve(src.getParent().getFileName() + ".html");
            Article a;
            try {
                a = w.writeArticle(file, Files.readAllBytes(src));
            } catch (Exception e) {
                System.err.println("skipped " + src + ": " + e.getMessage());
                continue;
            }
            List<String> sentences = sentences(a.text());
            if (sentences.size() < 3) {
                Files.delete(file);
                continue;
            }
            List<AnnotatedCorpusWriter.ClaimSpec> specs = new ArrayList<>();
            int n = 2 + rnd.nextInt(9);
            for (int c = 0; c < n; c++) {
                String q = sentences.get(rnd.nextInt(sentences.size()));
                boolean orphan = (claims + c) % 40 == 39;
                specs.add(spec(orphan ? "A passage the editors later cut from this article entirely." : q, rnd,
                        claims + c));
            }
            w.writeClaims(file, a, tax, specs);
            claims += n;
            done++;
        }
        System.out.printf("%d articles, %d claims in %s%n", done, claims, out);
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("(?<=[.!?])\\s+")) {
            String t = s.strip();
            if (t.length() >= 40 && t.length() <= 260 && !t.contains("\n")) {
                out.add(t);
            }
        }
        return out;
    }

    static Taxonomy taxonomy() {
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < ISSUES.length; i++) {
            issues.add(new Issue("i" + i, ISSUES[i][0], IssuePalette.COLORS.get(i % IssuePalette.COLORS.size())));
        }
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < ACTORS.length; i++) {
            actors.add(new Actor("a" + i, ACTORS[i][0], List.of()));
        }
        return new Taxonomy(issues, actors);
    }

    private static AnnotatedCorpusWriter.ClaimSpec spec(String quote, Random rnd, int n) {
        String low = quote.toLowerCase(Locale.ROOT);
        List<String> issues = matches(ISSUES, low, "i", rnd, 2);
        List<String> actors = matches(ACTORS, low, "a", rnd, 3);
        Stance stance = Stance.values()[rnd.nextInt(10) < 4 ? 1 : rnd.nextInt(10) < 5 ? 0 : rnd.nextInt(4)];
        String summary = quote.length() > 70 ? quote.substring(0, 67).strip() + "\u2026" : quote;
        return new AnnotatedCorpusWriter.ClaimSpec(quote, summary, issues, actors, stance,
                n % 7 == 0 ? "Check the source of this figure." : "", CODERS[rnd.nextInt(CODERS.length)],
                Instant.parse("2026-11-20T09:00:00Z").plusSeconds(n * 613L));
    }

    private static List<String> matches(String[][] table, String low, String prefix, Random rnd, int max) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < table.length && ids.size() < max; i++) {
            for (int k = 1; k < table[i].length; k++) {
                if (low.contains(table[i][k])) {
                    ids.add(prefix + i);
                    break;
                }
            }
        }
        if (ids.isEmpty() && rnd.nextInt(10) < 8) {
            ids.add(prefix + BenchAnalysisCommand.skewed(rnd, table.length));
        }
        return ids;
    }
}
