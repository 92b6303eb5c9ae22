package org.claimline.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Codebook;
import org.claimline.session.AnnotationStore;
import org.claimline.session.ThreeWayMerge;
import org.claimline.storage.CodebookFile;
import org.claimline.workspace.CodebookReconciler;

/**
 * Sidecars reconciled with the open workspace's codebook: on opening, the article's issues and actors take the
 * codebook's names and colours (by id, then by name) and the reader offers the whole codebook (not the last
 * article's taxonomy); on saving, entries the analyst used join the codebook. Every sidecar, inside a workspace or
 * not, records only the issues and actors its claims use (self-contained when mailed alone, and a new article
 * outside a workspace does not inherit the last article's taxonomy on disk); the reader keeps offering the rest.
 */
final class CodebookAnnotationStore implements AnnotationStore {
    private final AnnotationStore inner;
    private final Supplier<Path> workspace;

    @Override
    public org.claimline.model.ClaimPlacer placer() {
        return inner.placer();
    }

    CodebookAnnotationStore(AnnotationStore inner, Supplier<Path> workspace) {
        this.inner = inner;
        this.workspace = workspace;
    }

    private Path rootOf(Path article) {
        Path root = workspace.get();
        return root != null && article != null && article.toAbsolutePath().normalize().startsWith(root) ? root : null;
    }

    @Override
    public Loaded load(Path articleFile, Article article) throws IOException {
        Loaded l = inner.load(articleFile, article);
        Path root = rootOf(articleFile);
        if (root == null || l.condition() == Condition.UNREADABLE) {
            return l;
        }
        Codebook cb;
        try {
            cb = CodebookFile.read(CodebookFile.in(root));
        } catch (IOException e) {
            return l; // an unreadable codebook leaves the article as its sidecar has it
        }
        AnnotationSet set = l.annotations() != null ? l.annotations() : AnnotationSet.empty(cb.toTaxonomy());
        CodebookReconciler.Reconciled r = CodebookReconciler.reconcile(cb, set);
        if (r.codebookChanged() && l.condition() != Condition.READ_ONLY) {
            remember(root, set);
        }
        return new Loaded(l.condition() == Condition.NONE ? Condition.OK : l.condition(), r.annotations(), l.message());
    }

    /** Adds what {@code set} uses and the codebook lacks, against the codebook on disk now. */
    private static void remember(Path root, AnnotationSet set) {
        try {
            CodebookFile.update(CodebookFile.in(root), now -> CodebookReconciler.reconcile(now, set).codebook());
        } catch (IOException e) {
            // a read-only folder: the article still works, the codebook stays as it is
        }
    }

    @Override
    public Saved save(Path articleFile, Article article, AnnotationSet annotations) throws IOException {
        Saved s = inner.save(articleFile, article, CodebookReconciler.usedOnly(annotations));
        Path root = rootOf(articleFile);
        if (root != null && s.written() != null) {
            remember(root, s.written());
        }
        return s.written() == null ? s : Saved.written(CodebookReconciler.withUnused(annotations, s.written()));
    }

    @Override
    public Saved saveResolved(Path articleFile, Article article, ThreeWayMerge.Result conflicts,
                              Map<String, ThreeWayMerge.Choice> choices) throws IOException {
        return inner.saveResolved(articleFile, article, conflicts, choices);
    }

    @Override
    public Path moveAside(Path articleFile) throws IOException {
        return inner.moveAside(articleFile);
    }

    @Override
    public void saveCopy(Path articleFile, Article article, AnnotationSet annotations, Path target) throws IOException {
        inner.saveCopy(articleFile, article, CodebookReconciler.usedOnly(annotations), target);
    }
}
