package org.claimline.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.cleaning.CleaningException;
import org.claimline.model.Actor;
import org.claimline.model.Article;
import org.claimline.model.Claim;
import org.claimline.model.Issue;
import org.claimline.model.Taxonomy;
import org.claimline.storage.Hashes;
import org.claimline.storage.LoadResult;
import org.claimline.storage.SidecarStore;

/**
 * Reads one article of a workspace for the library and the index: bounded (a file above the cleaner's limit is not
 * read at all), and never throwing: what goes wrong becomes the row's problem, told in the user's words.
 */
public final class ArticleProbe {
    private final ArticleCleaner cleaner;

    public ArticleProbe(ArticleCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /** The size and modification time of a file, or {@code {-1, -1}} when it does not exist. */
    static long[] stamp(Path p) {
        try {
            return new long[] {Files.size(p), Files.getLastModifiedTime(p).toMillis()};
        } catch (IOException e) {
            return new long[] {-1, -1};
        }
    }

    public ProbedArticle probe(WorkspaceScanner.FoundFile f) {
        long[] side = stamp(SidecarStore.sidecarFor(f.path()));
        String name = f.path().getFileName().toString();
        if (f.size() > ArticleCleaner.MAX_INPUT_BYTES) {
            return failed(f, null, side, "the file is " + (f.size() >> 20) + " MB; Claimline opens articles up to "
                    + (ArticleCleaner.MAX_INPUT_BYTES >> 20) + " MB");
        }
        if (f.size() == 0) {
            return failed(f, null, side, "the file is empty");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f.path());
        } catch (IOException | OutOfMemoryError e) {
            return failed(f, null, side, "the file cannot be read (" + (e instanceof IOException io
                    ? WorkspaceScanner.reason(io) : "too large") + ")");
        }
        if (bytes.length > ArticleCleaner.MAX_INPUT_BYTES) {
            return failed(f, null, side, "the file grew past " + (ArticleCleaner.MAX_INPUT_BYTES >> 20) + " MB while it was read");
        }
        String hash = Hashes.sha256(bytes);
        Article article;
        try {
            article = cleaner.clean(bytes, name);
        } catch (CleaningException e) {
            return failed(f, hash, side, userWords(e.getMessage(), name));
        } catch (RuntimeException | StackOverflowError e) {
            return failed(f, hash, side, "the page could not be cleaned");
        }
        String text = article.text();
        Article.Metadata m = article.metadata();
        int claims = 0;
        Map<String, Integer> issueCounts = new LinkedHashMap<>();
        Set<String> actors = new LinkedHashSet<>();
        List<ProbedArticle.ClaimText> claimTexts = new ArrayList<>();
        String sidecarProblem = null;
        if (side[0] >= 0) {
            LoadResult r = SidecarStore.read(SidecarStore.sidecarFor(f.path()), text);
            if (r.hasContent()) {
                Taxonomy t = r.file().annotations().taxonomy();
                for (Claim c : r.file().annotations().claims()) {
                    claims++;
                    for (String id : c.issueIds()) {
                        issueCounts.merge(t.issue(id).map(Issue::name).orElse(id), 1, Integer::sum);
                    }
                    for (String id : c.actorIds()) {
                        actors.add(t.actor(id).map(Actor::name).orElse(id));
                    }
                    claimTexts.add(new ProbedArticle.ClaimText(c.id(), c.quote(), c.summary(), c.note(),
                            c.range() == null || c.range().end() > text.length() ? -1 : c.range().start()));
                }
            } else if (r.status() == LoadResult.Status.CORRUPT) {
                sidecarProblem = "its annotations cannot be read: " + afterPath(r.message(), r.path());
            }
        }
        ArticleInfo info = new ArticleInfo(f.rel(), f.size(), f.mtime(), hash, blankToNull(m.title()),
                blankToNull(m.siteName()), m.bylineText(), m.published() == null ? null : m.published().toIso(),
                m.language(), null, side[0], side[1], claims, issueCounts, new ArrayList<>(actors), sidecarProblem);
        return new ProbedArticle(info, text, claimTexts);
    }

    private static ProbedArticle failed(WorkspaceScanner.FoundFile f, String hash, long[] side, String problem) {
        return new ProbedArticle(new ArticleInfo(f.rel(), f.size(), f.mtime(), hash, null, null, null, null, null,
                problem, side[0], side[1], 0, Map.of(), List.of(), null), "", List.of());
    }

    /** The cleaner's message without the file name it starts with (the library shows the name beside it). */
    static String userWords(String message, String fileName) {
        if (message == null || message.isBlank()) {
            return "the page could not be cleaned";
        }
        String m = message.startsWith(fileName + " ") ? message.substring(fileName.length() + 1) : message;
        m = m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
        if (m.startsWith("is ") || m.startsWith("does ") || m.startsWith("could ")) {
            m = "the file " + m;
        }
        return Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }

    private static String afterPath(String message, Path path) {
        String p = path.toString();
        String m = message == null ? "" : message;
        if (m.startsWith(p + " cannot be read: ")) {
            return m.substring(p.length() + " cannot be read: ".length());
        }
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
