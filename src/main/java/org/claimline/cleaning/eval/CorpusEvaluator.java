package org.claimline.cleaning.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.cleaning.CleaningException;
import org.claimline.cleaning.html.JsonLite;
import org.claimline.model.Article;

/**
 * Runs the cleaner over every page folder of a corpus and compares {@link Article#text()} with
 * {@code expected.txt} (shingle P/R/F1) and the title with {@code expected-metadata.json} where present.
 */
public final class CorpusEvaluator {


    private final ArticleCleaner cleaner;

    public CorpusEvaluator(ArticleCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /** One page; {@code expectedTitle} is null when the page has no title to compare. */
    public record PageResult(String name, ShingleScore.PageScore score, String expectedTitle, String title,
                             String error, double confidence) {
        public boolean hasExpectedTitle() {
            return expectedTitle != null;
        }

        public boolean titleMatches() {
            return expectedTitle != null && normalize(expectedTitle).equals(normalize(title));
        }

        /**
         * The title matches, or is the expected one without a site or section part cut off at a separator ("Headline
         * | eHow" expected, "Headline" given): Readability's titles keep that part, the cleaner drops it when the
         * page's heading shows the clean headline.
         */
        public boolean titleMatchesBesideSite() {
            if (titleMatches()) {
                return true;
            }
            String e = normalize(expectedTitle);
            String t = normalize(title);
            if (expectedTitle == null || t.isEmpty() || t.length() >= e.length()) {
                return false;
            }
            String rest = e.startsWith(t) ? e.substring(t.length()).strip()
                    : e.endsWith(t) ? e.substring(0, e.length() - t.length()).strip() : null;
            return rest != null && !rest.isEmpty() && (SITE_SEPARATOR.matcher(rest.substring(0, 1)).matches()
                    || SITE_SEPARATOR.matcher(rest.substring(rest.length() - 1)).matches());
        }
    }

    public record Result(List<PageResult> pages, ShingleScore.CorpusScore score, int titlesCorrect, int titlesTotal) {
        /** Share of pages with an expected title whose title matched; NaN when none had one. */
        public double titleAccuracy() {
            return titlesTotal == 0 ? Double.NaN : (double) titlesCorrect / titlesTotal;
        }
    }

    public Result evaluate(Path dir, InputChoice input) throws IOException {
        return evaluate(dir, input, r -> { });
    }

    /** Evaluates every page folder with an {@code expected.txt}; {@code each} sees each page as it is done. */
    public Result evaluate(Path dir, InputChoice input, Consumer<PageResult> each) throws IOException {
        return evaluate(PageFolders.find(dir), input, each);
    }

    /** Evaluates the given page folders (those with an {@code expected.txt} and the chosen source). */
    public Result evaluate(List<Path> pageFolders, InputChoice input, Consumer<PageResult> each) throws IOException {
        List<PageResult> results = new ArrayList<>();
        for (Path page : pageFolders) {
            Path expectedFile = page.resolve(PageFolders.EXPECTED);
            Path source = input.source(page);
            if (!Files.isRegularFile(expectedFile) || source == null) {
                continue;
            }
            PageResult r = evaluatePage(page, source, Files.readString(expectedFile, StandardCharsets.UTF_8));
            results.add(r);
            each.accept(r);
        }
        List<ShingleScore.PageScore> scores = results.stream().map(PageResult::score).toList();
        int total = (int) results.stream().filter(PageResult::hasExpectedTitle).count();
        int correct = (int) results.stream().filter(PageResult::titleMatches).count();
        return new Result(results, ShingleScore.aggregate(scores), correct, total);
    }

    private PageResult evaluatePage(Path page, Path source, String expected) throws IOException {
        String name = page.getFileName().toString();
        String expectedTitle = expectedTitle(page.resolve(PageFolders.METADATA));
        String predicted = "";
        String title = null;
        String error = null;
        double confidence = 0;
        try {
            Article a = cleaner.clean(Files.readAllBytes(source), source.getFileName().toString());
            predicted = a.text();
            title = a.title();
            confidence = a.confidence().value();
        } catch (CleaningException e) {
            // a page the cleaner refuses scores as an empty prediction, as score.py counts a missing file
            error = e.getMessage();
        }
        return new PageResult(name, ShingleScore.score(predicted, expected), expectedTitle, title, error, confidence);
    }

    /** The {@code title} string of expected-metadata.json, or null when absent, null or blank. */
    static String expectedTitle(Path metadata) throws IOException {
        if (!Files.isRegularFile(metadata)) {
            return null;
        }
        Object json = JsonLite.parse(Files.readString(metadata, StandardCharsets.UTF_8));
        return json instanceof java.util.Map<?, ?> m && m.get("title") instanceof String t && !t.isBlank() ? t : null;
    }

    /** Unicode white space (no-break and ideographic spaces too) collapsed, as a reader sees the title. */
    static String normalize(String s) {
        return s == null ? "" : WHITE_SPACE.matcher(s).replaceAll(" ").strip();
    }

    private static final Pattern SITE_SEPARATOR = Pattern.compile("[|\\-\u2013\u2014:/\u00bb]");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
}
