package org.claimline.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.ClaimPlacer;
import org.claimline.repository.Reanchoring;
import org.claimline.session.AnnotationStore;
import org.claimline.session.ThreeWayMerge;

/** Keeps annotations for the life of the process (benchmarks and tests that need no files). */
final class InMemoryAnnotationStore implements AnnotationStore {
    private final Map<Path, AnnotationSet> sets = new ConcurrentHashMap<>();
    private final ClaimPlacer placer = Reanchoring.standard();

    @Override
    public ClaimPlacer placer() {
        return placer;
    }

    private static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }

    @Override
    public Loaded load(Path articleFile, Article article) {
        AnnotationSet set = sets.get(key(articleFile));
        return set == null ? Loaded.none() : Loaded.ok(set);
    }

    @Override
    public Saved save(Path articleFile, Article article, AnnotationSet annotations) {
        sets.put(key(articleFile), annotations);
        return Saved.written(annotations);
    }

    @Override
    public Saved saveResolved(Path articleFile, Article article, ThreeWayMerge.Result conflicts,
                              Map<String, ThreeWayMerge.Choice> choices) {
        return save(articleFile, article, conflicts.resolve(choices, () -> java.util.UUID.randomUUID().toString()));
    }

    @Override
    public Path moveAside(Path articleFile) throws IOException {
        throw new IOException("nothing to move aside: annotations are kept in memory");
    }

    @Override
    public void saveCopy(Path articleFile, Article article, AnnotationSet annotations, Path target) {
        sets.put(key(target), annotations);
    }
}
