package org.claimline.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

/** The JavaFX application. (Initial shell; the reader window replaces it.) */
public final class ClaimlineApp extends Application {

    static void launchApp(String[] args) {
        Application.launch(ClaimlineApp.class, args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        TextArea area = new TextArea(SampleArticle.clean().text());
        area.setWrapText(true);
        stage.setScene(new Scene(area, 1000, 700));
        stage.setTitle("Claimline");
        stage.show();
    }
}
