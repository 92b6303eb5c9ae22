package org.claimline.app;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.claimline.ui.MainView;
import org.claimline.ui.common.MemoryPreferences;
import org.claimline.ui.reader.ReaderViewModel;
import org.testfx.api.FxRobot;

/** Helpers for the window tests: calls on the FX thread, and the real reader window on real sidecars. */
final class FxCalls {
    private FxCalls() {
    }

    static <T> T call(FxRobot robot, Callable<T> c) {
        AtomicReference<T> out = new AtomicReference<>();
        robot.interact(() -> {
            try {
                out.set(c.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return out.get();
    }

    /** Shows the reader window as the app wires it (sidecars beside the articles, export and import), in memory preferences. */
    static MainView showReader(Stage stage, Executor io) {
        ReaderViewModel vm = new ReaderViewModel(new CleanerArticleSource(AppContext.cleaner()),
                AppContext.repository(), new MemoryPreferences(), io, Platform::runLater)
                .withSharing(AppContext.sharing()).withAnalysis(AppContext.analysis(io, Platform::runLater));
        MainView view = new MainView(vm);
        stage.setScene(view.createScene(stage));
        view.bind();
        stage.setWidth(1100);
        stage.setHeight(760);
        stage.show();
        return view;
    }
}
