package org.claimline.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.claimline.model.ClaimPlacer;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.model.Anchor;
import org.claimline.model.AnchorStatus;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Claim;
import org.claimline.model.Stance;
import org.claimline.model.Taxonomy;
import org.claimline.model.TextQuote;
import org.claimline.storage.DocumentInfo;
import org.claimline.storage.SidecarStore;

/**
 * Writes annotated articles as the reader would: the article file, then its sidecar, with every claim placed
 * by the real anchorer from its quote (a quote the cleaned text does not hold stays an orphan). Used by
 * {@code bench-analysis} to generate a workspace, and by tests and the screenshot workspace.
 */
final class AnnotatedCorpusWriter {
    /** What to record: the passage (found by the anchorer), its tags and who recorded it. */
    record ClaimSpec(String quote, String summary, List<String> issueIds, List<String> actorIds, Stance stance,
                     String note, String coder, Instant modified) {
    }

    private final ArticleCleaner cleaner;
    private final ClaimPlacer anchorer;

    AnnotatedCorpusWriter(ArticleCleaner cleaner, ClaimPlacer anchorer) {
        this.cleaner = cleaner;
        this.anchorer = anchorer;
    }

    /** Writes {@code content} to {@code file} and cleans it (so the caller can pick quotes from the text). */
    Article writeArticle(Path file, byte[] content) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, content);
        return cleaner.clean(file);
    }

    /** Places the claims in the article's text and saves the sidecar atomically; returns the claims placed. */
    List<Claim> writeClaims(Path file, Article article, Taxonomy taxonomy, List<ClaimSpec> specs) throws IOException {
        String text = article.text();
        List<Claim> claims = new ArrayList<>(specs.size());
        for (ClaimSpec s : specs) {
            Anchor wanted = new Anchor(new TextQuote(s.quote(), "", ""), null, AnchorStatus.ORPHAN, 0);
            Anchor placed = anchorer.locate(wanted, text);
            if (placed.range() != null) {
                placed = Anchor.exact(text, placed.range());
            }
            claims.add(new Claim(UUID.nameUUIDFromBytes((file + "#" + claims.size()).getBytes(StandardCharsets.UTF_8))
                    .toString(), placed, s.summary(), s.issueIds(), s.actorIds(), s.stance(), s.note(), List.of(),
                    s.modified(), s.modified(), s.coder()));
        }
        AnnotationSet set = new AnnotationSet(taxonomy, claims);
        try {
            SidecarStore.forArticle(file).save(set, DocumentInfo.of(String.valueOf(file.getFileName()),
                    Files.readAllBytes(file), article, ArticleCleaner.version()), text);
        } catch (org.claimline.storage.SidecarSaveException e) {
            throw new IOException(e.getMessage(), e);
        }
        return claims;
    }
}
