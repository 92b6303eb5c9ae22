package org.claimline.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every claim of a corpus, one row each, in corpus order (articles as the source gave them, claims in reading
 * order), with the articles, the problems met while reading, and the issue colours (the first colour an
 * article gives a name wins). Immutable once built; every view computes from {@link #rows()} through a
 * {@link Filter}.
 */
public final class ClaimsTable {
    /** A file the source could not read. */
    public record Problem(String where, String message) {
    }

    private final String name;
    private final List<SourceArticle> articles;
    private final List<ClaimRow> rows;
    private final List<Problem> problems;
    private final Map<String, String> issueColors;

    private ClaimsTable(String name, List<SourceArticle> articles, List<Problem> problems) {
        this.name = name == null ? "" : name;
        this.articles = List.copyOf(articles);
        this.problems = List.copyOf(problems);
        List<ClaimRow> rs = new ArrayList<>();
        Map<String, String> colors = new LinkedHashMap<>();
        Map<String, String> pool = new java.util.HashMap<>();
        for (int a = 0; a < this.articles.size(); a++) {
            SourceArticle art = this.articles.get(a);
            art.issueColors().forEach(colors::putIfAbsent);
            for (SourceClaim c : art.claims()) {
                rs.add(new ClaimRow(rs.size(), a, art, c, pool));
            }
        }
        this.rows = Collections.unmodifiableList(rs);
        this.issueColors = Collections.unmodifiableMap(colors);
    }

    public static ClaimsTable of(String name, List<SourceArticle> articles, List<Problem> problems) {
        return new ClaimsTable(name, articles, problems == null ? List.of() : problems);
    }

    /** Reads the whole source. */
    public static ClaimsTable read(CorpusSource source) throws IOException {
        List<SourceArticle> arts = new ArrayList<>();
        List<Problem> probs = new ArrayList<>();
        source.read(new CorpusSource.Sink() {
            @Override
            public void article(SourceArticle article) {
                arts.add(article);
            }

            @Override
            public void problem(String where, String message) {
                probs.add(new Problem(where, message));
            }
        });
        return new ClaimsTable(source.name(), arts, probs);
    }

    public String name() {
        return name;
    }

    public List<SourceArticle> articles() {
        return articles;
    }

    public List<ClaimRow> rows() {
        return rows;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Issue name → {@code #rrggbb} as the articles' taxonomies give them. */
    public Map<String, String> issueColors() {
        return issueColors;
    }

    private Map<String, String> assigned;

    /**
     * One colour per issue for every view of this table ({@link IssueColors} over every issue of the table, so
     * a filter never changes an issue's colour). Computed once.
     */
    public synchronized Map<String, String> colorsByIssue() {
        if (assigned == null) {
            assigned = Collections.unmodifiableMap(IssueColors.assign(keys(Dimension.ISSUE), issueColors));
        }
        return assigned;
    }

    public List<ClaimRow> filtered(Filter f) {
        return f.apply(rows);
    }

    /** Every key that occurs on {@code d} in the whole table, most frequent first (for filter choices). */
    public List<String> keys(Dimension d) {
        return Keys.ordered(d, rows);
    }
}
