package org.claimline.app;

import org.claimline.storage.SidecarNames;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.claimline.analysis.CorpusSource;
import org.claimline.analysis.SourceArticle;
import org.claimline.analysis.SourceClaim;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Claim;
import org.claimline.model.Issue;

/**
 * A folder of articles with their sidecars as a {@link CorpusSource}: every {@code X.annotations.json} below
 * the folder (hidden folders skipped, unreadable folders reported) with its article {@code X}, read as the
 * {@code export} command's folder mode reads them (the same article loader and the same sidecar reader, so
 * claims are re-anchored into the current cleaned text). Articles are cleaned two at a time and handed on in
 * path order. A file that cannot be read becomes a problem in the user's words; the others are still read.
 */
final class FolderCorpusSource implements CorpusSource {
    private final Path folder;
    private final ExportService.ArticleLoader articles;
    private final SidecarReader sidecars;
    private final BiConsumer<Integer, Integer> progress;

    FolderCorpusSource(Path folder, ExportService.ArticleLoader articles, SidecarReader sidecars,
                       BiConsumer<Integer, Integer> progress) {
        this.folder = folder;
        this.articles = articles;
        this.sidecars = sidecars;
        this.progress = progress == null ? (d, t) -> { } : progress;
    }

    @Override
    public String name() {
        Path abs = folder.toAbsolutePath().normalize();
        return abs.getFileName() == null ? abs.toString() : abs.getFileName().toString();
    }

    private record Loaded(SourceArticle article, String where, String problem) {
    }

    @Override
    public void read(Sink sink) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " is not a folder");
        }
        List<Path> found = new ArrayList<>();
        List<String[]> walkProblems = new ArrayList<>();
        Files.walkFileTree(folder, new FileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(folder) && dir.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && file.getFileName().toString().endsWith(SidecarNames.SUFFIX)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                walkProblems.add(new String[] {display(file), "cannot be read: " + org.claimline.files.IoText.describe(e)});
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(found);
        walkProblems.forEach(p -> sink.problem(p[0], p[1]));
        Loaded[] loaded = new Loaded[found.size()];
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, found.size()).parallel().forEach(i -> {
            loaded[i] = load(found.get(i));
            synchronized (progress) {
                progress.accept(done.incrementAndGet(), found.size());
            }
        });
        for (Loaded l : loaded) {
            if (l.article() != null) {
                sink.article(l.article());
            } else {
                sink.problem(l.where(), l.problem());
            }
        }
    }

    private Loaded load(Path sidecar) {
        Path articleFile = SidecarNames.articleOf(sidecar);
        String where = display(articleFile);
        if (!Files.isRegularFile(articleFile)) {
            return new Loaded(null, display(sidecar), "its article " + articleFile.getFileName() + " is missing");
        }
        Article a;
        try {
            a = articles.load(articleFile);
        } catch (IOException e) {
            return new Loaded(null, where, "cannot be read: " + org.claimline.files.IoText.describe(e));
        } catch (Exception | StackOverflowError e) {
            return new Loaded(null, where, "cannot be cleaned: " + (e.getMessage() == null ? "unreadable content"
                    : e.getMessage()));
        }
        AnnotationSet set;
        try {
            set = sidecars.read(sidecar, a);
        } catch (IOException e) {
            return new Loaded(null, display(sidecar), "its claims cannot be read: " + org.claimline.files.IoText.describe(e));
        } catch (RuntimeException e) {
            return new Loaded(null, display(sidecar), "its claims cannot be read: " + e.getMessage());
        }
        return new Loaded(toSource(articleFile, where, a, set), where, null);
    }

    /** The analysis's view of one article and its claims: issues and actors by name, unknown ids left out. */
    static SourceArticle toSource(Path file, String displayPath, Article a, AnnotationSet set) {
        Map<String, String> colors = new LinkedHashMap<>();
        for (Issue i : set.taxonomy().issues()) {
            colors.putIfAbsent(i.name(), i.color());
        }
        List<SourceClaim> claims = new ArrayList<>(set.claims().size());
        for (Claim c : set.claims()) {
            List<String> issues = c.issueIds().stream().flatMap(id -> set.taxonomy().issue(id).stream())
                    .map(Issue::name).toList();
            List<String> actors = c.actorIds().stream().flatMap(id -> set.taxonomy().actor(id).stream())
                    .map(org.claimline.model.Actor::name).toList();
            claims.add(new SourceClaim(c.id(), c.quote(), c.summary(), issues, actors, c.stance(), c.note(),
                    c.anchor().status(), c.creator(), c.modified() != null ? c.modified() : c.created()));
        }
        Article.Metadata m = a.metadata();
        return new SourceArticle(file, displayPath, m.title(), m.siteName(),
                m.published() == null ? null : m.published().date(), colors, claims);
    }

    private String display(Path p) {
        try {
            return folder.relativize(p).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return p.toString();
        }
    }
}
