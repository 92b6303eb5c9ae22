package org.claimline.ui.reader;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The quiet, non-modal banner above the article when its clean looks doubtful, and the "Article starts here / ends
 * here" items of a block's context menu. All state is in {@link CleanDoubtViewModel}.
 */
public final class CleanDoubtBanner {
    private final CleanDoubtViewModel vm;

    public CleanDoubtBanner(CleanDoubtViewModel vm) {
        this.vm = vm;
    }

    /** {@code reader} with the banner above it (the banner takes no room while hidden). */
    public Node wrap(Node reader) {
        Label text = new Label();
        text.textProperty().bind(vm.textProperty());
        text.getStyleClass().add("clean-doubt-text");
        text.setWrapText(true);
        text.setMinWidth(0);
        Label detail = new Label();
        detail.textProperty().bind(vm.detailProperty());
        detail.getStyleClass().add("clean-doubt-detail");
        detail.setWrapText(true);
        detail.setMinWidth(0);
        Button whole = action(CleanDoubtViewModel.WHOLE_PAGE, "clean-doubt-whole", vm::showWholePage);
        Button choose = action("Choose the article's start and end", "clean-doubt-choose", vm::chooseStartAndEnd);
        Button dismiss = action("Dismiss", "clean-doubt-dismiss", vm::dismiss);
        dismiss.getStyleClass().add("clean-doubt-quiet");
        FlowPane actions = new FlowPane(4, 2, whole, choose, dismiss);
        VBox words = new VBox(1, text, detail, actions);
        HBox.setHgrow(words, Priority.ALWAYS);
        Region mark = new Region();
        mark.getStyleClass().add("clean-doubt-mark");
        HBox banner = new HBox(10, mark, words);
        banner.setId("clean-doubt-banner");
        banner.getStyleClass().add("clean-doubt-banner");
        VBox box = new VBox(reader);
        vm.modeProperty().subscribe(m -> {
            boolean shown = m != CleanDoubtViewModel.Mode.HIDDEN;
            banner.setVisible(shown);
            banner.setManaged(shown);
            boolean doubtful = m == CleanDoubtViewModel.Mode.DOUBTFUL;
            for (Node n : List.of(whole, choose, detail)) {
                n.setVisible(doubtful);
                n.setManaged(doubtful);
            }
            dismiss.setText(doubtful ? "Dismiss" : "Done");
        });
        // the banner joins the reader the first time it is shown: hidden, it would still be styled in the
        // window's first pulse
        org.claimline.ui.common.WhenShown.join(banner.visibleProperty(), box, 0, banner);
        VBox.setVgrow(reader, Priority.ALWAYS);
        return box;
    }

    private static Button action(String label, String id, Runnable run) {
        Button b = new Button(label);
        b.setId(id);
        b.getStyleClass().add("clean-doubt-action");
        b.setOnAction(e -> run.run());
        return b;
    }

    /** The items a block's context menu gains (empty unless removed text is shown). */
    public List<MenuItem> blockMenuItems(int blockIndex) {
        if (!vm.canMark()) {
            return List.of();
        }
        MenuItem start = new MenuItem(CleanDoubtViewModel.START_HERE);
        start.setOnAction(e -> vm.startHere(blockIndex));
        MenuItem end = new MenuItem(CleanDoubtViewModel.END_HERE);
        end.setOnAction(e -> vm.endHere(blockIndex));
        return List.of(new SeparatorMenuItem(), start, end);
    }
}
