package org.claimline.ui.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.claimline.model.Codebook;
import org.claimline.search.SearchHit;
import org.claimline.workspace.LibraryQuery;
import org.claimline.workspace.LibraryRow;
import org.claimline.workspace.Progress;
import org.claimline.workspace.ReadingStatus;
import org.claimline.workspace.WorkspaceLibrary;
import org.claimline.workspace.WorkspaceScanner;

/**
 * The library of the open workspace: its rows filtered and sorted by a {@link LibraryQuery}, the background
 * index build (progress, cancel), search results, statuses, and the next / previous article in library order.
 * Works through a {@link WorkspacePort}; {@code background} runs the port's calls, {@code fx} applies results.
 */
public final class LibraryViewModel {
    private final Function<Path, WorkspacePort> opener;
    private final Executor background;
    private final Executor fx;
    private WorkspacePort port;
    private final ReadOnlyObjectWrapper<Path> root = new ReadOnlyObjectWrapper<>();
    private final List<LibraryRow> all = new ArrayList<>();
    private final ObservableList<LibraryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<WorkspaceScanner.Skipped> skipped = FXCollections.observableArrayList();
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObjectProperty<LibraryQuery> query = new SimpleObjectProperty<>(LibraryQuery.ALL);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty searchText = new SimpleStringProperty("");
    private final BooleanProperty building = new SimpleBooleanProperty();
    private final ObservableList<String> outlets = FXCollections.observableArrayList();
    private final ObservableList<String> issues = FXCollections.observableArrayList();
    private final ObservableList<String> actors = FXCollections.observableArrayList();
    private final ObjectProperty<Codebook> codebook = new SimpleObjectProperty<>();
    private final javafx.beans.property.IntegerProperty codebookChanges = new javafx.beans.property.SimpleIntegerProperty();
    private volatile AtomicBoolean cancel = new AtomicBoolean();
    private boolean again;
    private long searchGeneration;

    public LibraryViewModel(Function<Path, WorkspacePort> opener, Executor background, Executor fx) {
        this.opener = opener;
        this.background = background;
        this.fx = fx;
        query.addListener((o, a, b) -> applyQuery());
    }

    /** Opens {@code folder} as the workspace (closing the one open before) and starts building its library. */
    public void open(Path folder) {
        if (port != null) {
            cancel.set(true);
            WorkspacePort old = port;
            background.execute(old::close);
        }
        port = opener.apply(folder);
        root.set(folder);
        all.clear();
        rows.clear();
        hits.clear();
        skipped.clear();
        query.set(LibraryQuery.ALL);
        message.set("");
        codebook.set(null);
        WorkspacePort p = port;
        background.execute(() -> {
            try {
                p.resumeInterrupted(Progress.NONE).ifPresent(r -> fx.execute(() -> message.set(
                        "An interrupted codebook change was finished: " + r.edit().describe() + " (" + r.written()
                                + " files).")));
            } catch (Exception e) {
                fx.execute(() -> message.set(describe(e)));
            }
        });
        refresh();
        p.watch(() -> fx.execute(this::refresh));
    }

    public WorkspacePort port() {
        return port;
    }

    /** Brings the library up to date in the background; one build at a time (a request during one runs after). */
    public void refresh() {
        if (port == null) {
            return;
        }
        if (building.get()) {
            again = true;
            return;
        }
        building.set(true);
        progress.set(0);
        progressText.set("Reading the folder\u2026");
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        WorkspacePort p = port;
        background.execute(() -> {
            try {
                WorkspaceLibrary.Snapshot s = p.refresh(new Progress() {
                    @Override
                    public void update(int done, int total, String what) {
                        fx.execute(() -> {
                            if (p == port && total > 0) {
                                progress.set(done / (double) total);
                                progressText.set("Indexing " + done + " of " + total + " articles\u2026");
                            }
                        });
                    }

                    @Override
                    public boolean cancelled() {
                        return stop.get();
                    }
                });
                Map<String, ReadingStatus> st = p.statuses();
                Codebook cb = readCodebook(p);
                fx.execute(() -> {
                    if (p == port) {
                        seeCodebook(cb);
                        install(s, st);
                        finished(s.read() > 0 ? s.articles().size() + " articles, " + s.read() + " read anew" : "");
                    }
                });
            } catch (CancellationException e) {
                fx.execute(() -> finished("Indexing stopped; what was read is kept, the rest is read next time."));
            } catch (Exception e) {
                fx.execute(() -> finished(describe(e)));
            }
        });
    }

    private static Codebook readCodebook(WorkspacePort p) {
        try {
            return p.codebook();
        } catch (Exception e) {
            return null; // an unreadable codebook: the library still shows, in grey
        }
    }

    /**
     * The codebook as read with the library: when an entry was renamed, recoloured, merged away or deleted since
     * the last reading (by this window's codebook dialog, another window or another program), {@link
     * #codebookChangesProperty()} counts up so the open article and an open codebook dialog refresh. Entries only
     * added (a save in the reader) do not count.
     */
    void seeCodebook(Codebook cb) {
        if (cb == null || cb.equals(codebook.get())) {
            return;
        }
        Codebook before = codebook.get();
        codebook.set(cb);
        if (before != null && changesEntries(before, cb)) {
            codebookChanges.set(codebookChanges.get() + 1);
        }
    }

    /** Whether an entry of {@code before} is gone from {@code after} or has another name, colour or aliases there. */
    static boolean changesEntries(Codebook before, Codebook after) {
        for (Codebook.Code c : before.issues()) {
            if (after.issue(c.id()).filter(n -> n.name().equals(c.name()) && n.color().equals(c.color())).isEmpty()) {
                return true;
            }
        }
        for (Codebook.Person a : before.actors()) {
            if (after.actor(a.id()).filter(n -> n.name().equals(a.name()) && n.aliases().equals(a.aliases())).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The workspace's codebook as last read with the library (null before the first reading). */
    public ReadOnlyObjectProperty<Codebook> codebookProperty() {
        return codebook;
    }

    /** Counts the codebook changes that concern open articles (see {@link #seeCodebook}). */
    public javafx.beans.property.ReadOnlyIntegerProperty codebookChangesProperty() {
        return codebookChanges;
    }

    private void finished(String text) {
        building.set(false);
        progress.set(-1);
        progressText.set("");
        if (!text.isEmpty()) {
            message.set(text);
        }
        if (again) {
            again = false;
            refresh();
        }
    }

    /** Stops the running build (what was read is kept). */
    public void cancel() {
        cancel.set(true);
    }

    void install(WorkspaceLibrary.Snapshot s, Map<String, ReadingStatus> statuses) {
        all.clear();
        for (var a : s.articles()) {
            all.add(new LibraryRow(a, statuses.get(a.rel())));
        }
        skipped.setAll(s.skipped());
        outlets.setAll(LibraryQuery.outlets(all));
        issues.setAll(LibraryQuery.issues(all));
        actors.setAll(LibraryQuery.actors(all));
        applyQuery();
    }

    private void applyQuery() {
        rows.setAll(query.get().apply(all));
    }

    public void sortBy(LibraryQuery.Column c, boolean descending) {
        query.set(query.get().sortedBy(c, descending));
    }

    /** Sets a row's status (saved to the workspace file; a failure is told and the status restored). */
    public void setStatus(LibraryRow row, ReadingStatus status) {
        if (row.status() == status || port == null) {
            return;
        }
        LibraryRow next = new LibraryRow(row.info(), status);
        replace(row, next);
        WorkspacePort p = port;
        background.execute(() -> {
            try {
                p.saveStatus(row.rel(), status);
            } catch (Exception e) {
                fx.execute(() -> {
                    replace(next, row);
                    message.set("The status could not be saved: " + describe(e));
                });
            }
        });
    }

    private void replace(LibraryRow from, LibraryRow to) {
        int i = all.indexOf(from);
        if (i >= 0) {
            all.set(i, to);
        }
        applyQuery();
    }

    /** Searches the workspace; results replace the previous ones. */
    public void search() {
        String q = searchText.get();
        if (port == null || q == null || q.isBlank()) {
            hits.clear();
            return;
        }
        long gen = ++searchGeneration;
        WorkspacePort p = port;
        background.execute(() -> {
            try {
                List<SearchHit> found = p.search(q, 200);
                fx.execute(() -> {
                    if (gen == searchGeneration) {
                        hits.setAll(found);
                        message.set(found.isEmpty() ? "No matches for \u201C" + q + "\u201D." : found.size()
                                + (found.size() == 200 ? "+" : "") + (found.size() == 1 ? " match" : " matches") + " for \u201C" + q
                                + "\u201D.");
                    }
                });
            } catch (Exception e) {
                fx.execute(() -> message.set(describe(e)));
            }
        });
    }

    /** The article file of a row or hit path. */
    public Path pathOf(String rel) {
        return root.get().resolve(rel);
    }

    /** The row of an article file, if it is in this workspace. */
    public Optional<LibraryRow> rowOf(Path file) {
        if (root.get() == null || file == null) {
            return Optional.empty();
        }
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(root.get())) {
            return Optional.empty();
        }
        String rel = WorkspaceScanner.relative(root.get(), abs);
        return all.stream().filter(r -> r.rel().equals(rel)).findFirst();
    }

    /** The article after (or before, {@code step} -1) {@code current} in library order, skipping unreadable ones. */
    public Optional<Path> neighbour(Path current, int step) {
        List<LibraryRow> order = rows.isEmpty() ? all : rows;
        if (order.isEmpty()) {
            return Optional.empty();
        }
        int at = -1;
        Optional<LibraryRow> row = rowOf(current);
        if (row.isPresent()) {
            for (int i = 0; i < order.size(); i++) {
                if (order.get(i).rel().equals(row.get().rel())) {
                    at = i;
                    break;
                }
            }
        }
        int i = at < 0 ? (step > 0 ? -1 : order.size()) : at;
        for (int n = 0; n < order.size(); n++) {
            i += step;
            if (i < 0 || i >= order.size()) {
                return Optional.empty();
            }
            if (order.get(i).info().readable()) {
                return Optional.of(pathOf(order.get(i).rel()));
            }
        }
        return Optional.empty();
    }

    static String describe(Exception e) {
        return org.claimline.ui.common.Failures.describe(e);
    }

    public void close() {
        cancel.set(true);
        if (port != null) {
            port.close();
            port = null;
        }
    }

    public ReadOnlyObjectProperty<Path> rootProperty() {
        return root.getReadOnlyProperty();
    }

    public ObservableList<LibraryRow> rows() {
        return rows;
    }

    public int total() {
        return all.size();
    }

    public ObservableList<WorkspaceScanner.Skipped> skipped() {
        return skipped;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ObjectProperty<LibraryQuery> queryProperty() {
        return query;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public BooleanProperty buildingProperty() {
        return building;
    }

    public ObservableList<String> outlets() {
        return outlets;
    }

    public ObservableList<String> issues() {
        return issues;
    }

    public ObservableList<String> actors() {
        return actors;
    }

    /** Per-issue colours for the rows' bars, from the codebook (name → #rrggbb); read with the library, no disk access. */
    public Map<String, String> issueColours() {
        Map<String, String> m = new HashMap<>();
        if (codebook.get() != null) {
            codebook.get().issues().forEach(c -> m.put(c.name(), c.color()));
        }
        return m;
    }
}
