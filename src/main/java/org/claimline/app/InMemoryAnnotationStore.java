package org.claimline.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.session.AnnotationStore;

/** Keeps annotations for the life of the process; stands in until the sidecar store is wired. */
final class InMemoryAnnotationStore implements AnnotationStore {
    private final Map<Path, AnnotationSet> sets = new ConcurrentHashMap<>();

    @Override
    public Optional<AnnotationSet> load(Path articleFile, Article article) {
        return Optional.ofNullable(sets.get(articleFile.toAbsolutePath().normalize()));
    }

    @Override
    public AnnotationSet save(Path articleFile, Article article, AnnotationSet annotations) {
        sets.put(articleFile.toAbsolutePath().normalize(), annotations);
        return annotations;
    }
}
