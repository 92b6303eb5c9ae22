package org.claimline.ui.workspace;

import org.claimline.ui.common.CoderIdentity;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import org.claimline.ui.action.UiAction;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
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
    /** The window this workspace shows its library in; set before any action runs. */
    public void attach(ReaderHost h) {
        this.host = h;
    }

    /** The library view, made the first time it is shown (not while the window starts). */
    public Node node() {
        if (node == null) {
            view = new LibraryView(vm, this::openFromLibrary);
            node = view.createView();
        }
        return node;
    }

    /**
     * The workspace's actions, added to the window's {@link ActionSet} (which makes their menu items, keys and
     * shortcut listing, and refuses a key another action has): Add from Link, New from Clipboard, Coder Identity,
     * Library, Next / Previous Article, Codebook. Open Folder is the window's own action, run by {@link
     * #chooseFolder()}.
     */
    public List<UiAction> actions() {
        ObservableBooleanValue open = vm.rootProperty().isNotNull();
        String ws = "Workspace";
        return List.of(
                UiAction.of("add-link", "Add from Link\u2026", ws, "", this::addFromLink).enabledWhen(open),
                UiAction.of("new-from-clipboard", "New from Clipboard", ws, "", this::addFromClipboard)
                        .enabledWhen(open),
                UiAction.of("coder-identity", "Coder Identity\u2026", ws, "", this::askCoderName),
                UiAction.of("library", "Library", ws, "Show or hide the workspace's library",
                        () -> host.showLibrary(!host.libraryShown()), "Shortcut+L").enabledWhen(open),
                UiAction.of("next-article", "Next Article", ws, "Next article of the library", () -> step(1),
                        "Shortcut+Page Down").enabledWhen(open),
                UiAction.of("previous-article", "Previous Article", ws, "Previous article of the library",
                        () -> step(-1), "Shortcut+Page Up").enabledWhen(open),
                UiAction.of("codebook", "Codebook\u2026", ws, "The workspace's codebook", this::showCodebook,
                        "Shortcut+Shift+K").enabledWhen(open));
    }

    /** File ▸ Open Recent Folder: the last workspaces, filled each time it opens. */
    public javafx.scene.control.Menu recentMenu() {
        javafx.scene.control.Menu recent = new javafx.scene.control.Menu("Open Recent Folder");
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        return recent;
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

    public void chooseFolder() {
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
