package org.claimline.app;

import java.nio.file.Path;
import java.util.List;
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
        io = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "claimline-io");
            t.setDaemon(false);
            return t;
        });
        view = createWindow(stage, io);
        stage.setOnHidden(e -> view.rememberLayout());
        stage.show();
        open(view, getParameters().getRaw());
    }

    /** Builds the reader window on {@code stage} (also used by bench-ui and the UI tests). */
    static MainView createWindow(Stage stage, ExecutorService io) {
        ReaderViewModel vm = AppContext.readerViewModel(io, Platform::runLater);
        MainView view = new MainView(vm);
        stage.setScene(view.createScene(stage));
        view.bind();
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        return view;
    }

    /** The first non-option argument is the article to open; without one, the sample. */
    static void open(MainView view, List<String> args) {
        args.stream().filter(a -> !a.startsWith("--")).findFirst()
                .ifPresentOrElse(a -> view.openFile(Path.of(a)), () -> view.viewModel().openSample());
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
