package org.claimline.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.claimline.files.BoundedRead;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.anchoring.Anchorer;
import org.claimline.model.AnchorStatus;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Claim;
import org.claimline.model.KeptBlocks;
import org.claimline.session.AnnotationStore;
import org.claimline.session.ThreeWayMerge;
import org.claimline.storage.DocumentInfo;
import org.claimline.storage.LoadResult;
import org.claimline.storage.SaveResult;
import org.claimline.storage.SidecarSaveException;
import org.claimline.storage.SidecarStore;

/**
 * The reader's annotations in {@code <article>.annotations.json} beside the article. Claims recorded on
 * another version of the cleaned text are re-anchored on load (orphans kept). An unreadable sidecar opens
 * the article with no claims and stays blocked (every save reports the problem) until the user moves it
 * aside, so it is never overwritten. An external edit is merged before writing; when the same claim changed
 * on both sides the conflicts go back to the user, and nothing is written until they choose. The analyst's choice
 * of the page's blocks (restored or removed blocks, the whole page, a start and end) is saved with the claims when it
 * differs from the cleaner's, and made again on load when the page still has the same blocks.
 */
final class SidecarAnnotationStore implements AnnotationStore {
    private final Anchorer anchorer;
    private final Map<Path, SidecarStore> stores = new ConcurrentHashMap<>();
    private final Map<Path, SaveResult> pending = new ConcurrentHashMap<>();
    /** The cleaner's choice of blocks for each article loaded, so a save records the analyst's only when it differs. */
    private final Map<Path, KeptBlocks> cleanedArticles = new ConcurrentHashMap<>();

    SidecarAnnotationStore(Anchorer anchorer) {
        this.anchorer = anchorer;
    }

    private static Path key(Path articleFile) {
        return articleFile.toAbsolutePath().normalize();
    }

    private SidecarStore storeFor(Path articleFile) {
        return stores.computeIfAbsent(key(articleFile), SidecarStore::forArticle);
    }

    @Override
    public Loaded load(Path articleFile, Article cleaned) {
        SidecarStore store = SidecarStore.forArticle(key(articleFile));
        stores.put(key(articleFile), store);
        pending.remove(key(articleFile));
        cleanedArticles.put(key(articleFile), KeptBlocks.of(cleaned));
        Article article = cleaned;
        LoadResult r = store.load(article.text());
        KeptBlocks chosen = r.hasContent() ? r.file().document().keptBlocks() : null;
        if (chosen != null && chosen.fits(cleaned)) {
            // the analyst's choice of blocks made again; the claims were placed on that text, so read them on it
            article = chosen.applyTo(cleaned);
            r = store.load(article.text());
        }
        switch (r.status()) {
            case MISSING -> {
                return Loaded.none();
            }
            case CORRUPT -> {
                return new Loaded(Condition.UNREADABLE, null, r.message());
            }
            default -> {
            }
        }
        AnnotationSet set = r.file().annotations();
        String message = r.readOnly() ? r.message() : null;
        if (!r.file().document().matchesText(article.text())) {
            List<Claim> placed = anchorer.reanchor(set.claims(), article.text());
            set = set.withClaims(placed);
            if (message == null) {
                message = reanchorSummary(placed);
            }
        }
        return new Loaded(r.readOnly() ? Condition.READ_ONLY : Condition.OK, set, message,
                article == cleaned ? null : article);
    }

    /** What re-anchoring did, in words; null when every claim stayed where it was. */
    static String reanchorSummary(List<Claim> placed) {
        long moved = placed.stream().filter(c -> c.anchor().status() == AnchorStatus.MOVED).count();
        long fuzzy = placed.stream().filter(c -> c.anchor().status() == AnchorStatus.FUZZY).count();
        long orphans = placed.stream().filter(c -> c.anchor().isOrphan()).count();
        if (moved + fuzzy + orphans == 0) {
            return null;
        }
        return "The article text changed since these claims were saved: " + moved + " moved, " + fuzzy
                + " found approximately, " + orphans + " need re-attaching.";
    }

    @Override
    public Saved save(Path articleFile, Article article, AnnotationSet annotations) throws IOException {
        SidecarStore store = storeFor(articleFile);
        DocumentInfo doc = document(articleFile, article);
        try {
            SaveResult r = store.save(annotations, doc, article.text());
            if (r.status() == SaveResult.Status.CONFLICTS) {
                pending.put(key(articleFile), r);
                return new Saved(null, r.merge());
            }
            pending.remove(key(articleFile));
            return Saved.written(r.saved());
        } catch (SidecarSaveException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public Saved saveResolved(Path articleFile, Article article, ThreeWayMerge.Result conflicts,
                              Map<String, ThreeWayMerge.Choice> choices) throws IOException {
        SaveResult r = pending.remove(key(articleFile));
        if (r == null || r.merge() != conflicts) {
            throw new IOException("these conflicts were already settled");
        }
        SidecarStore store = storeFor(articleFile);
        AnnotationSet resolved = conflicts.resolve(choices, () -> UUID.randomUUID().toString());
        try {
            SaveResult again = store.saveResolved(resolved, document(articleFile, article), article.text(), r);
            if (again.status() == SaveResult.Status.CONFLICTS) {
                pending.put(key(articleFile), again);
                return new Saved(null, again.merge());
            }
            return Saved.written(again.saved());
        } catch (SidecarSaveException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public Path moveAside(Path articleFile) throws IOException {
        return storeFor(articleFile).moveAsideAndStartFresh();
    }

    @Override
    public void saveCopy(Path articleFile, Article article, AnnotationSet annotations, Path target) throws IOException {
        SidecarStore copy = new SidecarStore(target.toAbsolutePath().normalize());
        LoadResult there = copy.load(article.text());
        if (there.status() == LoadResult.Status.CORRUPT || there.readOnly()) {
            copy.moveAsideAndStartFresh(); // the user chose to replace it; the old file is kept beside it
        }
        try {
            SaveResult r = copy.save(annotations, document(articleFile, article), article.text());
            if (r.status() == SaveResult.Status.CONFLICTS) {
                throw new IOException(target + " changed while it was being replaced; nothing was written.");
            }
        } catch (SidecarSaveException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private DocumentInfo document(Path articleFile, Article article) throws IOException {
        byte[] source = Files.isRegularFile(articleFile)
                ? BoundedRead.read(articleFile, ArticleCleaner.MAX_INPUT_BYTES, "an article") : null;
        return DocumentInfo.of(articleFile.getFileName().toString(), source, article)
                .withKeptBlocks(keptBlocksChosen(articleFile, article));
    }

    /** The analyst's choice of blocks when it differs from the cleaner's (remembered on load), else null. */
    private KeptBlocks keptBlocksChosen(Path articleFile, Article article) {
        KeptBlocks cleaner = cleanedArticles.get(key(articleFile));
        if (cleaner == null || !cleaner.fits(article)) {
            return null;
        }
        KeptBlocks now = KeptBlocks.of(article);
        return now.kept().equals(cleaner.kept()) ? null : now;
    }
}
