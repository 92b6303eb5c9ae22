package org.claimline.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
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
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Claim;
import org.claimline.model.Taxonomy;
import org.claimline.model.TextRange;
import org.claimline.export.ExportDocument;
import org.claimline.export.ExportFormat;
import org.claimline.export.MarkdownExporter;
import org.claimline.session.AnnotationMerge;
import org.claimline.session.AnnotationStore;
import org.claimline.session.ThreeWayMerge;
import org.claimline.session.ClaimFilter;
import org.claimline.session.Highlighting;
import org.claimline.session.ReaderSession;
import org.claimline.session.StyleInterner;
import org.claimline.ui.reader.FindViewModel;

/**
 * The reader window's state: the open article and its {@link ReaderSession}, selection, filter, find,
 * save state and comfort settings. Opening and saving run on the injected background executor; their
 * results are applied through the injected FX executor (tests pass {@code Runnable::run} for both).
 */
public final class ReaderViewModel {
    public static final List<String> THEMES = List.of("light", "sepia", "dark");
    private static final int MAX_RECENT = 8;
    private static final double MIN_ZOOM = 0.6;
    private static final double MAX_ZOOM = 2.0;

    /** Something the user must be told (a dialog); the kind decides which choices it offers. */
    public record Problem(String title, String message, Kind kind) {
        public enum Kind {
            /** An error; OK closes it. */
            ERROR,
            /** Saving failed; offers Save As. */
            SAVE_FAILED,
            /** The sidecar cannot be read; offers moving it aside to start fresh, or leaving it untouched. */
            SIDECAR_UNREADABLE,
            /** Information (read-only sidecar, re-anchored claims, import summary). */
            INFO
        }

        public Problem(String title, String message) {
            this(title, message, Kind.ERROR);
        }
    }

    private final ArticleSource source;
    private final AnnotationStore store;
    private final UiPreferences prefs;
    private final Executor background;
    private final Executor fx;
    private final Highlighting highlighting = new Highlighting(new StyleInterner());
    private final FindViewModel find = new FindViewModel();

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
    private org.claimline.ui.analysis.AnalysisFactory analysisFactory;
    /** The claim to select when the article being opened is shown (openFileAtClaim). */
    private String pendingClaimId;
    private final ObjectProperty<ClaimFilter> filter = new SimpleObjectProperty<>(this, "filter", ClaimFilter.NONE);
    private final BooleanProperty showRemoved = new SimpleBooleanProperty(this, "showRemoved");
    private final StringProperty theme = new SimpleStringProperty(this, "theme");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper(this, "statusMessage", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyObjectWrapper<ThreeWayMerge.Result> saveConflicts =
            new ReadOnlyObjectWrapper<>(this, "saveConflicts");
    private final ReadOnlyObjectWrapper<AnnotationMerge.Result> importConflicts =
            new ReadOnlyObjectWrapper<>(this, "importConflicts");
    private AnnotationStore.Condition sidecar = AnnotationStore.Condition.NONE;
    /** What was sent in the save that came back with conflicts. */
    private AnnotationSet conflictSnapshot;
    /** The file of the import waiting for the user's choices, and the annotations it was merged into. */
    private Path pendingImport;
    private AnnotationSet importBase;
    private boolean savedElsewhere;
    private static final String STILL_NOT_SAVED = "Still not saved: ";
    /** A failed save was reported with a dialog since the last save that worked (or the last open). */
    private boolean failureReported;
    private Sharing sharing;
    private final Consumer<ReaderSession> sessionListener = s -> refresh();
    private long openGeneration;
    private Taxonomy lastTaxonomy;
    private int batchDepth;
    private boolean styleDirty;

    public ReaderViewModel(ArticleSource source, AnnotationStore store, UiPreferences prefs, Executor background,
                           Executor fx) {
        this.source = source;
        this.store = store;
        this.prefs = prefs;
        this.background = background;
        this.fx = fx;
        Appearance look = appearance(prefs);
        theme.set(look.theme());
        zoom.set(look.zoom());
        for (String p : prefs.get("recent", "").split("\n")) {
            if (!p.isBlank()) {
                recentFiles.add(Path.of(p));
            }
        }
        theme.addListener((o, a, b) -> prefs.put("theme", b));
        zoom.addListener((o, a, b) -> prefs.putDouble("zoom", b.doubleValue()));
        selectedClaimId.addListener((o, a, b) -> bumpStyle());
        filter.addListener((o, a, b) -> bumpStyle());
        find.revisionProperty().addListener((o, a, b) -> bumpStyle());
    }

    // ---- opening -------------------------------------------------------------------------------

    /** Opens the built-in sample off the FX thread. */
    public void openSample() {
        open(null);
    }

    /** Opens {@code path} off the FX thread; problems become a {@link Problem}, the current article stays. */
    public void openFile(Path path) {
        pendingClaimId = null;
        open(path);
    }

    /**
     * Opens {@code path} and selects the claim {@code claimId} once it is shown (the analysis window's
     * double-click). An article already open is not reopened: the claim is selected at once.
     */
    public void openFileAtClaim(Path path, String claimId) {
        if (path.equals(file.get()) && session.get() != null && !busy.get()) {
            selectedClaimId.set(session.get().claim(claimId).isPresent() ? claimId : null);
            return;
        }
        pendingClaimId = claimId;
        open(path);
    }

    private void open(Path path) {
        long generation = ++openGeneration;
        busy.set(true);
        busyMessage.set("Opening " + (path == null ? source.sampleName() : path.getFileName()) + "\u2026");
        saveNow();
        Taxonomy lastTaxonomy = TaxonomyText.read(prefs.get("taxonomy", ""));
        background.execute(() -> {
            try {
                Article a = path == null ? source.sample() : source.open(path);
                AnnotationStore.Loaded loaded = path == null ? AnnotationStore.Loaded.none() : store.load(path, a);
                fx.execute(() -> {
                    if (generation == openGeneration) {
                        install(path, a, loaded, lastTaxonomy);
                    }
                });
            } catch (Exception | OutOfMemoryError e) {
                String name = path == null ? source.sampleName() : path.getFileName().toString();
                String why = e.getMessage() == null ? e.toString() : e.getMessage();
                if (e instanceof java.nio.file.NoSuchFileException) {
                    why = "The file does not exist.";
                } else if (e instanceof java.nio.file.AccessDeniedException) {
                    why = "Claimline is not allowed to read it.";
                }
                String msg = why;
                fx.execute(() -> {
                    if (generation == openGeneration) {
                        busy.set(false);
                        if (session.get() == null) {
                            // nothing to go back to: the start page says what failed, no dialog over an empty window
                            startFailure.set("Claimline could not open " + name + ". " + msg);
                        } else {
                            problem.set(new Problem("Cannot open " + name, msg));
                        }
                    }
                });
            }
        });
    }

    private void install(Path path, Article cleaned, AnnotationStore.Loaded loaded, Taxonomy lastTaxonomy) {
        Article a = loaded.articleOr(cleaned); // the analyst's remembered choice of blocks, if any
        AnnotationSet annotations = loaded.annotations() != null ? loaded.annotations()
                : AnnotationSet.empty(lastTaxonomy);
        sidecar = loaded.condition();
        savedElsewhere = false;
        failureReported = false;
        saveConflicts.set(null);
        importConflicts.set(null);
        statusMessage.set("");
        reattachNotice.set("");
        saveState.set(SaveState.SAVED);
        ReaderSession old = session.get();
        if (old != null) {
            old.removeListener(sessionListener);
        }
        ReaderSession s = new ReaderSession(a, annotations, store.placer(),
                () -> java.util.UUID.randomUUID().toString(), java.time.Clock.systemUTC(), creator(prefs));
        s.addListener(sessionListener);
        file.set(path);
        fileLabel.set(path == null ? source.sampleName() : path.getFileName().toString());
        // a claim asked for by openFileAtClaim is selected before the session is shown, so the reader's layout
        // of the new article reveals it
        String wanted = pendingClaimId;
        pendingClaimId = null;
        selectedClaimId.set(wanted != null && s.claim(wanted).isPresent() ? wanted : null);
        filter.set(ClaimFilter.NONE);
        session.set(s);
        hasArticle.set(true);
        startFailure.set("");
        if (path != null) {
            rememberRecent(path);
        }
        busy.set(false);
        refresh();
        String name = path == null ? "" : path.getFileName().toString();
        switch (loaded.condition()) {
            case UNREADABLE -> problem.set(new Problem("The claims on " + name + " cannot be read",
                    loaded.message() + "\n\nThe article is open without them and the file has not been changed. "
                            + "Move it aside (it is kept, renamed) to record and save new claims, or leave it "
                            + "untouched: nothing will be saved beside the article until you move it.",
                    Problem.Kind.SIDECAR_UNREADABLE));
            case READ_ONLY -> problem.set(new Problem("Opened read-only", loaded.message()
                    + "\nYour edits are kept in memory; File \u25B8 Save Annotations As\u2026 writes them to another file.",
                    Problem.Kind.INFO));
            case OK -> {
                if (loaded.message() != null) {
                    statusMessage.set(loaded.message());
                    if (orphanCount() > 0) {
                        // said in the panel, beside the claims concerned, without stopping the reader
                        reattachNotice.set(loaded.message());
                    }
                }
            }
            default -> {
            }
        }
    }

    /** What a new claim records as its creator: the coder of the preferences (name, initials, ORCID), else the account. */
    static String creator(UiPreferences prefs) {
        return org.claimline.ui.workspace.CoderIdentity.creator(prefs);
    }

    /** Moves the unreadable sidecar aside (kept, renamed) so claims can be saved again. */
    public void moveSidecarAside() {
        Path path = file.get();
        if (path == null || sidecar != AnnotationStore.Condition.UNREADABLE) {
            return;
        }
        background.execute(() -> {
            try {
                Path aside = store.moveAside(path);
                fx.execute(() -> {
                    sidecar = AnnotationStore.Condition.NONE;
                    statusMessage.set("The unreadable file was kept as " + aside.getFileName());
                    refresh();
                    saveNow();
                });
            } catch (Exception e) {
                fx.execute(() -> problem.set(new Problem("Cannot move the file aside", messageOf(e))));
            }
        });
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private int orphanCount() {
        int n = 0;
        for (Claim c : claims()) {
            if (c.anchor().isOrphan()) {
                n++;
            }
        }
        return n;
    }

    /** "5 claims", or "5 claims (2 need re-attaching)": every claim of the article, and how many are not placed. */
    static String countText(int all, int orphans) {
        String n = count(all, "claim");
        return orphans == 0 ? n : n + " (" + orphans + (orphans == 1 ? " needs" : " need") + " re-attaching)";
    }

    /** Hides the notice about claims to re-attach (the panel's list still shows them). */
    public void dismissReattachNotice() {
        reattachNotice.set("");
    }

    /** Clears the passing status message (the view does so a while after it appeared). */
    public void clearStatusMessage(String shown) {
        if (shown != null && shown.equals(statusMessage.get())) {
            statusMessage.set("");
        }
    }

    /** Whether the open article is the built-in sample (its claims are not saved unless saved as a file). */
    public boolean isSample() {
        return session.get() != null && file.get() == null;
    }

    private static String messageOf(Throwable e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private void rememberRecent(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        recentFiles.remove(abs);
        recentFiles.add(0, abs);
        while (recentFiles.size() > MAX_RECENT) {
            recentFiles.remove(recentFiles.size() - 1);
        }
        prefs.put("recent", String.join("\n", recentFiles.stream().map(Path::toString).toList()));
    }

    /** Drops recent entries whose file is gone. */
    public void pruneRecent() {
        recentFiles.removeIf(p -> !Files.exists(p));
    }

    public void clearProblem() {
        problem.set(null);
    }

    /** Reports a problem found by a view (e.g. a drop of something that is not a file). */
    public void reportProblem(String t, String message) {
        problem.set(new Problem(t, message));
    }

    /** Called by the view once the article is on screen. */
    public void markRendered() {
        rendered.set(true);
    }

    // ---- saving --------------------------------------------------------------------------------

    /** Saves now (off the FX thread) when there are unsaved edits to a file that can be written. */
    public void saveNow() {
        ReaderSession s = session.get();
        Path path = file.get();
        if (s == null || path == null || !s.isDirty() || saveState.get() == SaveState.SAVING || !canWriteSidecar()
                || saveConflicts.get() != null) {
            return;
        }
        AnnotationSet snapshot = s.annotations();
        Article a = s.article();
        saveState.set(SaveState.SAVING);
        background.execute(() -> {
            try {
                AnnotationStore.Saved r = store.save(path, a, snapshot);
                fx.execute(() -> saved(s, path, snapshot, r));
            } catch (Exception e) {
                fx.execute(() -> {
                    if (s == session.get()) {
                        saveFailed(path, e);
                    }
                });
            }
        });
    }

    private boolean canWriteSidecar() {
        return sidecar == AnnotationStore.Condition.NONE || sidecar == AnnotationStore.Condition.OK;
    }

    private void saved(ReaderSession s, Path path, AnnotationSet snapshot, AnnotationStore.Saved r) {
        if (s != session.get()) {
            return;
        }
        if (r.hasConflicts()) {
            conflictSnapshot = snapshot;
            saveState.set(SaveState.CONFLICT);
            saveConflicts.set(r.conflicts());
            return;
        }
        saveState.set(SaveState.SAVED);
        savedElsewhere = false;
        if (failureReported && statusMessage.get().startsWith(STILL_NOT_SAVED)) {
            statusMessage.set("");
        }
        failureReported = false;
        sidecar = AnnotationStore.Condition.OK;
        s.adoptSaved(snapshot, r.written());
    }

    /**
     * The first failure since the last save that worked gets a dialog (with Save As); while saving keeps
     * failing (every edit tries again), the status bar says so, rather than a dialog after every pause in typing.
     */
    private void saveFailed(Path path, Exception e) {
        saveState.set(SaveState.FAILED);
        if (failureReported) {
            statusMessage.set(STILL_NOT_SAVED + "the claims are kept here; File \u25B8 Save Annotations As\u2026 writes them "
                    + "elsewhere");
            return;
        }
        failureReported = true;
        problem.set(new Problem("Cannot save the annotations",
                "The claims on " + path.getFileName() + " could not be written: " + messageOf(e)
                        + "\nSaving is tried again after each edit; the status bar shows whether it worked.",
                Problem.Kind.SAVE_FAILED));
    }

    /**
     * Settles the claims changed both here and on disk: {@code choices} by claim id (mine, theirs or both;
     * missing ids keep both), then saves. The other writer's changes become one undoable step.
     */
    public void resolveSaveConflicts(Map<String, ThreeWayMerge.Choice> choices) {
        ReaderSession s = session.get();
        Path path = file.get();
        ThreeWayMerge.Result conflicts = saveConflicts.get();
        if (s == null || path == null || conflicts == null) {
            return;
        }
        saveConflicts.set(null);
        AnnotationSet snapshot = conflictSnapshot;
        Article a = s.article();
        saveState.set(SaveState.SAVING);
        background.execute(() -> {
            try {
                AnnotationStore.Saved r = store.saveResolved(path, a, conflicts, Map.copyOf(choices));
                fx.execute(() -> saved(s, path, snapshot, r));
            } catch (Exception e) {
                fx.execute(() -> saveFailed(path, e));
            }
        });
    }

    /**
     * Where Save As starts: the article's folder, unless writing there just failed (a read-only folder, a
     * full disk), then {@code home}.
     */
    public Path saveAsFolder(Path home) {
        Path f = file.get();
        Path dir = f == null ? null : f.toAbsolutePath().getParent();
        return dir == null || saveState.get() == SaveState.FAILED ? home : dir;
    }

    /**
     * Writes the claims as a sidecar at {@code target} (the article's own sidecar cannot be written, or the
     * user wants a copy). Until the next edit the work counts as saved.
     */
    public void saveAs(Path target) {
        ReaderSession s = session.get();
        if (s == null || target == null) {
            return;
        }
        Path articleFile = file.get() != null ? file.get() : Path.of(source.sampleName());
        AnnotationSet snapshot = s.annotations();
        Article a = s.article();
        background.execute(() -> {
            try {
                store.saveCopy(articleFile, a, snapshot, target);
                fx.execute(() -> {
                    if (s == session.get()) {
                        savedElsewhere = true;
                        statusMessage.set("Saved " + count(snapshot.claims().size(), "claim") + " to " + target);
                        s.markSaved(snapshot);
                    }
                });
            } catch (Exception e) {
                fx.execute(() -> problem.set(new Problem("Cannot save to " + target.getFileName(),
                        messageOf(e) + "\nThe claims are still here.", Problem.Kind.SAVE_FAILED)));
            }
        });
    }

    /**
     * Called when the window is about to close: saves synchronously when it can. True when nothing would be
     * lost by closing; false when the user must decide (saving failed or is not possible, or conflicts wait).
     */
    public boolean saveBeforeClose() {
        ReaderSession s = session.get();
        if (s == null || !s.isDirty()) {
            return true;
        }
        Path path = file.get();
        if (path == null || !canWriteSidecar() || saveConflicts.get() != null) {
            return false;
        }
        AnnotationSet snapshot = s.annotations();
        try {
            AnnotationStore.Saved r = store.save(path, s.article(), snapshot);
            saved(s, path, snapshot, r);
            return !r.hasConflicts() && !s.isDirty();
        } catch (Exception e) {
            saveState.set(SaveState.FAILED);
            statusMessage.set("Saving failed: " + messageOf(e));
            return false;
        }
    }

    /** True when the session holds edits that are not on disk anywhere (including claims on the sample). */
    public boolean hasUnsavedWork() {
        return session.get() != null && session.get().isDirty();
    }

    public boolean isDirty() {
        return session.get() != null && file.get() != null && session.get().isDirty();
    }

    // ---- sharing -------------------------------------------------------------------------------

    /** Export and import (the app wires the real one; without it those actions report that they are missing). */
    /** Enables File ▸ Analyse Folder (the analysis window over a folder's articles). */
    public ReaderViewModel withAnalysis(org.claimline.ui.analysis.AnalysisFactory factory) {
        this.analysisFactory = factory;
        return this;
    }

    /** What makes a folder's analysis, or null when this window offers none. */
    public org.claimline.ui.analysis.AnalysisFactory analysisFactory() {
        return analysisFactory;
    }

    public ReaderViewModel withSharing(Sharing sharing) {
        this.sharing = sharing;
        return this;
    }

    private boolean sharingAvailable() {
        if (sharing == null) {
            problem.set(new Problem("Export is not available", "This window was started without export support."));
        }
        return sharing != null;
    }

    /** The open article's name as exports show it. */
    public String sourceName() {
        return fileLabel.get();
    }

    /** Exports the open article's claims to {@code out}. */
    public void exportTo(ExportFormat format, Path out) {
        ReaderSession s = session.get();
        if (s == null || out == null || !sharingAvailable()) {
            return;
        }
        AnnotationSet snapshot = s.annotations();
        Article a = s.article();
        String name = sourceName();
        background.execute(() -> {
            try {
                sharing.exportArticle(format, name, a, snapshot, out);
                fx.execute(() -> statusMessage.set("Exported " + count(snapshot.claims().size(), "claim") + " as "
                        + format.description() + " to " + out));
            } catch (Exception e) {
                fx.execute(() -> problem.set(new Problem("Cannot export to " + out.getFileName(), messageOf(e))));
            }
        });
    }

    /** Exports every annotated article under {@code folder} to {@code out}, with progress. */
    public void exportFolder(ExportFormat format, Path folder, Path out) {
        if (folder == null || out == null || !sharingAvailable() || progress.get() >= 0) {
            return;
        }
        saveNow();
        progress.set(0);
        statusMessage.set("Exporting " + folder.getFileName() + "\u2026");
        background.execute(() -> {
            try {
                int n = sharing.exportFolder(format, folder, out, (done, total) ->
                        fx.execute(() -> progress.set(total == 0 ? 1 : done / (double) total)));
                fx.execute(() -> {
                    progress.set(-1);
                    statusMessage.set("Exported " + count(n, "article") + " as " + format.description() + " to " + out);
                });
            } catch (Exception e) {
                fx.execute(() -> {
                    progress.set(-1);
                    statusMessage.set("");
                    problem.set(new Problem("Cannot export " + folder.getFileName(), messageOf(e)));
                });
            }
        });
    }

    /** The selected claim (or every claim when none is selected) as Markdown, ready for the clipboard. */
    public String copyAsMarkdown() {
        ReaderSession s = session.get();
        if (s == null) {
            return "";
        }
        List<Claim> chosen = selectedClaim().map(List::of).orElse(s.claims());
        return new MarkdownExporter().copyClaims(new ExportDocument(sourceName(), s.article(), s.annotations()), chosen);
    }

    /**
     * Imports a colleague's sidecar or W3C Web Annotation file into the open article: new claims are
     * re-anchored, taxonomies unioned; claims changed on both sides wait in {@link #importConflictsProperty()}.
     */
    public void importAnnotations(Path incoming) {
        ReaderSession s = session.get();
        if (s == null || incoming == null || !sharingAvailable()) {
            return;
        }
        AnnotationSet mine = s.annotations();
        Article a = s.article();
        background.execute(() -> {
            try {
                AnnotationMerge.Result r = sharing.importAnnotations(incoming, a, mine);
                fx.execute(() -> {
                    if (s != session.get()) {
                        return;
                    }
                    pendingImport = incoming;
                    importBase = mine;
                    if (r.hasConflicts()) {
                        importConflicts.set(r);
                    } else {
                        applyImport(r, Map.of());
                    }
                });
            } catch (Exception e) {
                fx.execute(() -> problem.set(new Problem("Cannot import " + incoming.getFileName(), messageOf(e))));
            }
        });
    }

    /** Applies the waiting import with the user's choices (by claim id; missing ones keep both). */
    public void resolveImport(Map<String, AnnotationMerge.Resolution> choices) {
        AnnotationMerge.Result r = importConflicts.get();
        if (r != null) {
            importConflicts.set(null);
            applyImport(r, choices);
        }
    }

    /** Drops the waiting import; nothing changes. */
    public void cancelImport() {
        importConflicts.set(null);
        statusMessage.set("Import cancelled; nothing changed.");
    }

    private void applyImport(AnnotationMerge.Result r, Map<String, AnnotationMerge.Resolution> choices) {
        ReaderSession s = session.get();
        if (s == null) {
            return;
        }
        batch(() -> s.applyMerged("Import " + pendingImport.getFileName(), importBase, r.apply(choices)));
        statusMessage.set("Imported " + pendingImport.getFileName() + ": " + r.summary());
        if (!r.notices().isEmpty()) {
            // what was skipped or changed, each with its reason: nothing is dropped without a word
            problem.set(new Problem("Imported " + pendingImport.getFileName() + " with notes", r.summary() + "\n\n"
                    + String.join("\n", r.notices()), Problem.Kind.INFO));
        }
    }

    // ---- session changes -----------------------------------------------------------------------

    private void refresh() {
        ReaderSession s = session.get();
        if (s == null) {
            return;
        }
        if (article.get() != s.article()) {
            article.set(s.article());
            find.setText(s.article().text());
        }
        claimCount.set(s.claims().size());
        int orphans = orphanCount();
        claimCountText.set(countText(s.claims().size(), orphans));
        if (orphans == 0) {
            reattachNotice.set("");
        }
        canUndo.set(s.canUndo());
        canRedo.set(s.canRedo());
        if (selectedClaimId.get() != null && s.claim(selectedClaimId.get()).isEmpty()) {
            selectedClaimId.set(null);
        }
        saveState.set(computeSaveState(s));
        String name = fileLabel.get();
        title.set((s.isDirty() && file.get() != null ? "\u2022 " : "") + name + " \u2014 Claimline");
        if (s.taxonomy() != lastTaxonomy) {
            lastTaxonomy = s.taxonomy();
            prefs.put("taxonomy", TaxonomyText.write(lastTaxonomy));
        }
        revision.set(revision.get() + 1);
        bumpStyle();
    }

    private SaveState computeSaveState(ReaderSession s) {
        SaveState now = saveState.get();
        if (!s.isDirty() && savedElsewhere) {
            return SaveState.SAVED_ELSEWHERE;
        }
        if (file.get() == null) {
            return SaveState.NOT_SAVED_SAMPLE;
        }
        if (sidecar == AnnotationStore.Condition.READ_ONLY) {
            return SaveState.READ_ONLY;
        }
        if (sidecar == AnnotationStore.Condition.UNREADABLE) {
            return SaveState.UNREADABLE;
        }
        if (now == SaveState.SAVING || now == SaveState.CONFLICT) {
            return now;
        }
        if (!s.isDirty()) {
            return SaveState.SAVED;
        }
        return now == SaveState.FAILED ? SaveState.FAILED : SaveState.UNSAVED;
    }

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
                selectedClaimId.get(), find.matches(), find.currentProperty().get()));
    }

    public org.claimline.session.StyleInterner styleInterner() {
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

    /** Re-attaches the selected claim (usually an orphan) to {@code selection}. */
    public void reattachSelected(TextRange selection) {
        ReaderSession s = session.get();
        if (s != null && selectedClaimId.get() != null && selection != null) {
            s.reattach(selectedClaimId.get(), selection);
        }
    }

    /** Selects the claim under article text offset {@code offset}; returns whether one was there. */
    public boolean selectClaimAt(int offset) {
        ReaderSession s = session.get();
        Claim c = s == null || offset < 0 ? null : Highlighting.claimAt(s.claims(), offset);
        if (c != null) {
            selectedClaimId.set(c.id());
        }
        return c != null;
    }

    public Optional<Claim> selectedClaim() {
        ReaderSession s = session.get();
        return s == null || selectedClaimId.get() == null ? Optional.empty() : s.claim(selectedClaimId.get());
    }

    /**
     * Selects the next (or previous) claim in reading order among those the filter shows: after the selected
     * claim, or from article offset {@code caret} when none is selected. Returns it, or empty at the end.
     */
    public Optional<Claim> selectAdjacentClaim(int caret, boolean forward) {
        ReaderSession s = session.get();
        if (s == null) {
            return Optional.empty();
        }
        List<Claim> placed = s.claims().stream().filter(c -> !c.anchor().isOrphan()
                && (filter.get().matches(c, s.taxonomy()) || c.id().equals(selectedClaimId.get()))).toList();
        Claim current = selectedClaim().filter(c -> !c.anchor().isOrphan()).orElse(null);
        Claim next = null;
        if (current != null) {
            int i = placed.indexOf(current) + (forward ? 1 : -1);
            next = i >= 0 && i < placed.size() ? placed.get(i) : null;
        } else {
            for (Claim c : placed) {
                if (forward && c.range().start() >= caret) {
                    next = c;
                    break;
                } else if (!forward && c.range().start() < caret) {
                    next = c;
                }
            }
        }
        if (next != null) {
            selectedClaimId.set(next.id());
        }
        return Optional.ofNullable(next);
    }

    /** Where the caret goes back to in the article when the editor is left: just after the selected claim; -1. */
    public int offsetAfterSelectedClaim() {
        return selectedClaim().filter(c -> !c.anchor().isOrphan()).map(c -> c.range().end()).orElse(-1);
    }

    /** A remembered view option (grouping, panel divider, collapsed editor). */
    public String viewOption(String key, String fallback) {
        return prefs.get("view." + key, fallback);
    }

    public void rememberViewOption(String key, String value) {
        prefs.put("view." + key, value);
    }

    public void deleteSelected() {
        ReaderSession s = session.get();
        if (s != null && selectedClaimId.get() != null) {
            s.deleteClaim(selectedClaimId.get());
        }
    }

    /** Keys 1–9. */
    public boolean toggleIssue(int n) {
        ReaderSession s = session.get();
        return s != null && selectedClaimId.get() != null && s.toggleIssue(selectedClaimId.get(), n);
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

    // ---- comfort -------------------------------------------------------------------------------

    public void zoomIn() {
        zoom.set(clampZoom(zoom.get() + 0.1));
    }

    public void zoomOut() {
        zoom.set(clampZoom(zoom.get() - 0.1));
    }

    public void zoomReset() {
        zoom.set(1.0);
    }

    private static double clampZoom(double z) {
        return Math.round(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z)) * 10) / 10.0;
    }

    /** The remembered look of the window: size, divider position, zoom and theme. */
    public record Appearance(double width, double height, double divider, double zoom, String theme) {
    }

    /** The window's remembered look, read from {@code prefs} alone (the start-up preview needs no view-model). */
    public static Appearance appearance(UiPreferences prefs) {
        String t = prefs.get("theme", "light");
        return new Appearance(prefs.getDouble("window.width", 1180), prefs.getDouble("window.height", 760),
                prefs.getDouble("divider", 0.64), clampZoom(prefs.getDouble("zoom", 1.0)),
                THEMES.contains(t) ? t : "light");
    }

    /** Remembered window geometry: width, height, divider position. */
    public double[] windowLayout() {
        Appearance look = appearance(prefs);
        return new double[] {look.width(), look.height(), look.divider()};
    }

    public void rememberWindowLayout(double width, double height, double divider) {
        prefs.putDouble("window.width", width);
        prefs.putDouble("window.height", height);
        prefs.putDouble("divider", divider);
    }

    // ---- properties ----------------------------------------------------------------------------

    public FindViewModel find() {
        return find;
    }

    public ReadOnlyObjectProperty<ReaderSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReaderSession session() {
        return session.get();
    }

    public ReadOnlyObjectProperty<Article> articleProperty() {
        return article.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileLabelProperty() {
        return fileLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty busyMessageProperty() {
        return busyMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty claimCountProperty() {
        return claimCount.getReadOnlyProperty();
    }

    /** What the status bar says of the claims: all of them, and how many need re-attaching. */
    public ReadOnlyStringProperty claimCountTextProperty() {
        return claimCountText.getReadOnlyProperty();
    }

    /**
     * Why some claims of the article just opened need re-attaching (shown in the claims panel, non-modal), or ""
     * once dismissed or when none do.
     */
    public ReadOnlyStringProperty reattachNoticeProperty() {
        return reattachNotice.getReadOnlyProperty();
    }

    /** Why the article asked for could not be opened while none is shown (the start page says it), or "". */
    public ReadOnlyStringProperty startFailureProperty() {
        return startFailure.getReadOnlyProperty();
    }

    /** Whether an article is open (else the window shows the start page, and claim actions are off). */
    public ReadOnlyBooleanProperty hasArticleProperty() {
        return hasArticle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Bumped after every session change (claims, taxonomy, article). */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Bumped whenever the highlights must be recomputed. */
    public ReadOnlyIntegerProperty styleRevisionProperty() {
        return styleRevision.getReadOnlyProperty();
    }

    /** True once the first article is on screen (for smoke tests and startup timing). */
    public ReadOnlyBooleanProperty renderedProperty() {
        return rendered.getReadOnlyProperty();
    }

    public StringProperty selectedClaimIdProperty() {
        return selectedClaimId;
    }

    public ObjectProperty<ClaimFilter> filterProperty() {
        return filter;
    }

    public BooleanProperty showRemovedProperty() {
        return showRemoved;
    }

    public StringProperty themeProperty() {
        return theme;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** A passing message for the status bar (export done, claims re-anchored…). */
    public ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }

    /** Progress of a folder export, 0–1, or -1 when none runs. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Claims changed both here and in the sidecar on disk, waiting for the user's choice; null when none. */
    public ReadOnlyObjectProperty<ThreeWayMerge.Result> saveConflictsProperty() {
        return saveConflicts.getReadOnlyProperty();
    }

    /** An import whose claims conflict with ones here, waiting for the user's choice; null when none. */
    public ReadOnlyObjectProperty<AnnotationMerge.Result> importConflictsProperty() {
        return importConflicts.getReadOnlyProperty();
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    /** Claims in reading order (placed first, then orphans). */
    public List<Claim> claims() {
        return session.get() == null ? List.of() : session.get().claims();
    }
}
