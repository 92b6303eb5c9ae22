package org.claimline.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.claimline.anchoring.Anchorer;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.session.AnnotationStore;
import org.claimline.session.ThreeWayMerge;
import org.claimline.storage.DocumentInfo;
import org.claimline.storage.LoadResult;
import org.claimline.storage.SaveResult;
import org.claimline.storage.SidecarSaveException;
import org.claimline.storage.SidecarStore;

/**
 * The reader's annotations in {@code <article>.annotations.json} beside the article. Claims recorded on
 * another version of the cleaned text are re-anchored on load (orphans kept). A corrupt sidecar opens the
 * article with no claims and stays blocked: every save reports the problem until the file is moved aside,
 * so it is never overwritten. An external edit is merged before writing; when the same claim changed on
 * both sides, both versions are kept (the copy gets a new id), so nothing is lost.
 */
final class SidecarAnnotationStore implements AnnotationStore {
    private final Anchorer anchorer;
    private final Map<Path, SidecarStore> stores = new ConcurrentHashMap<>();

    SidecarAnnotationStore(Anchorer anchorer) {
        this.anchorer = anchorer;
    }

    private SidecarStore storeFor(Path articleFile) {
        return stores.computeIfAbsent(articleFile.toAbsolutePath().normalize(), SidecarStore::forArticle);
    }

    @Override
    public Optional<AnnotationSet> load(Path articleFile, Article article) {
        SidecarStore store = SidecarStore.forArticle(articleFile.toAbsolutePath().normalize());
        stores.put(articleFile.toAbsolutePath().normalize(), store);
        LoadResult r = store.load(article.text());
        if (!r.hasContent()) {
            return Optional.empty();
        }
        AnnotationSet set = r.file().annotations();
        if (!r.file().document().matchesText(article.text())) {
            set = set.withClaims(anchorer.reanchor(set.claims(), article.text()));
        }
        return Optional.of(set);
    }

    @Override
    public AnnotationSet save(Path articleFile, Article article, AnnotationSet annotations) throws IOException {
        SidecarStore store = storeFor(articleFile);
        byte[] source = Files.isRegularFile(articleFile) ? Files.readAllBytes(articleFile) : null;
        DocumentInfo doc = DocumentInfo.of(articleFile.getFileName().toString(), source, article);
        try {
            SaveResult r = store.save(annotations, doc, article.text());
            if (r.status() == SaveResult.Status.CONFLICTS) {
                AnnotationSet resolved = r.merge().resolve(Map.of(), () -> UUID.randomUUID().toString());
                r = store.saveResolved(resolved, doc, article.text(), r);
            }
            return r.saved();
        } catch (SidecarSaveException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
