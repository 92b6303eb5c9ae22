package org.claimline.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks, claim by claim, which version to keep when the same claim was changed on both sides: mine, theirs or
 * both (the default, so that accepting the dialog as it stands loses nothing). Returns the choices by claim
 * id, or empty when the user cancels (only offered where cancelling is possible, as for an import; closing a
 * dialog that cannot be cancelled keeps both).
 */
final class ConflictsDialog {
    /** The three answers, in the order the choice boxes list them. */
    enum Answer {
        BOTH("Keep both"), MINE("Keep mine"), THEIRS("Keep theirs");

        final String label;

        Answer(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One conflicting claim: what each side says. */
    record Row(String id, String mine, String theirs, String differences) {
    }

    private ConflictsDialog() {
    }

    static Optional<Map<String, Answer>> ask(Window owner, List<String> stylesheets, String title, String intro,
                                             String theirsLabel, List<Row> rows, boolean cancellable) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("conflicts-grid");
        grid.setHgap(12);
        grid.setVgap(10);
        Label h1 = new Label("Here");
        Label h2 = new Label(theirsLabel);
        Label h3 = new Label("Keep");
        for (Label h : List.of(h1, h2, h3)) {
            h.getStyleClass().add("conflicts-header");
        }
        grid.addRow(0, h1, h2, h3);
        Map<String, ChoiceBox<Answer>> boxes = new LinkedHashMap<>();
        int r = 1;
        for (Row row : rows) {
            Label mine = wrap(row.mine());
            Label theirs = wrap(row.theirs() + (row.differences().isEmpty() ? "" : "\n(differs in " + row.differences() + ")"));
            ChoiceBox<Answer> box = new ChoiceBox<>(FXCollections.observableArrayList(Answer.values()));
            box.setValue(Answer.BOTH);
            box.setId("conflict-choice-" + (r - 1));
            boxes.put(row.id(), box);
            grid.addRow(r++, mine, theirs, box);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(460, 115 * rows.size() + 50));
        Label introLabel = new Label(intro);
        introLabel.setWrapText(true);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(title);
        d.getDialogPane().setContent(new VBox(12, introLabel, scroll));
        d.getDialogPane().setPrefWidth(760);
        ButtonType apply = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().add(apply);
        if (cancellable) {
            d.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        }
        d.getDialogPane().getStylesheets().setAll(stylesheets);
        Optional<ButtonType> answer = d.showAndWait();
        if (answer.isEmpty() || answer.get() != apply) {
            return Optional.empty();
        }
        Map<String, Answer> out = new LinkedHashMap<>();
        boxes.forEach((id, box) -> out.put(id, box.getValue()));
        return Optional.of(out);
    }

    private static Label wrap(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMaxWidth(300);
        return l;
    }
}
