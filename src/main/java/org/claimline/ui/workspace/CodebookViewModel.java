package org.claimline.ui.workspace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.claimline.ui.common.Failures;
import org.claimline.export.CodebookExchange;
import org.claimline.model.Codebook;
import org.claimline.workspace.CodebookEdit;
import org.claimline.workspace.CodebookImport;
import org.claimline.workspace.Progress;

/**
 * The codebook dialog's state: the workspace's issues and actors, and the edits that reach every sidecar (run in
 * the background with progress; each can be undone in one step), export to .qdc/.csv and import
 * with a preview. {@code onChanged} runs after each change (the library refreshes, the open article reloads).
 */
public final class CodebookViewModel {
    private final WorkspacePort port;
    private final Executor background;
    private final Executor fx;
    private final Runnable onChanged;
    private final ObservableList<Codebook.Code> issues = FXCollections.observableArrayList();
    private final ObservableList<Codebook.Person> actors = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<CodebookEdit> undoable = new SimpleObjectProperty<>();
    private Codebook codebook = Codebook.empty();

    public CodebookViewModel(WorkspacePort port, Executor background, Executor fx, Runnable onChanged) {
        this.port = port;
        this.background = background;
        this.fx = fx;
        this.onChanged = onChanged;
    }

    public void load() {
        background.execute(() -> {
            try {
                Codebook cb = port.codebook();
                fx.execute(() -> show(cb));
            } catch (Exception e) {
                fx.execute(() -> message.set(Failures.describe(e)));
            }
        });
    }

    private void show(Codebook cb) {
        codebook = cb;
        issues.setAll(cb.issues());
        actors.setAll(cb.actors());
    }

    public void rename(CodebookEdit.Kind kind, String id, String name) {
        if (name == null || name.isBlank()) {
            message.set("A name cannot be empty.");
            return;
        }
        boolean taken = kind == CodebookEdit.Kind.ISSUE
                ? codebook.issueNamed(name).filter(c -> !c.id().equals(id)).isPresent()
                : codebook.actorNamed(name).filter(c -> !c.id().equals(id)).isPresent();
        if (taken) {
            message.set("\u201C" + name.strip() + "\u201D is already in the codebook: use Merge to fold one into the other.");
            return;
        }
        run(new CodebookEdit.Rename(kind, id, name.strip()));
    }

    public void recolour(String id, String colour) {
        run(new CodebookEdit.Recolour(id, colour.toLowerCase(Locale.ROOT)));
    }

    public void merge(CodebookEdit.Kind kind, String from, String into) {
        if (from.equals(into)) {
            return;
        }
        run(new CodebookEdit.Merge(kind, from, into));
    }

    public void delete(CodebookEdit.Kind kind, String id) {
        run(new CodebookEdit.Delete(kind, id));
    }

    /** How many claims an entry tags, for the question before a merge or delete; {@code answer} runs on fx. */
    public void countClaims(CodebookEdit.Kind kind, String id, Consumer<Integer> answer) {
        background.execute(() -> {
            try {
                int n = port.countClaims(kind, id);
                fx.execute(() -> answer.accept(n));
            } catch (Exception e) {
                fx.execute(() -> message.set(Failures.describe(e)));
            }
        });
    }

    /**
     * Undoes the last rename, recolour, merge or delete in one step (itself one more change through every sidecar:
     * a merge or delete gives every sidecar back its entry and its claims' tags as they were).
     */
    public void undo() {
        CodebookEdit u = undoable.get();
        if (u != null) {
            undoable.set(null);
            run(u, false);
        }
    }

    private void run(CodebookEdit edit) {
        run(edit, true);
    }

    private void run(CodebookEdit edit, boolean offerUndo) {
        if (busy.get()) {
            message.set("Another change is still being applied; try again when it is done.");
            return;
        }
        busy.set(true);
        progress.set(0);
        message.set(edit.describe() + "\u2026");
        background.execute(() -> {
            try {
                var r = port.apply(edit, new Progress() {
                    @Override
                    public void update(int done, int total, String what) {
                        fx.execute(() -> progress.set(total == 0 ? 1 : done / (double) total));
                    }

                    @Override
                    public boolean cancelled() {
                        return false;
                    }
                });
                fx.execute(() -> {
                    busy.set(false);
                    progress.set(-1);
                    show(r.codebook());
                    undoable.set(offerUndo ? r.undo() : null);
                    message.set(edit.describe() + ": " + r.written() + (r.written() == 1 ? " file" : " files") + " changed"
                            + (r.problems().isEmpty() ? "." : "; " + r.problems().size() + " left as they were: "
                            + String.join("; ", r.problems())));
                    onChanged.run();
                });
            } catch (Exception e) {
                fx.execute(() -> {
                    busy.set(false);
                    progress.set(-1);
                    message.set(Failures.describe(e));
                });
            }
        });
    }

    public void export(Path target, boolean qdc) {
        background.execute(() -> {
            try {
                Codebook cb = port.codebook();
                if (org.claimline.storage.SidecarNames.isSidecar(target)) {
                    throw new java.io.IOException(target.getFileName() + " is a claims file; choose another name");
                }
                org.claimline.files.AtomicFiles.write(target, (qdc ? CodebookExchange.toQdc(cb)
                        : CodebookExchange.toCsv(cb)).getBytes(StandardCharsets.UTF_8), false);
                fx.execute(() -> message.set("Exported to " + target.getFileName() + "."));
            } catch (Exception e) {
                fx.execute(() -> message.set("The codebook could not be exported: " + Failures.describe(e)));
            }
        });
    }

    /** Reads a .qdc or .csv and hands the preview of merging it (by name) to {@code preview}. */
    public void previewImport(Path file, java.util.function.BiConsumer<Codebook, List<CodebookImport.Change>> preview) {
        background.execute(() -> {
            try {
                if (Files.size(file) > 8L * 1024 * 1024) {
                    throw new java.io.IOException(file.getFileName() + " is too large for a codebook");
                }
                byte[] bytes = Files.readAllBytes(file);
                Codebook in = file.toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                        ? CodebookExchange.fromCsv(new String(bytes, StandardCharsets.UTF_8)) : CodebookExchange.fromQdc(bytes);
                List<CodebookImport.Change> changes = CodebookImport.preview(port.codebook(), in);
                fx.execute(() -> preview.accept(in, changes));
            } catch (Exception e) {
                fx.execute(() -> message.set(file.getFileName() + " cannot be imported: " + Failures.describe(e)));
            }
        });
    }

    public void applyImport(Codebook incoming) {
        background.execute(() -> {
            try {
                Codebook cb = port.updateCodebook(now -> CodebookImport.apply(now, incoming));
                fx.execute(() -> {
                    show(cb);
                    message.set("Imported.");
                    onChanged.run();
                });
            } catch (Exception e) {
                fx.execute(() -> message.set(Failures.describe(e)));
            }
        });
    }

    /** Adds a new issue or actor to the codebook (no sidecar changes). */
    public void add(CodebookEdit.Kind kind, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        background.execute(() -> {
            try {
                Codebook cb = port.updateCodebook(now -> kind == CodebookEdit.Kind.ISSUE
                        ? (now.issueNamed(name).isPresent() ? now : now.withIssue(new Codebook.Code("issue-"
                        + java.util.UUID.randomUUID(), name.strip(), org.claimline.session.IssuePalette.next(now.issues().stream().map(Codebook.Code::color).collect(java.util.stream.Collectors.toSet()), now.issues().size()), "")))
                        : (now.actorNamed(name).isPresent() ? now : now.withActor(new Codebook.Person("actor-"
                        + java.util.UUID.randomUUID(), name.strip(), List.of(), ""))));
                fx.execute(() -> show(cb));
            } catch (Exception e) {
                fx.execute(() -> message.set(Failures.describe(e)));
            }
        });
    }

    public ObservableList<Codebook.Code> issues() {
        return issues;
    }

    public ObservableList<Codebook.Person> actors() {
        return actors;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<CodebookEdit> undoableProperty() {
        return undoable;
    }
}
