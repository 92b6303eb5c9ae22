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
        CompletableFuture<Void> firstRender = show(area, startup.initialArticle(), startup.options().file());
        startup.windowShown(stage, firstRender,
                file -> show(area, DesktopStartup.loadArticle(Optional.of(file)), Optional.of(file)));
    }

    /** The future completes once the text has been drawn. */
    private static CompletableFuture<Void> show(TextArea area, CompletableFuture<Article> loading, Optional<Path> file) {
        CompletableFuture<Void> rendered = new CompletableFuture<>();
        loading.whenComplete((article, failure) -> Platform.runLater(() -> {
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
}
