package org.claimline.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.claimline.ui.MainView;
import org.claimline.ui.ReaderViewModel;

/** The JavaFX application: wires the reader window and opens the sample or the file given. */
public final class ClaimlineApp extends Application {
    private ExecutorService io;
    private MainView view;

    static void launchApp(String[] args) {
        Application.launch(ClaimlineApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        DesktopStartup.mark("toolkit started");
        io = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "claimline-io");
            t.setDaemon(false);
            return t;
        });
        DesktopStartup startup = DesktopStartup.current();
        view = createWindow(stage, AppContext.readerViewModel(io, Platform::runLater, startup));
        DesktopStartup.mark("window built");
        stage.setOnHidden(e -> view.rememberLayout());
        stage.show();
        CompletableFuture<Void> firstRender = new CompletableFuture<>();
        view.viewModel().renderedProperty().subscribe(r -> {
            if (r) {
                firstRender.complete(null);
            }
        });
        startup.windowShown(stage, firstRender, view::openFile);
        startup.options().file().ifPresentOrElse(view::openFile, () -> view.viewModel().openSample());
    }

    /** Builds the reader window on {@code stage}. */
    private static MainView createWindow(Stage stage, ReaderViewModel vm) {
        DesktopStartup.mark("view-model made");
        MainView view = new MainView(vm);
        DesktopStartup.mark("view made");
        stage.setScene(view.createScene(stage));
        DesktopStartup.mark("scene made");
        view.bind();
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        return view;
    }

    /** Opens {@code file} in the running window (second-instance hand-off, drag and drop). */
    void openFile(Path file) {
        view.openFile(file);
    }

    @Override
    public void stop() {
        if (view != null) {
            view.viewModel().saveNow();
        }
        if (io != null) {
            io.shutdown(); // lets a save in progress finish
        }
    }
}
