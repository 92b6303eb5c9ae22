package org.claimline.ui.workspace;

import org.claimline.ui.common.CoderIdentity;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import org.claimline.search.SearchHit;
import org.claimline.ui.common.UiPreferences;
import org.claimline.workspace.LibraryRow;

/**
 * The workspace in the window: File ▸ Open Folder…, Add from Link…, New from Clipboard, Coder Identity…;
 * View ▸ Library, Next / Previous Article; Tools ▸ Codebook…. Holds the library's view-model and view.
 */
public final class WorkspaceUi {
    public static final String CODER_NAME = CoderIdentity.NAME;
    private final LibraryViewModel vm;
    private final Executor background;
    private final Executor fx;
    private final UiPreferences prefs;
    private LibraryView view;
    private Node node;
    private ReaderHost host;
    private CodebookViewModel openCodebook;

    public WorkspaceUi(LibraryViewModel vm, Executor background, Executor fx, UiPreferences prefs) {
        this.vm = vm;
        this.background = background;
        this.fx = fx;
        this.prefs = prefs;
        vm.codebookChangesProperty().addListener((o, a, b) -> codebookChanged());
    }

    /**
     * The codebook changed on disk (this window's dialog, another window, another program): the article in the
     * reader is read again (saved first; its entries take the new names and colours) and an open codebook dialog
     * shows the new entries.
     */
    private void codebookChanged() {
        Path current = host == null ? null : host.currentArticle();
        Path root = vm.rootProperty().get();
        if (current != null && root != null && current.toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize())
                && Files.exists(current)) {
            host.reload();
        }
        if (openCodebook != null && !openCodebook.busyProperty().get()) {
            openCodebook.load();
        }
    }

    public LibraryViewModel viewModel() {
        return vm;
    }

    public LibraryView view() {
        return view;
    }

    /** The library node (built once). */
    public Node node(ReaderHost h) {
        this.host = h;
        if (node == null) {
            view = new LibraryView(vm, this::openFromLibrary);
            node = view.createView();
        }
        return node;
    }

    public List<MenuItem> fileItems() {
        MenuItem open = item("Open Folder\u2026", "Shortcut+Shift+O", this::chooseFolder);
        open.setId("open-folder");
        MenuItem link = item("Add from Link\u2026", null, this::addFromLink);
        link.disableProperty().bind(vm.rootProperty().isNull());
        MenuItem paste = item("New from Clipboard", null, this::addFromClipboard);
        paste.disableProperty().bind(vm.rootProperty().isNull());
        javafx.scene.control.Menu recent = new javafx.scene.control.Menu("Open Recent Folder");
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        MenuItem coder = item("Coder Identity\u2026", null, this::askCoderName);
        return List.of(open, recent, link, paste, coder);
    }

    public List<MenuItem> viewItems() {
        MenuItem library = item("Library", "Shortcut+L", () -> host.showLibrary(!host.libraryShown()));
        library.disableProperty().bind(vm.rootProperty().isNull());
        MenuItem next = item("Next Article", null, () -> step(1));
        next.setAccelerator(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.PAGE_DOWN,
                KeyCombination.SHORTCUT_DOWN));
        next.disableProperty().bind(vm.rootProperty().isNull());
        MenuItem prev = item("Previous Article", null, () -> step(-1));
        prev.setAccelerator(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.PAGE_UP,
                KeyCombination.SHORTCUT_DOWN));
        prev.disableProperty().bind(vm.rootProperty().isNull());
        return List.of(library, next, prev);
    }

    public List<MenuItem> toolItems() {
        MenuItem cb = item("Codebook\u2026", "Shortcut+Shift+K", this::showCodebook);
        cb.setId("codebook-menu");
        cb.disableProperty().bind(vm.rootProperty().isNull());
        return List.of(cb);
    }

    private static MenuItem item(String text, String accel, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accel != null) {
            m.setAccelerator(KeyCombination.keyCombination(accel));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    /** Opens {@code folder} as the workspace and shows its library. */
    public void openFolder(Path folder) {
        vm.open(folder.toAbsolutePath().normalize());
        new RecentFolders(prefs).add(folder);
        host.showLibrary(true);
    }

    private void fillRecent(javafx.scene.control.Menu menu) {
        menu.getItems().clear();
        for (Path p : new RecentFolders(prefs).list()) {
            MenuItem m = new MenuItem(p.getFileName() + "   \u2014 " + (p.getParent() == null ? "" : p.getParent()));
            m.setMnemonicParsing(false);
            m.setOnAction(e -> openFolder(p));
            menu.getItems().add(m);
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No folders yet");
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }

    private void chooseFolder() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Open a folder of articles");
        File f = dc.showDialog(host.window());
        if (f != null) {
            openFolder(f.toPath());
        }
    }

    /** Opens a row (or a search hit) in the reader, at the hit. */
    public void openFromLibrary(LibraryRow row, SearchHit hit) {
        if (row.info().problem() != null && hit == null) {
            alert("This article cannot be opened", row.rel() + ": " + row.info().problem());
            return;
        }
        Path p = vm.pathOf(row.rel());
        if (!host.openArticle(p)) {
            return;
        }
        host.showLibrary(false);
        if (hit != null) {
            host.whenShown(p, () -> {
                if (hit.claimId() != null) {
                    host.selectClaim(hit.claimId());
                } else if (hit.offset() >= 0) {
                    int first = hit.marks().isEmpty() ? 0 : hit.marks().get(0)[0];
                    int last = hit.marks().isEmpty() ? 0 : hit.marks().get(0)[1];
                    host.selectRange(hit.offset() + first, hit.offset() + last);
                }
            });
        }
    }

    /** Next (1) or previous (-1) article in library order. */
    public void step(int direction) {
        vm.neighbour(host.currentArticle(), direction).ifPresentOrElse(p -> {
            if (host.openArticle(p)) {
                host.showLibrary(false);
            }
        }, () -> vm.messageProperty().set(direction > 0 ? "This is the last article of the library."
                : "This is the first article of the library."));
    }

    private void addFromLink() {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(host.window());
        d.setTitle("Add from Link");
        d.setHeaderText("Address of the page to save into " + vm.rootProperty().get().getFileName());
        d.showAndWait().filter(s -> !s.isBlank()).ifPresent(url -> {
            vm.messageProperty().set("Downloading " + url + "\u2026");
            background.execute(() -> {
                try {
                    Path saved = vm.port().addFromLink(url);
                    fx.execute(() -> added(saved));
                } catch (Exception e) {
                    fx.execute(() -> {
                        vm.messageProperty().set("");
                        alert("The page was not added", LibraryViewModel.describe(e));
                    });
                }
            });
        });
    }

    private void addFromClipboard() {
        Clipboard cb = Clipboard.getSystemClipboard();
        String content = cb.hasHtml() ? cb.getHtml() : cb.hasString() ? cb.getString() : null;
        if (content == null || content.isBlank()) {
            alert("Nothing to add", "The clipboard holds no text. Copy an article's text or a page, then try again.");
            return;
        }
        background.execute(() -> {
            try {
                Path saved = vm.port().addFromClipboard(content);
                fx.execute(() -> added(saved));
            } catch (Exception e) {
                fx.execute(() -> alert("The text was not added", LibraryViewModel.describe(e)));
            }
        });
    }

    private void added(Path saved) {
        vm.messageProperty().set("Added " + saved.getFileName() + ".");
        vm.refresh();
        if (host.openArticle(saved)) {
            host.showLibrary(false);
        }
    }

    /** Name, initials and ORCID iD recorded as the creator of new claims; a mistyped ORCID iD is said and kept open. */
    private void askCoderName() {
        CoderIdentity id = new CoderIdentity(prefs);
        javafx.scene.control.Dialog<ButtonType> d = new javafx.scene.control.Dialog<>();
        d.initOwner(host.window());
        d.setTitle("Coder Identity");
        d.setHeaderText("You as the author of the claims you record (in sidecars and exports)");
        javafx.scene.control.TextField name = new javafx.scene.control.TextField(id.name());
        name.setPromptText(System.getProperty("user.name", ""));
        javafx.scene.control.TextField initials = new javafx.scene.control.TextField(id.initials());
        initials.setPromptText("optional, e.g. AL");
        javafx.scene.control.TextField orcid = new javafx.scene.control.TextField(id.orcid());
        orcid.setPromptText("optional, e.g. 0000-0002-1825-0097");
        orcid.setPrefColumnCount(24);
        javafx.scene.control.Label problem = new javafx.scene.control.Label();
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        problem.getStyleClass().add("error-text");
        javafx.scene.layout.GridPane g = new javafx.scene.layout.GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new javafx.scene.control.Label("Name"), name);
        g.addRow(1, new javafx.scene.control.Label("Initials"), initials);
        g.addRow(2, new javafx.scene.control.Label("ORCID iD"), orcid);
        g.add(problem, 0, 3, 2, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e ->
                id.save(name.getText(), initials.getText(), orcid.getText()).ifPresent(why -> {
                    problem.setText(why);
                    e.consume();
                }));
        d.showAndWait();
    }

    private void showCodebook() {
        // the library's refresh after a change sees the new codebook and reloads the open article (codebookChanged)
        CodebookViewModel cvm = new CodebookViewModel(vm.port(), background, fx, vm::refresh);
        openCodebook = cvm;
        javafx.scene.control.Dialog<Void> dialog = new CodebookDialog(cvm, host.window()).build();
        dialog.setOnHidden(e -> {
            if (openCodebook == cvm) {
                openCodebook = null;
            }
        });
        dialog.show();
    }

    private void alert(String header, String text) {
        Alert a = new Alert(Alert.AlertType.WARNING, text);
        a.initOwner(host.window());
        a.setHeaderText(header);
        a.show();
    }
}
