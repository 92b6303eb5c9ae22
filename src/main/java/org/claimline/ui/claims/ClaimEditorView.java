package org.claimline.ui.claims;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.claimline.model.Stance;
import org.claimline.ui.common.Styles;
import org.controlsfx.control.SegmentedButton;

/** The editor of the selected claim: summary, issues, actors, stance, note; all reachable with Tab. */
public final class ClaimEditorView {
    private final ClaimEditorViewModel vm;
    // made in createView, when a claim is first selected: these controls (ControlsFX's among them) cost the
    // reader's start-up a third of a second to load when made with the window
    private GridPane grid;
    private Label quote;
    private Label status;
    private TextArea summary;
    private TextArea note;
    private SegmentedButton stance;
    private Label oneLine;
    private TagField issues;
    private TagField actors;

    public ClaimEditorView(ClaimEditorViewModel vm) {
        this.vm = vm;
    }

    public Node createView() {
        grid = new GridPane();
        quote = new Label();
        status = new Label();
        summary = new TextArea();
        note = new TextArea();
        stance = new SegmentedButton();
        oneLine = new Label();
        grid.getStyleClass().add(Styles.EDITOR);
        grid.setId("claim-editor");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);

        ToggleButton fold = new ToggleButton();
        fold.setId("editor-fold");
        fold.getStyleClass().add("editor-fold");
        fold.selectedProperty().bindBidirectional(vm.collapsedProperty());
        fold.textProperty().bind(fold.selectedProperty().map(c -> c ? "\u25B8" : "\u25BE"));
        fold.setTooltip(new Tooltip("Fold the editor to one line, or open it again"));
        Label title = new Label("Claim");
        title.getStyleClass().add("editor-title");
        oneLine.getStyleClass().add("editor-one-line");
        oneLine.setId("editor-one-line");
        oneLine.setMinWidth(0);
        oneLine.visibleProperty().bind(vm.collapsedProperty());
        oneLine.managedProperty().bind(oneLine.visibleProperty());
        HBox.setHgrow(oneLine, Priority.SOMETIMES);
        status.getStyleClass().add("card-status");
        Button delete = new Button("Delete");
        delete.getStyleClass().add("danger");
        delete.setTooltip(new Tooltip("Delete this claim (Undo brings it back)"));
        delete.setOnAction(e -> vm.delete());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, fold, title, oneLine, status, grow, delete);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.add(head, 0, 0, 2, 1);
        GridPane.setHalignment(head, HPos.LEFT);

        quote.getStyleClass().add("editor-quote");
        quote.setWrapText(true);
        quote.setMaxHeight(48);
        grid.add(quote, 0, 1, 2, 1);
        quote.visibleProperty().bind(vm.collapsedProperty().not());
        quote.managedProperty().bind(quote.visibleProperty());
        GridPane.setHalignment(quote, HPos.LEFT);

        summary.setId("summary-field");
        summary.setWrapText(true);
        summary.setPrefRowCount(2);
        note.setId("note-field");
        note.setWrapText(true);
        note.setPrefRowCount(2);
        note.setPromptText("Your note");
        summary.setMinHeight(Region.USE_PREF_SIZE);
        note.setMinHeight(Region.USE_PREF_SIZE);
        tabMovesFocus(summary);
        tabMovesFocus(note);

        issues = new TagField(vm.issues(), vm::issueSuggestions, vm::addIssue, vm::removeIssue, "Add issue\u2026");
        issues.setId("issues-field");
        issues.input().setId("issues-input");
        actors = new TagField(vm.actors(), vm::actorSuggestions, vm::addActor, vm::removeActor, "Add actor\u2026");
        actors.setId("actors-field");
        actors.input().setId("actors-input");

        for (Stance s : Stance.values()) {
            ToggleButton b = new ToggleButton(ClaimCard.stanceName(s));
            b.setUserData(s);
            b.setTooltip(new Tooltip(ClaimCard.stanceTip(s)));
            stance.getButtons().add(b);
        }
        stance.setId("stance-field");
        Label stanceMeaning = new Label("The author\u2019s stance toward the tagged actors");
        stanceMeaning.getStyleClass().add("editor-hint");
        stanceMeaning.setMinWidth(0);
        stanceMeaning.setWrapText(true);
        for (ToggleButton b : stance.getButtons()) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.VBox stanceRow = new javafx.scene.layout.VBox(2, stance, stanceMeaning);

        row(2, "Summary", summary);
        row(3, "Issues", issues);
        row(4, "Actors", actors);
        Label stanceLabel = row(5, "Stance", stanceRow);
        stanceLabel.setTooltip(new Tooltip(ClaimCard.STANCE_MEANING));
        row(6, "Note", note);
        return grid;
    }

    private Label row(int r, String label, Node field) {
        Label l = new Label(label);
        l.getStyleClass().add("editor-label");
        l.setLabelFor(field);
        GridPane.setValignment(l, VPos.TOP);
        grid.add(l, 0, r);
        grid.add(field, 1, r);
        // folded, only the head row stays: the one-line summary
        l.visibleProperty().bind(vm.collapsedProperty().not());
        l.managedProperty().bind(l.visibleProperty());
        field.visibleProperty().bind(vm.collapsedProperty().not());
        field.managedProperty().bind(field.visibleProperty());
        return l;
    }

    /** Tab in a text area moves on (as in a form) instead of typing a tab character. */
    private static void tabMovesFocus(TextArea a) {
        a.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                // TextAreaBehavior traverses focus on Ctrl+Tab
                a.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
    }

    public void bind() {
        grid.visibleProperty().bind(vm.activeProperty());
        grid.managedProperty().bind(vm.activeProperty());
        quote.textProperty().bind(vm.quoteProperty().map(org.claimline.ui.common.QuoteMarks::around));
        quote.styleProperty().bind(vm.quoteProperty().map(org.claimline.ui.common.ScriptFonts::familyStyle));
        status.textProperty().bind(vm.statusProperty());
        oneLine.textProperty().bind(vm.summaryProperty().map(t -> t.replaceAll("\\s+", " ").strip()));
        summary.textProperty().bindBidirectional(vm.summaryProperty());
        note.textProperty().bindBidirectional(vm.noteProperty());
        vm.stanceProperty().addListener((o, a, b) -> selectStance(b));
        selectStance(vm.stanceProperty().get());
        stance.getToggleGroup().selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                selectStance(vm.stanceProperty().get());
            } else {
                vm.stanceProperty().set((Stance) b.getUserData());
            }
        });
    }

    private void selectStance(Stance s) {
        for (ToggleButton b : stance.getButtons()) {
            if (b.getUserData() == s && !b.isSelected()) {
                b.setSelected(true);
            }
        }
    }

    public javafx.beans.property.ReadOnlyBooleanProperty activeProperty() {
        return vm.activeProperty();
    }

    public javafx.beans.property.BooleanProperty collapsedProperty() {
        return vm.collapsedProperty();
    }

    /** Puts the caret in the summary with its text selected, ready to be rewritten (opening a folded editor). */
    public void focusSummary() {
        vm.collapsedProperty().set(false);
        if (summary == null) {
            return;
        }
        if (summary.getScene() == null) {
            // just made: it joins the scene when the split's scroll pane is skinned, on the next pulse
            summary.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                    javafx.scene.Scene was, javafx.scene.Scene now) {
                    if (now != null) {
                        summary.sceneProperty().removeListener(this);
                        javafx.application.Platform.runLater(() -> {
                            summary.requestFocus();
                            summary.selectAll();
                        });
                    }
                }
            });
            return;
        }
        summary.requestFocus();
        summary.selectAll();
    }
}
