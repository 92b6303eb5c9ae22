package org.claimline.document;

import java.nio.file.Path;
import java.util.Map;
import org.claimline.export.ExportFormat;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.session.AnnotationMerge;
import org.claimline.session.ReaderSession;

/** The export and import of one {@link DocumentController}'s article, through its {@link Sharing} port. */
final class DocumentExchange {
    private final DocumentController doc;
    Sharing sharing;
    /** Progress of a folder export, 0–1, or -1 when none runs. */
    double progress = -1;
    AnnotationMerge.Result importConflicts;
    /** The file of the import waiting for the user's choices, and the annotations it was merged into. */
    private Path pendingImport;
    private AnnotationSet importBase;

    DocumentExchange(DocumentController doc) {
        this.doc = doc;
    }

    private boolean sharingAvailable() {
        if (sharing == null) {
            doc.report(new Problem("Export is not available", "This window was started without export support."));
        }
        return sharing != null;
    }

    /** Exports the open article's claims to {@code out}. */
    void exportTo(ExportFormat format, Path out) {
        ReaderSession s = doc.session();
        if (s == null || out == null || !sharingAvailable()) {
            return;
        }
        AnnotationSet snapshot = s.annotations();
        Article a = s.article();
        String shown = doc.name();
        Path source = doc.file();
        doc.background.execute(() -> {
            try {
                sharing.exportArticle(format, shown, source, a, snapshot, out);
                doc.callbacks.execute(() -> doc.status("Exported " + DocumentController.count(snapshot.claims().size(), "claim") + " as "
                        + format.description() + " to " + out));
            } catch (Exception e) {
                doc.callbacks.execute(() -> doc.report(new Problem("Cannot export to " + out.getFileName(), DocumentController.messageOf(e))));
            }
        });
    }

    /** Exports every annotated article under {@code folder} to {@code out}, with progress. */
    void exportFolder(ExportFormat format, Path folder, Path out) {
        if (folder == null || out == null || !sharingAvailable() || progress >= 0) {
            return;
        }
        doc.saveNow();
        progress = 0;
        doc.status("Exporting " + folder.getFileName() + "\u2026");
        doc.background.execute(() -> {
            try {
                int n = sharing.exportFolder(format, folder, out, (done, total) -> doc.callbacks.execute(() -> {
                    progress = total == 0 ? 1 : done / (double) total;
                    doc.fire(DocumentController.Change.STATE);
                }));
                doc.callbacks.execute(() -> {
                    progress = -1;
                    doc.status("Exported " + DocumentController.count(n, "article") + " as " + format.description() + " to " + out);
                });
            } catch (Exception e) {
                doc.callbacks.execute(() -> {
                    progress = -1;
                    doc.statusMessage = "";
                    doc.report(new Problem("Cannot export " + folder.getFileName(), DocumentController.messageOf(e)));
                });
            }
        });
    }

    /**
     * Imports a colleague's sidecar or W3C Web Annotation file into the open article: new claims are
     * re-anchored, taxonomies unioned; claims changed on both sides wait in {@link DocumentController#importConflicts()}.
     */
    void importAnnotations(Path incoming) {
        ReaderSession s = doc.session();
        if (s == null || incoming == null || !sharingAvailable()) {
            return;
        }
        AnnotationSet mine = s.annotations();
        Article a = s.article();
        doc.background.execute(() -> {
            try {
                AnnotationMerge.Result r = sharing.importAnnotations(incoming, a, mine);
                doc.callbacks.execute(() -> {
                    if (s != doc.session()) {
                        return;
                    }
                    pendingImport = incoming;
                    importBase = mine;
                    if (r.hasConflicts()) {
                        importConflicts = r;
                        doc.fire(DocumentController.Change.STATE);
                    } else {
                        applyImport(r, Map.of());
                    }
                });
            } catch (Exception e) {
                doc.callbacks.execute(() -> doc.report(new Problem("Cannot import " + incoming.getFileName(), DocumentController.messageOf(e))));
            }
        });
    }

    /** Applies the waiting import with the user's choices (by claim id; missing ones keep both). */
    void resolveImport(Map<String, AnnotationMerge.Resolution> choices) {
        AnnotationMerge.Result r = importConflicts;
        if (r != null) {
            importConflicts = null;
            applyImport(r, choices);
        }
    }

    /** Drops the waiting import; nothing changes. */
    void cancelImport() {
        importConflicts = null;
        doc.status("Import cancelled; nothing changed.");
    }

    private void applyImport(AnnotationMerge.Result r, Map<String, AnnotationMerge.Resolution> choices) {
        if (doc.session() == null) {
            return;
        }
        doc.session().applyMerged("Import " + pendingImport.getFileName(), importBase, r.apply(choices));
        doc.statusMessage = "Imported " + pendingImport.getFileName() + ": " + r.summary();
        if (!r.notices().isEmpty()) {
            // what was skipped or changed, each with its reason: nothing is dropped without a word
            doc.problem = new Problem("Imported " + pendingImport.getFileName() + " with notes", r.summary() + "\n\n"
                    + String.join("\n", r.notices()), Problem.Kind.INFO);
        }
        doc.fire(DocumentController.Change.STATE);
    }
}
