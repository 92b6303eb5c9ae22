package org.claimline.document;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.claimline.export.ExportFormat;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Claim;
import org.claimline.model.Taxonomy;
import org.claimline.session.AnnotationMerge;
import org.claimline.session.AnnotationStore;
import org.claimline.session.ReaderSession;
import org.claimline.session.ThreeWayMerge;

/**
 * One open article: opening it, the autosave debounce, the save state machine, conflicts with other writers,
 * import and export. Work on files runs on the injected background executor; results are applied, and
 * listeners told, on the injected callback executor (the FX thread in the app; {@code Runnable::run} in tests).
 * All state is this instance's own: several documents can be open at once.
 */
public final class DocumentController {
    /** How long after the last edit the autosave runs. */
    public static final Duration AUTOSAVE_DELAY = Duration.ofMillis(800);
    private static final String STILL_NOT_SAVED = "Still not saved: ";

    /** What changed; listeners read the new state from the controller. */
    public enum Change {
        /** An article was opened (a new session). */
        OPENED,
        /** The session's claims, taxonomy or article changed (an edit, undo, a merge, a save adopted). */
        EDITED,
        /** Save state, busy flag, messages, problems, conflicts or progress changed. */
        STATE
    }

    /** What was asked for when the opened article came from; given to {@link Change#OPENED} listeners. */
    public record Defaults(Supplier<Taxonomy> taxonomy, Supplier<String> creator) {
    }

    private final ArticleSource source;
    private final AnnotationStore store;
    final Executor background;
    final Executor callbacks;
    private final Clock clock;
    private final Defaults defaults;
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<ReaderSession> sessionListener = s -> edited();
    private final DocumentExchange exchange = new DocumentExchange(this);
    private Scheduler scheduler = Scheduler.NEVER;
    private Scheduler.Cancellable pendingSave;

    private ReaderSession session;
    private Path file;
    private String name = "";
    private boolean busy;
    private String busyMessage = "";
    private String startFailure = "";
    String statusMessage = "";
    private String openNotice = "";
    Problem problem;
    private SaveState saveState = SaveState.NO_ARTICLE;
    private ThreeWayMerge.Result saveConflicts;
    private AnnotationStore.Condition sidecar = AnnotationStore.Condition.NONE;
    /** What was sent in the save that came back with conflicts. */
    private AnnotationSet conflictSnapshot;
    private boolean savedElsewhere;
    /** A failed save was reported with a dialog since the last save that worked (or the last open). */
    private boolean failureReported;
    private long openGeneration;

    public DocumentController(ArticleSource source, AnnotationStore store, Executor background, Executor callbacks,
                              Clock clock, Defaults defaults) {
        this.source = source;
        this.store = store;
        this.background = background;
        this.callbacks = callbacks;
        this.clock = clock;
        this.defaults = defaults;
    }

    /** Autosave runs {@link #AUTOSAVE_DELAY} after the last edit on {@code timer} ({@link Scheduler#NEVER}: off). */
    public DocumentController autosaveWith(Scheduler timer) {
        this.scheduler = timer;
        return this;
    }

    public boolean autosaves() {
        return scheduler != Scheduler.NEVER;
    }

    public DocumentController withSharing(Sharing s) {
        exchange.sharing = s;
        return this;
    }

    public void addListener(Consumer<Change> l) {
        listeners.add(l);
    }

    void fire(Change c) {
        for (Consumer<Change> l : listeners) {
            l.accept(c);
        }
    }

    // ---- opening -------------------------------------------------------------------------------

    /** Opens {@code path} (null: the built-in sample) off the callback thread; problems keep the current article. */
    public void open(Path path) {
        long generation = ++openGeneration;
        busy = true;
        busyMessage = "Opening " + (path == null ? source.sampleName() : path.getFileName()) + "\u2026";
        fire(Change.STATE);
        saveNow();
        Taxonomy last = defaults.taxonomy().get();
        background.execute(() -> {
            Runnable outcome = load(path, last);
            callbacks.execute(() -> {
                if (generation == openGeneration) {
                    outcome.run();
                }
            });
        });
    }

    /**
     * Opens {@code path} (null: the built-in sample) on the calling thread, with the same outcomes as {@link
     * #open}: for start-up, before any window shows this document, so the reader's first frame already holds
     * the article. Nothing may be open yet.
     */
    public void openNow(Path path) {
        if (session != null) {
            throw new IllegalStateException("openNow is for the first document only");
        }
        ++openGeneration;
        load(path, defaults.taxonomy().get()).run();
    }

    /** Reads {@code path} and its claims (off the callback thread); returns what to do with them on it. */
    private Runnable load(Path path, Taxonomy last) {
        try {
            Article a = path == null ? source.sample() : source.open(path);
            AnnotationStore.Loaded loaded = path == null ? AnnotationStore.Loaded.none() : store.load(path, a);
            return () -> install(path, a, loaded, last);
        } catch (Exception | OutOfMemoryError e) {
            String shown = path == null ? source.sampleName() : path.getFileName().toString();
            String why = e instanceof NoSuchFileException ? "The file does not exist."
                    : e instanceof AccessDeniedException ? "Claimline is not allowed to read it." : messageOf(e);
            return () -> {
                busy = false;
                if (session == null) {
                    // nothing to go back to: the start page says what failed, no dialog over an empty window
                    startFailure = "Claimline could not open " + shown + ". " + why;
                } else {
                    problem = new Problem("Cannot open " + shown, why);
                }
                fire(Change.STATE);
            };
        }
    }

    private void install(Path path, Article cleaned, AnnotationStore.Loaded loaded, Taxonomy last) {
        Article a = loaded.articleOr(cleaned); // the analyst's remembered choice of blocks, if any
        AnnotationSet annotations = loaded.annotations() != null ? loaded.annotations() : AnnotationSet.empty(last);
        cancelAutosave();
        sidecar = loaded.condition();
        savedElsewhere = false;
        failureReported = false;
        saveConflicts = null;
        exchange.importConflicts = null;
        statusMessage = "";
        openNotice = "";
        saveState = SaveState.SAVED;
        if (session != null) {
            session.removeListener(sessionListener);
        }
        session = new ReaderSession(a, annotations, store.placer(), () -> UUID.randomUUID().toString(), clock,
                defaults.creator().get());
        session.addListener(sessionListener);
        file = path;
        name = path == null ? source.sampleName() : path.getFileName().toString();
        startFailure = "";
        busy = false;
        saveState = computeSaveState();
        String shown = path == null ? "" : path.getFileName().toString();
        switch (loaded.condition()) {
            case UNREADABLE -> problem = new Problem("The claims on " + shown + " cannot be read",
                    loaded.message() + "\n\nThe article is open without them and the file has not been changed. "
                            + "Move it aside (it is kept, renamed) to record and save new claims, or leave it "
                            + "untouched: nothing will be saved beside the article until you move it.",
                    Problem.Kind.SIDECAR_UNREADABLE);
            case READ_ONLY -> problem = new Problem("Opened read-only", loaded.message()
                    + "\nYour edits are kept in memory; File \u25B8 Save Annotations As\u2026 writes them to another file.",
                    Problem.Kind.INFO);
            case OK -> {
                if (loaded.message() != null) {
                    statusMessage = loaded.message();
                    if (orphanCount() > 0) {
                        // said in the panel, beside the claims concerned, without stopping the reader
                        openNotice = loaded.message();
                    }
                }
            }
            default -> {
            }
        }
        fire(Change.OPENED);
    }

    /** Moves the unreadable sidecar aside (kept, renamed) so claims can be saved again. */
    public void moveSidecarAside() {
        Path path = file;
        if (path == null || sidecar != AnnotationStore.Condition.UNREADABLE) {
            return;
        }
        background.execute(() -> {
            try {
                Path aside = store.moveAside(path);
                callbacks.execute(() -> {
                    sidecar = AnnotationStore.Condition.NONE;
                    statusMessage = "The unreadable file was kept as " + aside.getFileName();
                    saveState = computeSaveState();
                    fire(Change.STATE);
                    saveNow();
                });
            } catch (Exception e) {
                callbacks.execute(() -> report(new Problem("Cannot move the file aside", messageOf(e))));
            }
        });
    }

    // ---- session changes and the save state machine -------------------------------------------------

    private void edited() {
        saveState = computeSaveState();
        fire(Change.EDITED);
        if (isDirty() && canWriteSidecar() && autosaves()) {
            cancelAutosave();
            pendingSave = scheduler.schedule(AUTOSAVE_DELAY, () -> {
                pendingSave = null;
                saveNow();
            });
        }
    }

    private void cancelAutosave() {
        if (pendingSave != null) {
            pendingSave.cancel();
            pendingSave = null;
        }
    }

    private SaveState computeSaveState() {
        if (session == null) {
            return SaveState.NO_ARTICLE;
        }
        if (!session.isDirty() && savedElsewhere) {
            return SaveState.SAVED_ELSEWHERE;
        }
        if (file == null) {
            return SaveState.NOT_SAVED_SAMPLE;
        }
        if (sidecar == AnnotationStore.Condition.READ_ONLY) {
            return SaveState.READ_ONLY;
        }
        if (sidecar == AnnotationStore.Condition.UNREADABLE) {
            return SaveState.UNREADABLE;
        }
        if (saveState == SaveState.SAVING || saveState == SaveState.CONFLICT) {
            return saveState;
        }
        if (!session.isDirty()) {
            return SaveState.SAVED;
        }
        return saveState == SaveState.FAILED ? SaveState.FAILED : SaveState.UNSAVED;
    }

    private void setSaveState(SaveState s) {
        saveState = s;
        fire(Change.STATE);
    }

    /** Saves now (off the callback thread) when there are unsaved edits to a file that can be written. */
    public void saveNow() {
        ReaderSession s = session;
        Path path = file;
        if (s == null || path == null || !s.isDirty() || saveState == SaveState.SAVING || !canWriteSidecar()
                || saveConflicts != null) {
            return;
        }
        cancelAutosave();
        AnnotationSet snapshot = s.annotations();
        Article a = s.article();
        setSaveState(SaveState.SAVING);
        background.execute(() -> {
            try {
                AnnotationStore.Saved r = store.save(path, a, snapshot);
                callbacks.execute(() -> saved(s, snapshot, r));
            } catch (Exception e) {
                callbacks.execute(() -> {
                    if (s == session) {
                        saveFailed(path, e);
                    }
                });
            }
        });
    }

    private boolean canWriteSidecar() {
        return sidecar == AnnotationStore.Condition.NONE || sidecar == AnnotationStore.Condition.OK;
    }

    private void saved(ReaderSession s, AnnotationSet snapshot, AnnotationStore.Saved r) {
        if (s != session) {
            return;
        }
        if (r.hasConflicts()) {
            conflictSnapshot = snapshot;
            saveConflicts = r.conflicts();
            setSaveState(SaveState.CONFLICT);
            return;
        }
        saveState = SaveState.SAVED;
        savedElsewhere = false;
        if (failureReported && statusMessage.startsWith(STILL_NOT_SAVED)) {
            statusMessage = "";
        }
        failureReported = false;
        sidecar = AnnotationStore.Condition.OK;
        fire(Change.STATE);
        s.adoptSaved(snapshot, r.written());
    }

    /**
     * The first failure since the last save that worked gets a dialog (with Save As); while saving keeps
     * failing (every edit tries again), the status bar says so, rather than a dialog after every pause in typing.
     */
    private void saveFailed(Path path, Exception e) {
        saveState = SaveState.FAILED;
        if (failureReported) {
            statusMessage = STILL_NOT_SAVED + "the claims are kept here; File \u25B8 Save Annotations As\u2026 writes "
                    + "them elsewhere";
            fire(Change.STATE);
            return;
        }
        failureReported = true;
        report(new Problem("Cannot save the annotations",
                "The claims on " + path.getFileName() + " could not be written: " + messageOf(e)
                        + "\nSaving is tried again after each edit; the status bar shows whether it worked.",
                Problem.Kind.SAVE_FAILED));
    }

    /**
     * Settles the claims changed both here and on disk: {@code choices} by claim id (mine, theirs or both;
     * missing ids keep both), then saves. The other writer's changes become one undoable step.
     */
    public void resolveSaveConflicts(Map<String, ThreeWayMerge.Choice> choices) {
        ReaderSession s = session;
        Path path = file;
        ThreeWayMerge.Result conflicts = saveConflicts;
        if (s == null || path == null || conflicts == null) {
            return;
        }
        saveConflicts = null;
        AnnotationSet snapshot = conflictSnapshot;
        Article a = s.article();
        setSaveState(SaveState.SAVING);
        background.execute(() -> {
            try {
                AnnotationStore.Saved r = store.saveResolved(path, a, conflicts, Map.copyOf(choices));
                callbacks.execute(() -> saved(s, snapshot, r));
            } catch (Exception e) {
                callbacks.execute(() -> saveFailed(path, e));
            }
        });
    }

    /**
     * Where Save As starts: the article's folder, unless writing there just failed (a read-only folder, a
     * full disk), then {@code home}.
     */
    public Path saveAsFolder(Path home) {
        Path dir = file == null ? null : file.toAbsolutePath().getParent();
        return dir == null || saveState == SaveState.FAILED ? home : dir;
    }

    /**
     * Writes the claims as a sidecar at {@code target} (the article's own sidecar cannot be written, or the
     * user wants a copy). Until the next edit the work counts as saved.
     */
    public void saveAs(Path target) {
        ReaderSession s = session;
        if (s == null || target == null) {
            return;
        }
        Path articleFile = file != null ? file : Path.of(source.sampleName());
        AnnotationSet snapshot = s.annotations();
        Article a = s.article();
        background.execute(() -> {
            try {
                store.saveCopy(articleFile, a, snapshot, target);
                callbacks.execute(() -> {
                    if (s == session) {
                        savedElsewhere = true;
                        statusMessage = "Saved " + count(snapshot.claims().size(), "claim") + " to " + target;
                        s.markSaved(snapshot);
                    }
                });
            } catch (Exception e) {
                callbacks.execute(() -> report(new Problem("Cannot save to " + target.getFileName(),
                        messageOf(e) + "\nThe claims are still here.", Problem.Kind.SAVE_FAILED)));
            }
        });
    }

    /**
     * Called when the article is about to be closed: saves synchronously when it can. True when nothing would be
     * lost by closing; false when the user must decide (saving failed or is not possible, or conflicts wait).
     */
    public boolean saveBeforeClose() {
        ReaderSession s = session;
        if (s == null || !s.isDirty()) {
            return true;
        }
        if (file == null || !canWriteSidecar() || saveConflicts != null) {
            return false;
        }
        cancelAutosave();
        AnnotationSet snapshot = s.annotations();
        try {
            AnnotationStore.Saved r = store.save(file, s.article(), snapshot);
            saved(s, snapshot, r);
            return !r.hasConflicts() && !s.isDirty();
        } catch (Exception e) {
            saveState = SaveState.FAILED;
            statusMessage = "Saving failed: " + messageOf(e);
            fire(Change.STATE);
            return false;
        }
    }

    // ---- export and import (DocumentExchange) ---------------------------------------------------

    /** Exports the open article's claims to {@code out}. */
    public void exportTo(ExportFormat format, Path out) {
        exchange.exportTo(format, out);
    }

    /** Exports every annotated article under {@code folder} to {@code out}, with progress. */
    public void exportFolder(ExportFormat format, Path folder, Path out) {
        exchange.exportFolder(format, folder, out);
    }

    /** Imports a colleague's annotations; claims changed on both sides wait in {@link #importConflicts()}. */
    public void importAnnotations(Path incoming) {
        exchange.importAnnotations(incoming);
    }

    /** Applies the waiting import with the user's choices (by claim id; missing ones keep both). */
    public void resolveImport(Map<String, AnnotationMerge.Resolution> choices) {
        exchange.resolveImport(choices);
    }

    /** Drops the waiting import; nothing changes. */
    public void cancelImport() {
        exchange.cancelImport();
    }

    // ---- messages ------------------------------------------------------------------------------

    void status(String message) {
        statusMessage = message;
        fire(Change.STATE);
    }

    /** Reports a problem found elsewhere (a view's drop of something that is not a file). */
    public void report(Problem p) {
        problem = p;
        fire(Change.STATE);
    }

    public void clearProblem() {
        if (problem != null) {
            report(null);
        }
    }

    /** Clears the passing status message if it is still {@code shown}. */
    public void clearStatusMessage(String shown) {
        if (shown != null && shown.equals(statusMessage)) {
            status("");
        }
    }

    /** Hides the notice about claims to re-attach. */
    public void dismissOpenNotice() {
        openNotice = "";
        fire(Change.STATE);
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String messageOf(Throwable e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    // ---- state ---------------------------------------------------------------------------------

    public int orphanCount() {
        int n = 0;
        for (Claim c : session == null ? List.<Claim>of() : session.claims()) {
            if (c.anchor().isOrphan()) {
                n++;
            }
        }
        return n;
    }

    public ReaderSession session() {
        return session;
    }

    public Path file() {
        return file;
    }

    /** The open article's name as the window and exports show it (the file name, or the sample's). */
    public String name() {
        return name;
    }

    public boolean busy() {
        return busy;
    }

    public String busyMessage() {
        return busyMessage;
    }

    /** Why the article asked for could not be opened while none is shown, or "". */
    public String startFailure() {
        return startFailure;
    }

    public String statusMessage() {
        return statusMessage;
    }

    /** Why some claims of the article just opened need re-attaching, or "" once dismissed or when none do. */
    public String openNotice() {
        return openNotice;
    }

    public Problem problem() {
        return problem;
    }

    public SaveState saveState() {
        return saveState;
    }

    /** Progress of a folder export, 0–1, or -1 when none runs. */
    public double progress() {
        return exchange.progress;
    }

    /** Claims changed both here and in the sidecar on disk, waiting for the user's choice; null when none. */
    public ThreeWayMerge.Result saveConflicts() {
        return saveConflicts;
    }

    /** An import whose claims conflict with ones here, waiting for the user's choice; null when none. */
    public AnnotationMerge.Result importConflicts() {
        return exchange.importConflicts;
    }

    /** Whether an autosave is waiting for its delay to pass. */
    public boolean autosavePending() {
        return pendingSave != null;
    }

    public boolean isSample() {
        return session != null && file == null;
    }

    /** True when the session holds edits that are not on disk anywhere (including claims on the sample). */
    public boolean hasUnsavedWork() {
        return session != null && session.isDirty();
    }

    /** Unsaved edits to a file's claims. */
    public boolean isDirty() {
        return session != null && file != null && session.isDirty();
    }
}
