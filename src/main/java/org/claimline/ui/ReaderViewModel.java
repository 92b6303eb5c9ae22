package org.claimline.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import org.claimline.session.AnnotationStore;
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

    /** Something the user must be told (a dialog). */
    public record Problem(String title, String message) {
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
            SaveState.NOT_SAVED_SAMPLE);
    private final ReadOnlyIntegerWrapper claimCount = new ReadOnlyIntegerWrapper(this, "claimCount");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyIntegerWrapper styleRevision = new ReadOnlyIntegerWrapper(this, "styleRevision");
    private final ReadOnlyBooleanWrapper rendered = new ReadOnlyBooleanWrapper(this, "rendered");
    private final StringProperty selectedClaimId = new SimpleStringProperty(this, "selectedClaimId");
    private final ObjectProperty<ClaimFilter> filter = new SimpleObjectProperty<>(this, "filter", ClaimFilter.NONE);
    private final BooleanProperty showRemoved = new SimpleBooleanProperty(this, "showRemoved");
    private final StringProperty theme = new SimpleStringProperty(this, "theme");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
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
        String t = prefs.get("theme", "light");
        theme.set(THEMES.contains(t) ? t : "light");
        zoom.set(clampZoom(prefs.getDouble("zoom", 1.0)));
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
                Optional<AnnotationSet> saved = path == null ? Optional.empty() : store.load(path, a);
                fx.execute(() -> {
                    if (generation == openGeneration) {
                        install(path, a, saved.orElseGet(() -> AnnotationSet.empty(lastTaxonomy)));
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
                        problem.set(new Problem("Cannot open " + name, msg));
                    }
                });
            }
        });
    }

    private void install(Path path, Article a, AnnotationSet annotations) {
        ReaderSession old = session.get();
        if (old != null) {
            old.removeListener(sessionListener);
        }
        ReaderSession s = new ReaderSession(a, annotations);
        s.addListener(sessionListener);
        file.set(path);
        fileLabel.set(path == null ? source.sampleName() : path.getFileName().toString());
        selectedClaimId.set(null);
        filter.set(ClaimFilter.NONE);
        session.set(s);
        if (path != null) {
            rememberRecent(path);
        }
        busy.set(false);
        refresh();
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

    /** Saves now (off the FX thread) when there are unsaved edits to a file. */
    public void saveNow() {
        ReaderSession s = session.get();
        Path path = file.get();
        if (s == null || path == null || !s.isDirty() || saveState.get() == SaveState.SAVING) {
            return;
        }
        AnnotationSet snapshot = s.annotations();
        Article a = s.article();
        saveState.set(SaveState.SAVING);
        background.execute(() -> {
            try {
                AnnotationSet written = store.save(path, a, snapshot);
                fx.execute(() -> {
                    saveState.set(SaveState.SAVED);
                    s.adoptSaved(snapshot, written);
                });
            } catch (Exception e) {
                String why = e.getMessage() == null ? e.toString() : e.getMessage();
                fx.execute(() -> {
                    saveState.set(SaveState.FAILED);
                    problem.set(new Problem("Cannot save the annotations",
                            "The claims on " + path.getFileName() + " could not be written: " + why
                                    + "\nThey are still here; they will be saved with the next edit."));
                });
            }
        });
    }

    public boolean isDirty() {
        return session.get() != null && file.get() != null && session.get().isDirty();
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
        canUndo.set(s.canUndo());
        canRedo.set(s.canRedo());
        if (selectedClaimId.get() != null && s.claim(selectedClaimId.get()).isEmpty()) {
            selectedClaimId.set(null);
        }
        if (file.get() == null) {
            saveState.set(SaveState.NOT_SAVED_SAMPLE);
        } else if (saveState.get() != SaveState.SAVING) {
            saveState.set(s.isDirty() ? (saveState.get() == SaveState.FAILED ? SaveState.FAILED : SaveState.UNSAVED)
                    : SaveState.SAVED);
        }
        String name = fileLabel.get();
        title.set((s.isDirty() && file.get() != null ? "\u2022 " : "") + name + " \u2014 Claimline");
        if (s.taxonomy() != lastTaxonomy) {
            lastTaxonomy = s.taxonomy();
            prefs.put("taxonomy", TaxonomyText.write(lastTaxonomy));
        }
        revision.set(revision.get() + 1);
        bumpStyle();
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

    /** Remembered window geometry: width, height, divider position. */
    public double[] windowLayout() {
        return new double[] {prefs.getDouble("window.width", 1180), prefs.getDouble("window.height", 760),
                prefs.getDouble("divider", 0.64)};
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

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    /** Claims in reading order (placed first, then orphans). */
    public List<Claim> claims() {
        return session.get() == null ? List.of() : session.get().claims();
    }
}
