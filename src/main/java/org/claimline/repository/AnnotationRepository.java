package org.claimline.repository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.claimline.files.BoundedRead;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.model.AnchorStatus;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Claim;
import org.claimline.model.ClaimPlacer;
import org.claimline.model.KeptBlocks;
import org.claimline.session.AnnotationStore;
import org.claimline.session.ThreeWayMerge;
import org.claimline.storage.DocumentInfo;
import org.claimline.storage.SidecarFile;
import org.claimline.storage.LoadResult;
import org.claimline.storage.SaveResult;
import org.claimline.storage.SidecarSaveException;
import org.claimline.storage.SidecarStore;

/**
 * The one owner of an article's annotations between the reader and the sidecar: load, re-anchor once, merge on
 * save. Storage only reads and writes the file; every re-anchoring of saved annotations goes through this
 * repository's {@link ClaimPlacer} (the session and the import merge take it from {@link #placer()}).
 *
 * <p>The reader's annotations live in {@code <article>.annotations.json} beside the article. Opening places the
 * saved claims in the current cleaned text once (orphans kept; claims recorded on this very text stay as they
 * were). An unreadable sidecar opens
 * the article with no claims and stays blocked (every save reports the problem) until the user moves it
 * aside, so it is never overwritten. An external edit is merged before writing; when the same claim changed
 * on both sides the conflicts go back to the user, and nothing is written until they choose. The analyst's choice
 * of the page's blocks (restored or removed blocks, the whole page, a start and end) is saved with the claims when it
 * differs from the cleaner's, and made again on load when the page still has the same blocks.
 */
public final class AnnotationRepository implements AnnotationStore {
    private final ClaimPlacer placer;
    private final Map<Path, SidecarStore> stores = new ConcurrentHashMap<>();
    private final Map<Path, Pending> pending = new ConcurrentHashMap<>();
    /** The cleaner's choice of blocks for each article loaded, so a save records the analyst's only when it differs. */
    private final Map<Path, KeptBlocks> cleanedArticles = new ConcurrentHashMap<>();

    /** A save that found another writer's change it could not merge: what is on disk and the conflicts. */
    private record Pending(SaveResult changed, ThreeWayMerge.Result conflicts) {
    }

    public AnnotationRepository(ClaimPlacer placer) {
        this.placer = placer;
    }

    @Override
    public ClaimPlacer placer() {
        return placer;
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
        String message = r.readOnly() ? r.message() : null;
        // the one re-anchoring of an opening: a claim recorded on this text stays as it was, one that does not fit
        // it (the text changed, or the file was written by hand) is placed again
        List<Claim> placed = placer.reanchor(r.file().annotations().claims(), article.text());
        AnnotationSet set = r.file().annotations().withClaims(placed);
        if (message == null && !r.file().document().matchesText(article.text())) {
            message = reanchorSummary(placed);
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
            SidecarMerge merge = new SidecarMerge(placer);
            SaveResult r = store.save(annotations, doc, article.text(), merge);
            if (r.status() == SaveResult.Status.CHANGED) {
                pending.put(key(articleFile), new Pending(r, merge.result()));
                return new Saved(null, merge.result());
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
        Pending r = pending.remove(key(articleFile));
        if (r == null || r.conflicts() != conflicts) {
            throw new IOException("these conflicts were already settled");
        }
        SidecarStore store = storeFor(articleFile);
        AnnotationSet resolved = conflicts.resolve(choices, () -> UUID.randomUUID().toString());
        try {
            SidecarMerge merge = new SidecarMerge(placer);
            SaveResult again = store.saveResolved(resolved, document(articleFile, article), article.text(), r.changed(),
                    merge);
            if (again.status() == SaveResult.Status.CHANGED) {
                pending.put(key(articleFile), new Pending(again, merge.result()));
                return new Saved(null, merge.result());
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
            SaveResult r = copy.save(annotations, document(articleFile, article), article.text(), new SidecarMerge(placer));
            if (r.status() == SaveResult.Status.CHANGED) {
                throw new IOException(target + " changed while it was being replaced; nothing was written.");
            }
        } catch (SidecarSaveException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private DocumentInfo document(Path articleFile, Article article) throws IOException {
        byte[] source = Files.isRegularFile(articleFile)
                ? BoundedRead.read(articleFile, ArticleCleaner.MAX_INPUT_BYTES, "an article") : null;
        return DocumentInfo.of(articleFile.getFileName().toString(), source, article, ArticleCleaner.version())
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

    /**
     * A sidecar's annotations placed in {@code article}'s text, for reading without opening (export, the analysis):
     * claims recorded against another version of the cleaned text are re-anchored (orphans kept), so exports show
     * where passages are now. Throws, with the reason, when the file holds no annotations.
     */
    public AnnotationSet readPlaced(Path sidecar, Article article) throws IOException {
        LoadResult r = SidecarStore.read(sidecar, article.text());
        if (!r.hasContent()) {
            throw new IOException(r.message() != null ? r.message() : sidecar + " has no annotations");
        }
        return inText(r.file(), article.text());
    }

    private AnnotationSet inText(SidecarFile file, String text) {
        return SidecarMerge.placedIn(file, text, placer);
    }
}
