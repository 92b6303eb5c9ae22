package org.claimline.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * One row of the claims table: a claim with its article. The keys the aggregation groups by are computed
 * once here: a claim without issues has the one issue key {@link Dimension#NO_ISSUE}, and so on, so every claim
 * has at least one key on every axis and totals add up to the claims shown.
 */
public final class ClaimRow {
    private final int index;
    private final int articleIndex;
    private final SourceArticle article;
    private final SourceClaim claim;
    private final List<String> issueKeys;
    private final List<String> actorKeys;
    private final String outletKey;
    private final String coderKey;
    private final YearMonth month;
    private final String monthKey;
    /** Everything free text is looked for in, lower-cased; made on the first text filter. */
    private String haystack;

    /**
     * {@code pool} makes equal keys one instance across the table, so the aggregation's hash lookups compare
     * by identity instead of character by character.
     */
    ClaimRow(int index, int articleIndex, SourceArticle article, SourceClaim claim, Map<String, String> pool) {
        this.index = index;
        this.articleIndex = articleIndex;
        this.article = article;
        this.claim = claim;
        this.issueKeys = claim.issues().isEmpty() ? List.of(Dimension.NO_ISSUE) : intern(claim.issues(), pool);
        this.actorKeys = claim.actors().isEmpty() ? List.of(Dimension.NO_ACTOR) : intern(claim.actors(), pool);
        this.outletKey = article.outlet() == null ? Dimension.NO_OUTLET : intern(article.outlet(), pool);
        this.coderKey = claim.coder() == null ? Dimension.NO_CODER : intern(claim.coder(), pool);
        this.month = article.published() == null ? null : YearMonth.from(article.published());
        this.monthKey = month == null ? Dimension.UNDATED : month.toString();
    }

    private static String intern(String s, Map<String, String> pool) {
        String known = pool.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    private static List<String> intern(List<String> keys, Map<String, String> pool) {
        if (keys.size() == 1) {
            return List.of(intern(keys.get(0), pool));
        }
        String[] out = new String[keys.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = intern(keys.get(i), pool);
        }
        return List.of(out);
    }

    /** Position in the whole table (stable across filters). */
    public int index() {
        return index;
    }

    /** Position of the article in the corpus; claims of one article share it. */
    public int articleIndex() {
        return articleIndex;
    }

    public SourceArticle article() {
        return article;
    }

    public SourceClaim claim() {
        return claim;
    }

    public String title() {
        return article.title() == null ? article.displayPath() : article.title();
    }

    /** The outlet, or "" when unknown (the axis key is then {@link Dimension#NO_OUTLET}). */
    public String outlet() {
        return article.outlet() == null ? "" : article.outlet();
    }

    public LocalDate published() {
        return article.published();
    }

    /** Month of publication, or null for an undated article. */
    public YearMonth month() {
        return month;
    }

    public List<String> issueKeys() {
        return issueKeys;
    }

    public List<String> actorKeys() {
        return actorKeys;
    }

    public String outletKey() {
        return outletKey;
    }

    public String coderKey() {
        return coderKey;
    }

    public String monthKey() {
        return monthKey;
    }

    /** Title, outlet, file, quote, summary, note, issues and actors, lower-cased, made once. */
    String haystack() {
        String h = haystack;
        if (h == null) {
            StringBuilder sb = new StringBuilder(256);
            sb.append(title()).append('\u0000').append(outlet()).append('\u0000').append(article.displayPath())
                    .append('\u0000').append(claim.quote()).append('\u0000').append(claim.summary()).append('\u0000')
                    .append(claim.note());
            claim.issues().forEach(i -> sb.append('\u0000').append(i));
            claim.actors().forEach(a -> sb.append('\u0000').append(a));
            h = sb.toString().toLowerCase(java.util.Locale.ROOT);
            haystack = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return "ClaimRow[" + index + " " + claim.id() + " in " + article.displayPath() + "]";
    }
}
