package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimline.model.Issue;
import org.claimline.search.SearchHit;
import org.claimline.ui.MainView;
import org.claimline.ui.common.MemoryPreferences;
import org.claimline.ui.reader.ReaderViewModel;
import org.claimline.ui.workspace.WorkspaceUi;
import org.claimline.workspace.LibraryRow;
import org.claimline.workspace.bench.WorkspaceGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workspace as an analyst uses it, in the real window: open a folder, the library, open an article, the next
 * article from the keyboard, search and open a hit, and a codebook rename seen in another article.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceWindowFxTest {
    private static Path dir;
    private static Path cache;
    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private final ExecutorService workspaceIo = Executors.newCachedThreadPool();
    private MainView view;
    private ReaderViewModel vm;
    private WorkspaceUi ws;
    private MemoryPreferences prefs;
    private Stage stage;

    @BeforeAll
    static void workspace() throws Exception {
        dir = Files.createTempDirectory("claimline-ws-fx");
        cache = Files.createTempDirectory("claimline-ws-cache");
        System.setProperty("claimline.cacheDir", cache.toString());
        new WorkspaceGenerator().generate(dir, 6, 18, 42);
    }

    @AfterAll
    static void clearProperty() {
        System.clearProperty("claimline.cacheDir");
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        prefs = new MemoryPreferences();
        prefs.put(WorkspaceUi.CODER_NAME, "Ana Analyst");
        vm = new ReaderViewModel(new CleanerArticleSource(AppContext.cleaner()), AppContext.annotationStore(), prefs,
                io, Platform::runLater);
        view = new MainView(vm);
        stage.setScene(view.createScene(stage));
        view.bind();
        ws = AppContext.workspaceUi(workspaceIo, Platform::runLater, prefs);
        view.attachWorkspace(ws);
        stage.setWidth(1200);
        stage.setHeight(800);
        stage.show();
        vm.openSample();
    }

    @AfterEach
    void stop() {
        Platform.runLater(() -> ws.viewModel().close());
        io.shutdownNow();
        workspaceIo.shutdownNow();
    }

    private <T> T fx(FxRobot robot, java.util.concurrent.Callable<T> c) {
        return FxCalls.call(robot, c);
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> c) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, c);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void folderLibraryArticleNextSearchAndCodebookRename(FxRobot robot) throws Exception {
        waitFor(() -> vm.renderedProperty().get());
        // the workspace's actions joined the window's one set: no key twice, listed in Help, library not yet built
        assertTrue(view.actions().sharedKeys().isEmpty(), view.actions().sharedKeys().toString());
        java.util.List<String> help = view.actions().helpRows().stream().map(r -> r.keys() + " " + r.text()).toList();
        assertTrue(help.stream().anyMatch(r -> r.endsWith("The workspace's codebook")), help.toString());
        assertTrue(help.stream().anyMatch(r -> r.endsWith("Open a folder as a workspace")), help.toString());
        assertTrue(ws.view() == null, "the library is made when first shown, not with the window");
        robot.interact(() -> view.openFile(dir));
        TableView<LibraryRow> table = robot.lookup("#library-table").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 6 && !ws.viewModel().buildingProperty().get());
        // over the library, the status bar does not describe the reader's article (here the sample)
        assertTrue(!robot.lookup("#status-save").query().isVisible() && !robot.lookup("#status-claims").query().isVisible(),
                "the reader's save state is not shown over the library");
        assertTrue(fx(robot, () -> !view.actions().get("add-claim").enabled().get() && !view.actions().get("find").enabled().get()),
                "the reader's commands are off while the library stands in its place");
        assertTrue(robot.lookup("#removed-toggle").query().isDisabled(), "Removed text too");

        // open the first article from the library
        robot.doubleClickOn(robot.from(table).lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        Path first = dir.resolve(fx(robot, () -> table.getItems().get(0).rel()));
        waitFor(() -> first.equals(vm.fileProperty().get()) && !vm.busyProperty().get());
        assertTrue(robot.lookup("#library-table").tryQuery().isEmpty() || !robot.lookup("#library-table").query().isVisible()
                || robot.lookup("#library-table").query().getScene() == null, "the reader is shown");
        assertEquals("Trade", fx(robot, () -> vm.session().taxonomy().issue("issue-0").map(Issue::name).orElseThrow()));
        assertTrue(robot.lookup("#status-save").query().isVisible(), "the reader's save state is back with the reader");
        assertTrue(fx(robot, () -> view.actions().get("add-claim").enabled().get()), "and its commands");
        assertFalse(robot.lookup("#removed-toggle").query().isDisabled(), "Removed text too");

        // the next article from the keyboard
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        Path second = dir.resolve(fx(robot, () -> table.getItems().get(1).rel()));
        waitFor(() -> second.equals(vm.fileProperty().get()) && !vm.busyProperty().get());

        // back to the library and search
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        TextField search = robot.lookup("#library-search").queryAs(TextField.class);
        robot.clickOn(search).write("government").type(KeyCode.ENTER);
        ListView<SearchHit> hits = ws.view().results();
        waitFor(() -> !hits.getItems().isEmpty() && hits.getScene() != null);
        SearchHit hit = fx(robot, () -> hits.getItems().get(0));
        robot.clickOn(robot.from(hits).lookup(".list-cell").nth(0).queryAs(javafx.scene.Node.class));
        Path hitFile = dir.resolve(hit.rel());
        waitFor(() -> hitFile.equals(vm.fileProperty().get()) && !vm.busyProperty().get());

        // rename an issue in the codebook (Tools ▸ Codebook…) and see it in another article
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        ListView<org.claimline.model.Codebook.Code> issues = robot.lookup("#codebook-issues").queryAs(ListView.class);
        waitFor(() -> issues.getItems().size() == 10);
        robot.clickOn(robot.from(issues).lookup(".list-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#codebook-rename");
        robot.lookup("#codebook-name").queryAs(TextField.class);
        robot.interact(() -> robot.lookup("#codebook-name").queryAs(TextField.class).setText("Commerce"));
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#codebook-message").queryLabeled().getText().contains("files changed"));
        robot.type(KeyCode.ESCAPE);
        Path other = dir.resolve(fx(robot, () -> table.getItems().get(2).rel()));
        assertNotEquals(other, vm.fileProperty().get());
        robot.interact(() -> view.openFile(other));
        waitFor(() -> other.equals(vm.fileProperty().get()) && !vm.busyProperty().get());
        assertEquals("Commerce", fx(robot, () -> vm.session().taxonomy().issue("issue-0").map(Issue::name).orElseThrow()));
        assertFalse(Files.readString(org.claimline.storage.SidecarStore.sidecarFor(other)).contains("\"Trade\""));
    }

    /** A folder dropped on the window opens as the workspace and joins the recent folders; Ctrl+PgDn / PgUp hop. */
    @Test
    @SuppressWarnings("unchecked")
    void aFolderDroppedOnTheWindowOpensAsTheWorkspace(FxRobot robot) throws Exception {
        waitFor(() -> vm.renderedProperty().get());
        robot.interact(() -> {
            javafx.scene.input.Dragboard board = com.sun.javafx.scene.input.DragboardHelper.createDragboard(new Files1(dir));
            javafx.scene.Scene scene = stage.getScene();
            javafx.event.Event.fireEvent(scene, new javafx.scene.input.DragEvent(javafx.scene.input.DragEvent.DRAG_OVER,
                    board, 300, 300, 300, 300, null, null, null, null));
            javafx.event.Event.fireEvent(scene, new javafx.scene.input.DragEvent(javafx.scene.input.DragEvent.DRAG_DROPPED,
                    board, 300, 300, 300, 300, javafx.scene.input.TransferMode.COPY, null, null, null));
        });
        TableView<LibraryRow> table = robot.lookup("#library-table").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 6 && !ws.viewModel().buildingProperty().get());
        assertEquals(dir, ws.viewModel().rootProperty().get());
        assertEquals(java.util.List.of(dir.toAbsolutePath().normalize()),
                new org.claimline.ui.workspace.RecentFolders(prefs).list().stream().map(p -> p.toAbsolutePath().normalize()).toList());

        robot.doubleClickOn(robot.from(table).lookup(".table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        Path second = dir.resolve(fx(robot, () -> table.getItems().get(1).rel()));
        waitFor(() -> second.equals(vm.fileProperty().get()) && !vm.busyProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_UP).release(KeyCode.PAGE_UP, KeyCode.CONTROL);
        Path first = dir.resolve(fx(robot, () -> table.getItems().get(0).rel()));
        waitFor(() -> first.equals(vm.fileProperty().get()) && !vm.busyProperty().get());
    }

    /** A drag's content holding one folder, as the desktop hands it over. */
    private static final class Files1 implements com.sun.javafx.tk.TKClipboard {
        private final java.util.List<java.io.File> files;

        Files1(Path folder) {
            files = java.util.List.of(folder.toFile());
        }

        @Override
        public void setSecurityContext(java.security.AccessControlContext acc) {
        }

        @Override
        public java.util.Set<javafx.scene.input.DataFormat> getContentTypes() {
            return java.util.Set.of(javafx.scene.input.DataFormat.FILES);
        }

        @Override
        @SafeVarargs
        public final boolean putContent(javafx.util.Pair<javafx.scene.input.DataFormat, Object>... content) {
            return false;
        }

        @Override
        public Object getContent(javafx.scene.input.DataFormat f) {
            return javafx.scene.input.DataFormat.FILES.equals(f) ? files : null;
        }

        @Override
        public boolean hasContent(javafx.scene.input.DataFormat f) {
            return javafx.scene.input.DataFormat.FILES.equals(f);
        }

        @Override
        public java.util.Set<javafx.scene.input.TransferMode> getTransferModes() {
            return java.util.Set.of(javafx.scene.input.TransferMode.COPY);
        }

        @Override
        public void setDragView(javafx.scene.image.Image image) {
        }

        @Override
        public void setDragViewOffsetX(double x) {
        }

        @Override
        public void setDragViewOffsetY(double y) {
        }

        @Override
        public javafx.scene.image.Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
