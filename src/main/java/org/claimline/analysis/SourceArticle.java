package org.claimline.analysis;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One article of a corpus as the analysis sees it. {@code path} opens it in the reader (may be null for
 * generated corpora); {@code displayPath} names it (relative to the corpus). Title, outlet and published may
 * be null (unknown). {@code issueColors} maps issue names to {@code #rrggbb} as the article's taxonomy has them.
 */
public record SourceArticle(Path path, String displayPath, String title, String outlet, LocalDate published,
                            Map<String, String> issueColors, List<SourceClaim> claims) {
    public SourceArticle {
        displayPath = displayPath == null ? "" : displayPath;
        title = blankToNull(title);
        outlet = blankToNull(outlet);
        issueColors = issueColors == null ? Map.of() : Map.copyOf(issueColors);
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
