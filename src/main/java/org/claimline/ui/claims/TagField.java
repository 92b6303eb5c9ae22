package org.claimline.ui.claims;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import org.claimline.ui.common.Styles;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * A multi-value tag field: chips with a remove button, then a text field with autocompletion.
 * Enter adds the typed name (creating it when new), Backspace on an empty field removes the last chip.
 */
final class TagField extends FlowPane {
    private final TextField input = new TextField();
    private final ObservableList<Chip> chips;
    private final Consumer<String> onAdd;
    private final Consumer<String> onRemove;

    TagField(ObservableList<Chip> chips, Function<String, List<String>> suggestions, Consumer<String> onAdd,
             Consumer<String> onRemove, String prompt) {
        this.chips = chips;
        this.onAdd = onAdd;
        this.onRemove = onRemove;
        getStyleClass().add(Styles.TAG_FIELD);
        input.setPromptText(prompt);
        // nothing typed, nothing offered: an open popup would turn the next Tab or Enter into a tag
        AutoCompletionBinding<String> ac = TextFields.bindAutoCompletion(input, r -> r.getUserText() == null
                || r.getUserText().isBlank() ? List.of() : suggestions.apply(r.getUserText()));
        ac.setOnAutoCompleted(e -> commit(e.getCompletion()));
        ac.setVisibleRowCount(8);
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !input.getText().isBlank()) {
                commit(input.getText());
                e.consume();
            } else if (e.getCode() == KeyCode.BACK_SPACE && input.getText().isEmpty() && !chips.isEmpty()) {
                onRemove.accept(chips.get(chips.size() - 1).id());
                e.consume();
            }
        });
        setOnMouseClicked(e -> input.requestFocus());
        chips.addListener((ListChangeListener<Chip>) c -> rebuild());
        rebuild();
    }

    private void commit(String name) {
        String n = name.strip();
        input.clear();
        if (!n.isEmpty()) {
            onAdd.accept(n);
        }
        input.requestFocus();
    }

    private void rebuild() {
        getChildren().clear();
        for (Chip c : chips) {
            Label chip = new Label(c.name());
            chip.getStyleClass().addAll(Styles.CHIP, c.colorIndex() < 0 ? Styles.ACTOR : Styles.issueClass(c.colorIndex()));
            Button x = new Button("\u2715");
            x.setFocusTraversable(false);
            x.setTooltip(new Tooltip("Remove " + c.name()));
            x.setOnAction(e -> onRemove.accept(c.id()));
            chip.setGraphic(x);
            chip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            getChildren().add(chip);
        }
        getChildren().add(input);
    }

    TextField input() {
        return input;
    }
}
