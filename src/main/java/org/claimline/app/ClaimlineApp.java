package org.claimline.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.claimline.model.Article;

/** The JavaFX application. (Initial shell; the reader window replaces it.) */
public final class ClaimlineApp extends Application {

    static void launchApp(String[] args) {
        Application.launch(ClaimlineApp.class, args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        TextArea area = new TextArea();
        area.setWrapText(true);
        stage.setScene(new Scene(area, 1000, 700));
        stage.setTitle("Claimline");
        stage.show();
        DesktopStartup startup = DesktopStartup.current();
        CompletableFuture<Void> firstRender = openFile(area, startup.options().file());
        startup.windowShown(stage, firstRender, file -> openFile(area, Optional.of(file)));
    }

    /** Cleans off the FX thread; the future completes once the text has been drawn. */
    private static CompletableFuture<Void> openFile(TextArea area, Optional<Path> file) {
        CompletableFuture<Void> rendered = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> load(file)).whenComplete((article, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                area.setText("Cannot open " + file.orElse(null) + ": " + failure.getCause());
                rendered.completeExceptionally(failure);
            } else {
                area.setText(article.text());
                SmokeMode.firstPulse().thenRun(() -> rendered.complete(null));
            }
        }));
        return rendered;
    }

    private static Article load(Optional<Path> file) {
        if (file.isEmpty()) {
            return SampleArticle.clean();
        }
        try {
            return AppContext.cleaner().clean(file.get());
        } catch (Exception e) {
            throw new java.util.concurrent.CompletionException(e);
        }
    }
}
