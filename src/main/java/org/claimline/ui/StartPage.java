package org.claimline.ui;

import org.claimline.ui.reader.ReaderViewModel;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What the window shows with no article open (a failed open at start, before the first one): the failure, with
 * the file named, and the ways in: open a file or a folder, a recent file, the sample, Getting Started.
 */
final class StartPage {
    private StartPage() {
    }

    /** The actions of the page's buttons, all run on the FX thread. */
    record Actions(Runnable openFile, Runnable openFolder, BooleanProperty folderAvailable, Consumer<Path> openRecent,
                   Runnable openSample, Runnable gettingStarted) {
    }

    static Node create(ReaderViewModel vm, Actions actions) {
        Label title = new Label("Claimline");
        title.getStyleClass().add("start-title");
        Label lead = new Label("Read op-eds and record the claims they make: who they are about, which issues, "
                + "and where the author stands.");
        lead.setWrapText(true);
        lead.getStyleClass().add("start-lead");
        Label failure = new Label();
        failure.setId("start-failure");
        failure.setWrapText(true);
        failure.getStyleClass().add("start-failure");
        failure.textProperty().bind(vm.startFailureProperty());
        failure.visibleProperty().bind(vm.startFailureProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());

        Button open = button("Open File\u2026", "start-open", actions.openFile());
        open.setDefaultButton(true);
        Button folder = button("Open Folder\u2026", "start-open-folder", actions.openFolder());
        folder.visibleProperty().bind(actions.folderAvailable());
        folder.managedProperty().bind(folder.visibleProperty());
        Button sample = button("Open the Sample Article", "start-sample", actions.openSample());
        Button help = button("Getting Started", "start-help", actions.gettingStarted());
        VBox buttons = new VBox(8, open, folder, sample, help);
        buttons.setFillWidth(true);

        Label recentTitle = new Label("Recent");
        recentTitle.getStyleClass().add("start-heading");
        VBox recent = new VBox(2);
        recent.setId("start-recent");
        Runnable rebuild = () -> {
            recent.getChildren().clear();
            for (Path p : vm.recentFiles()) {
                Hyperlink link = new Hyperlink(String.valueOf(p.getFileName()));
                link.setMnemonicParsing(false);
                link.setTooltip(new javafx.scene.control.Tooltip(p.toString()));
                link.setOnAction(e -> actions.openRecent().accept(p));
                recent.getChildren().add(link);
            }
            recentTitle.setVisible(!vm.recentFiles().isEmpty());
            recentTitle.setManaged(recentTitle.isVisible());
        };
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> rebuild.run());
        rebuild.run();

        VBox page = new VBox(14, title, lead, failure, buttons, recentTitle, recent);
        page.getStyleClass().add("start-page");
        page.setMaxWidth(520);
        page.setAlignment(Pos.TOP_LEFT);
        VBox outer = new VBox(page);
        outer.setAlignment(Pos.CENTER);
        outer.getStyleClass().add("start-backdrop");
        outer.setId("start-page");
        return outer;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
