package org.claimline.ui.reader;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.claimline.document.ArticleSource;
import org.claimline.document.DocumentController;
import org.claimline.document.Problem;
import org.claimline.document.SaveState;
import org.claimline.document.Scheduler;
import org.claimline.document.Sharing;
import org.claimline.export.ExportDocument;
import org.claimline.export.MarkdownExporter;
import org.claimline.model.Article;
import org.claimline.model.Claim;
import org.claimline.model.Taxonomy;
import org.claimline.model.TextRange;
import org.claimline.session.AnnotationMerge;
import org.claimline.session.AnnotationStore;
import org.claimline.session.ClaimFilter;
import org.claimline.session.Highlighting;
import org.claimline.session.ReaderSession;
import org.claimline.session.StyleInterner;
import org.claimline.session.ThreeWayMerge;
import org.claimline.ui.common.ClaimSelection;
import org.claimline.ui.common.DocumentFeed;
import org.claimline.ui.common.ReaderSettings;
import org.claimline.ui.common.TaxonomyText;
import org.claimline.ui.common.UiPreferences;

/**
 * The reader window's state as properties: the open article's {@link DocumentController} (opening, saving,
 * conflicts, import, export) mirrored for binding, the selection and filter, highlighting and the editing
 * commands of the article view. The panels see it only through the {@link DocumentFeed} and {@link
 * ClaimSelection} ports.
 */
public final class ReaderViewModel implements DocumentFeed, ClaimSelection {
    private final DocumentController doc;
    private final ReaderSettings settings;
    private final UiPreferences prefs;
    private final Highlighting highlighting = new Highlighting(new StyleInterner());
    private final ClaimNavigator navigator = new ClaimNavigator(this, this);
    private FindHits find;
    private org.claimline.ui.analysis.AnalysisFactory analysisFactory;

    private final ReadOnlyObjectWrapper<ReaderSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<Article> article = new ReadOnlyObjectWrapper<>(this, "article");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Claimline");
    private final ReadOnlyStringWrapper fileLabel = new ReadOnlyStringWrapper(this, "fileLabel", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper busyMessage = new ReadOnlyStringWrapper(this, "busyMessage", "");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(this, "saveState",
            SaveState.NO_ARTICLE);
    private final ReadOnlyIntegerWrapper claimCount = new ReadOnlyIntegerWrapper(this, "claimCount");
    private final ReadOnlyStringWrapper claimCountText = new ReadOnlyStringWrapper(this, "claimCountText", "");
    private final ReadOnlyStringWrapper reattachNotice = new ReadOnlyStringWrapper(this, "reattachNotice", "");
    private final ReadOnlyStringWrapper startFailure = new ReadOnlyStringWrapper(this, "startFailure", "");
    private final ReadOnlyBooleanWrapper hasArticle = new ReadOnlyBooleanWrapper(this, "hasArticle");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyIntegerWrapper styleRevision = new ReadOnlyIntegerWrapper(this, "styleRevision");
    private final ReadOnlyBooleanWrapper rendered = new ReadOnlyBooleanWrapper(this, "rendered");
    private final StringProperty selectedClaimId = new SimpleStringProperty(this, "selectedClaimId");
    private final ObjectProperty<ClaimFilter> filter = new SimpleObjectProperty<>(this, "filter", ClaimFilter.NONE);
    private final BooleanProperty showRemoved = new SimpleBooleanProperty(this, "showRemoved");
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper(this, "statusMessage", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyObjectWrapper<ThreeWayMerge.Result> saveConflicts =
            new ReadOnlyObjectWrapper<>(this, "saveConflicts");
    private final ReadOnlyObjectWrapper<AnnotationMerge.Result> importConflicts =
            new ReadOnlyObjectWrapper<>(this, "importConflicts");
    /** The claim to select when the article being opened is shown (openFileAtClaim). */
    private String pendingClaimId;
    private Taxonomy lastTaxonomy;
    private int batchDepth;
    private boolean styleDirty;

    public ReaderViewModel(ArticleSource source, AnnotationStore store, UiPreferences prefs, Executor background,
                           Executor fx) {
        this.prefs = prefs;
        this.settings = new ReaderSettings(prefs);
        this.doc = new DocumentController(source, store, background, fx, Clock.systemUTC(),
                new DocumentController.Defaults(() -> TaxonomyText.read(prefs.get("taxonomy", "")),
                        () -> creator(prefs)));
        doc.addListener(this::changed);
        selectedClaimId.addListener((o, a, b) -> bumpStyle());
        filter.addListener((o, a, b) -> bumpStyle());
    }

    /** What a new claim records as its creator: the coder of the preferences (name, initials, ORCID), else the account. */
    static String creator(UiPreferences prefs) {
        return org.claimline.ui.common.CoderIdentity.creator(prefs);
    }

    /** Autosave after edits on {@code timer} (the window passes the FX timer; tests save by hand). */
    public ReaderViewModel autosaveWith(Scheduler timer) {
        doc.autosaveWith(timer);
        return this;
    }

    public ReaderViewModel withSharing(Sharing sharing) {
        doc.withSharing(sharing);
        return this;
    }

    /** Enables File ▸ Analyse Folder (the analysis window over a folder's articles). */
    public ReaderViewModel withAnalysis(org.claimline.ui.analysis.AnalysisFactory factory) {
        this.analysisFactory = factory;
        return this;
    }

    /** What makes a folder's analysis, or null when this window offers none. */
    public org.claimline.ui.analysis.AnalysisFactory analysisFactory() {
        return analysisFactory;
    }

    /** The find bar whose matches are highlighted (the window makes it). */
    public void useFind(FindHits hits) {
        this.find = hits;
        hits.revisionProperty().addListener((o, a, b) -> bumpStyle());
        if (article.get() != null) {
            hits.setText(article.get().text());
        }
    }

    // ---- the document ------------------------------------------------------------------------

    public void openSample() {
        doc.open(null);
    }

    /** Opens {@code path} off the FX thread; problems become a {@link Problem}, the current article stays. */
    public void openFile(Path path) {
        pendingClaimId = null;
        doc.open(path);
    }

    /**
     * Opens {@code path} (null: the sample) on the calling thread, before the window shows this view-model (start-up
     * opens the first article beside the preview); later opens use {@link #openFile}.
     */
    public void openBeforeShown(Path path) {
        pendingClaimId = null;
        doc.openNow(path);
    }

    /** Opens {@code path} and selects {@code claimId} once shown; an article already open is not reopened. */
    public void openFileAtClaim(Path path, String claimId) {
        if (path.equals(file.get()) && session.get() != null && !busy.get()) {
            selectedClaimId.set(session.get().claim(claimId).isPresent() ? claimId : null);
            return;
        }
        pendingClaimId = claimId;
        doc.open(path);
    }

    private void changed(DocumentController.Change change) {
        if (change == DocumentController.Change.OPENED) {
            opened();
        }
        busy.set(doc.busy());
        busyMessage.set(doc.busyMessage());
        startFailure.set(doc.startFailure());
        statusMessage.set(doc.statusMessage());
        reattachNotice.set(doc.openNotice());
        progress.set(doc.progress());
        saveConflicts.set(doc.saveConflicts());
        importConflicts.set(doc.importConflicts());
        saveState.set(doc.saveState());
        problem.set(doc.problem());
        if (change != DocumentController.Change.STATE) {
            refresh();
        }
    }

    private void opened() {
        ReaderSession s = doc.session();
        file.set(doc.file());
        fileLabel.set(doc.name());
        // a claim asked for by openFileAtClaim is selected before the session is shown, so the reader's layout
        // of the new article reveals it
        String wanted = pendingClaimId;
        pendingClaimId = null;
        selectedClaimId.set(wanted != null && s.claim(wanted).isPresent() ? wanted : null);
        filter.set(ClaimFilter.NONE);
        session.set(s);
        hasArticle.set(true);
        if (doc.file() != null) {
            settings.rememberRecent(doc.file());
        }
    }

    private void refresh() {
        ReaderSession s = session.get();
        if (s == null) {
            return;
        }
        if (article.get() != s.article()) {
            article.set(s.article());
            if (find != null) {
                find.setText(s.article().text());
            }
        }
        claimCount.set(s.claims().size());
        int orphans = doc.orphanCount();
        claimCountText.set(countText(s.claims().size(), orphans));
        if (orphans == 0 && !reattachNotice.get().isEmpty()) {
            doc.dismissOpenNotice();
        }
        canUndo.set(s.canUndo());
        canRedo.set(s.canRedo());
        if (selectedClaimId.get() != null && s.claim(selectedClaimId.get()).isEmpty()) {
            selectedClaimId.set(null);
        }
        title.set((s.isDirty() && file.get() != null ? "\u2022 " : "") + fileLabel.get() + " \u2014 Claimline");
        if (s.taxonomy() != lastTaxonomy) {
            lastTaxonomy = s.taxonomy();
            prefs.put("taxonomy", TaxonomyText.write(lastTaxonomy));
        }
        revision.set(revision.get() + 1);
        bumpStyle();
    }

    /** "5 claims", or "5 claims (2 need re-attaching)": every claim of the article, and how many are not placed. */
    static String countText(int all, int orphans) {
        String n = all + " claim" + (all == 1 ? "" : "s");
        return orphans == 0 ? n : n + " (" + orphans + (orphans == 1 ? " needs" : " need") + " re-attaching)";
    }

    // ---- highlighting ------------------------------------------------------------------------

    private void bumpStyle() {
        if (batchDepth > 0) {
            styleDirty = true;
        } else {
            styleRevision.set(styleRevision.get() + 1);
        }
    }

    /** Runs {@code r} with restyling held back, then restyles once (an edit plus a selection change is one restyle). */
    private void batch(Runnable r) {
        batchDepth++;
        try {
            r.run();
        } finally {
            batchDepth--;
            if (batchDepth == 0 && styleDirty) {
                styleDirty = false;
                bumpStyle();
            }
        }
    }

    /** The highlight spans (text offsets) for the current claims, filter, selection and find. */
    public List<Highlighting.Span> highlights() {
        ReaderSession s = session.get();
        if (s == null) {
            return List.of();
        }
        return highlighting.compute(new Highlighting.Input(s.claims(), s.taxonomy(), filter.get(),
                selectedClaimId.get(), find == null ? List.of() : find.matches(),
                find == null ? -1 : find.currentProperty().get()));
    }

    public StyleInterner styleInterner() {
        return highlighting.interner();
    }

    // ---- editing -------------------------------------------------------------------------------

    /** Records a claim on the article text [start, end); selects it. Returns its id, or null when no word is selected. */
    public String addClaim(TextRange selection, boolean wholeSentence) {
        ReaderSession s = session.get();
        if (s == null || selection == null) {
            return null;
        }
        String[] id = new String[1];
        batch(() -> s.addClaim(selection, wholeSentence).ifPresent(x -> {
            id[0] = x.id();
            selectedClaimId.set(x.id());
        }));
        return id[0];
    }

    public void undo() {
        if (session.get() != null) {
            batch(session.get()::undo);
        }
    }

    public void redo() {
        if (session.get() != null) {
            batch(session.get()::redo);
        }
    }

    public void restoreBlock(int blockIndex) {
        if (session.get() != null) {
            session.get().restoreBlock(blockIndex);
        }
    }

    public void removeBlock(int blockIndex) {
        if (session.get() != null) {
            session.get().removeBlock(blockIndex);
        }
    }

    /** The selected claim (or every claim when none is selected) as Markdown, ready for the clipboard. */
    public String copyAsMarkdown() {
        ReaderSession s = session.get();
        if (s == null) {
            return "";
        }
        List<Claim> chosen = navigator.selectedClaim().map(List::of).orElse(s.claims());
        return new MarkdownExporter().copyClaims(new ExportDocument(sourceName(), s.article(), s.annotations()), chosen);
    }

    /** Commands on the selected claim, and moving the selection through the claims. */
    public ClaimNavigator navigator() {
        return navigator;
    }

    /** Called by the view once the article is on screen. */
    public void markRendered() {
        rendered.set(true);
    }

    // ---- the document controller's commands, as the window calls them --------------------------

    public DocumentController document() { return doc; }
    public ReaderSettings settings() { return settings; }
    public void reportProblem(String t, String message) { doc.report(new Problem(t, message)); }
    @Override
    public void dismissReattachNotice() { doc.dismissOpenNotice(); }
    public boolean isSample() { return doc.isSample(); }
    /** The open article's name as exports show it. */
    public String sourceName() { return fileLabel.get(); }
    /** Claims in reading order (placed first, then orphans). */
    public List<Claim> claims() { return session.get() == null ? List.of() : session.get().claims(); }

    // ---- properties ----------------------------------------------------------------------------

    @Override
    public ReaderSession session() { return session.get(); }
    public ReadOnlyObjectProperty<ReaderSession> sessionProperty() { return session.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Article> articleProperty() { return article.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty fileLabelProperty() { return fileLabel.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty busyMessageProperty() { return busyMessage.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Problem> problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<SaveState> saveStateProperty() { return saveState.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty claimCountProperty() { return claimCount.getReadOnlyProperty(); }
    /** What the status bar says of the claims: all of them, and how many need re-attaching. */
    public ReadOnlyStringProperty claimCountTextProperty() { return claimCountText.getReadOnlyProperty(); }
    @Override
    public ReadOnlyStringProperty reattachNoticeProperty() { return reattachNotice.getReadOnlyProperty(); }
    /** Why the article asked for could not be opened while none is shown (the start page says it), or "". */
    public ReadOnlyStringProperty startFailureProperty() { return startFailure.getReadOnlyProperty(); }
    @Override
    public ReadOnlyBooleanProperty hasArticleProperty() { return hasArticle.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    @Override
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }
    /** Bumped whenever the highlights must be recomputed. */
    public ReadOnlyIntegerProperty styleRevisionProperty() { return styleRevision.getReadOnlyProperty(); }
    /** True once the first article is on screen (for smoke tests and startup timing). */
    public ReadOnlyBooleanProperty renderedProperty() { return rendered.getReadOnlyProperty(); }
    @Override
    public StringProperty selectedClaimIdProperty() { return selectedClaimId; }
    @Override
    public ObjectProperty<ClaimFilter> filterProperty() { return filter; }
    public BooleanProperty showRemovedProperty() { return showRemoved; }
    public StringProperty themeProperty() { return settings.themeProperty(); }
    public DoubleProperty zoomProperty() { return settings.zoomProperty(); }
    public ObservableList<Path> recentFiles() { return settings.recentFiles(); }
    /** A passing message for the status bar (export done, claims re-anchored…). */
    public ReadOnlyStringProperty statusMessageProperty() { return statusMessage.getReadOnlyProperty(); }
    /** Progress of a folder export, 0–1, or -1 when none runs. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    /** Claims changed both here and in the sidecar on disk, waiting for the user's choice; null when none. */
    public ReadOnlyObjectProperty<ThreeWayMerge.Result> saveConflictsProperty() {
        return saveConflicts.getReadOnlyProperty();
    }
    /** An import whose claims conflict with ones here, waiting for the user's choice; null when none. */
    public ReadOnlyObjectProperty<AnnotationMerge.Result> importConflictsProperty() {
        return importConflicts.getReadOnlyProperty();
    }
}
