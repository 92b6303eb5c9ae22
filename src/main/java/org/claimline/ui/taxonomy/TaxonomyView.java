package org.claimline.ui.taxonomy;

import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;

/** The taxonomy dialog: issues and actors, each row editable in place; every change is one undo step. */
public final class TaxonomyView {
    private final TaxonomyViewModel vm;
    private final List<String> sheets;
    private final String rootStyle;
    private final VBox issueRows = new VBox();
    private final VBox actorRows = new VBox();
    private Dialog<Void> dialog;

    public TaxonomyView(TaxonomyViewModel vm, List<String> sheets, String rootStyle) {
        this.vm = vm;
        this.sheets = sheets;
        this.rootStyle = rootStyle;
    }

    public void show(Window owner) {
        dialog = new Dialog<>();
        // above the window it belongs to, always (it once opened behind it), and the window waits for it
        dialog.initOwner(owner);
        dialog.initModality(javafx.stage.Modality.WINDOW_MODAL);
        dialog.getDialogPane().setId("taxonomy-dialog");
        dialog.setTitle("Taxonomy");
        dialog.setHeaderText("Issues and actors used to tag claims. Renames and merges reach every claim.");
        dialog.getDialogPane().getStylesheets().setAll(sheets);
        dialog.getDialogPane().setStyle(rootStyle);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        issueRows.getStyleClass().add("taxonomy-rows");
        actorRows.getStyleClass().add("taxonomy-rows");
        Tab issues = new Tab("Issues", page(issueRows, "New issue", vm::addIssue));
        Tab actors = new Tab("Actors", page(actorRows, "New actor", vm::addActor));
        TabPane tabs = new TabPane(issues, actors);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(640, 460);
        dialog.getDialogPane().setContent(tabs);
        ListChangeListener<Object> rebuild = c -> rebuild();
        vm.issues().addListener(rebuild);
        vm.actors().addListener(rebuild);
        rebuild();
        dialog.setOnHidden(e -> {
            vm.issues().removeListener(rebuild);
            vm.actors().removeListener(rebuild);
        });
        dialog.show();
    }

    private VBox page(VBox rows, String prompt, java.util.function.Consumer<String> add) {
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        TextField name = new TextField();
        name.setPromptText(prompt);
        Button addButton = new Button("Add");
        addButton.setDefaultButton(false);
        Runnable doAdd = () -> {
            add.accept(name.getText());
            name.clear();
        };
        addButton.setOnAction(e -> doAdd.run());
        name.setOnAction(e -> doAdd.run());
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox addRow = new HBox(name, addButton);
        addRow.getStyleClass().add("add-row");
        return new VBox(scroll, addRow);
    }

    private void rebuild() {
        issueRows.getChildren().clear();
        for (TaxonomyViewModel.IssueRow r : vm.issues()) {
            Label key = new Label(r.key() > 0 ? Integer.toString(r.key()) : "");
            key.getStyleClass().add("key");
            key.setTooltip(new Tooltip("Press " + r.key() + " to toggle on the selected claim"));
            ColorPicker color = new ColorPicker(Color.web(r.color()));
            color.setOnAction(e -> vm.recolorIssue(r.id(), hex(color.getValue())));
            TextField name = nameField(r.name(), n -> vm.renameIssue(r.id(), n));
            Label usage = usage(r.usage());
            Button up = new Button("\u2191");
            up.setTooltip(new Tooltip("Move up (changes its key and colour slot)"));
            up.setOnAction(e -> vm.moveIssue(r.id(), -1));
            Button merge = new Button("Merge into\u2026");
            merge.setOnAction(e -> pickOther(r.name(), vm.issues().stream().filter(x -> !x.id().equals(r.id()))
                    .map(TaxonomyViewModel.IssueRow::name).toList()).ifPresent(target -> vm.issues().stream()
                    .filter(x -> x.name().equals(target)).findFirst().ifPresent(t -> vm.mergeIssues(r.id(), t.id()))));
            Button delete = new Button("Delete");
            delete.setOnAction(e -> confirm(vm.deleteIssueQuestion(r.id()), () -> vm.deleteIssue(r.id())));
            HBox row = row(key, color, name, usage, up, merge, delete);
            issueRows.getChildren().add(row);
        }
        actorRows.getChildren().clear();
        for (TaxonomyViewModel.ActorRow r : vm.actors()) {
            TextField name = nameField(r.name(), n -> vm.renameActor(r.id(), n));
            TextField aliases = new TextField(r.aliases());
            aliases.setPromptText("aliases, comma-separated");
            commitOnLeave(aliases, a -> vm.setAliases(r.id(), a));
            HBox.setHgrow(aliases, Priority.ALWAYS);
            Button merge = new Button("Merge into\u2026");
            merge.setOnAction(e -> pickOther(r.name(), vm.actors().stream().filter(x -> !x.id().equals(r.id()))
                    .map(TaxonomyViewModel.ActorRow::name).toList()).ifPresent(target -> vm.actors().stream()
                    .filter(x -> x.name().equals(target)).findFirst().ifPresent(t -> vm.mergeActors(r.id(), t.id()))));
            Button delete = new Button("Delete");
            delete.setOnAction(e -> confirm(vm.deleteActorQuestion(r.id()), () -> vm.deleteActor(r.id())));
            HBox row = row(name, aliases, usage(r.usage()), merge, delete);
            actorRows.getChildren().add(row);
        }
    }

    /**
     * A row of the list: the buttons and labels keep their whole text ("Merge into…", "Delete"); the text fields
     * give way when the dialog is narrow.
     */
    static HBox row(javafx.scene.Node... children) {
        for (javafx.scene.Node n : children) {
            if (n instanceof javafx.scene.control.Labeled || n instanceof ColorPicker) {
                ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            } else if (n instanceof TextField f) {
                f.setMinWidth(60);
            }
        }
        HBox row = new HBox(children);
        row.getStyleClass().add("taxonomy-row");
        return row;
    }

    private static Label usage(int n) {
        Label l = new Label(n == 1 ? "1 claim" : n + " claims");
        l.getStyleClass().add("usage");
        return l;
    }

    private static TextField nameField(String value, java.util.function.Consumer<String> commit) {
        TextField f = new TextField(value);
        f.setPrefColumnCount(12);
        HBox.setHgrow(f, Priority.ALWAYS);
        commitOnLeave(f, commit);
        return f;
    }

    private static void commitOnLeave(TextField f, java.util.function.Consumer<String> commit) {
        String original = f.getText();
        f.setOnAction(e -> {
            if (!f.getText().equals(original)) {
                commit.accept(f.getText());
            }
        });
        f.focusedProperty().addListener((o, was, is) -> {
            if (!is && !f.getText().equals(original)) {
                commit.accept(f.getText());
            }
        });
    }

    private Optional<String> pickOther(String name, List<String> others) {
        if (others.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<String> d = new ChoiceDialog<>(others.get(0), others);
        d.initOwner(dialog.getDialogPane().getScene().getWindow());
        d.setTitle("Merge");
        d.setHeaderText("Merge \u201C" + name + "\u201D into:");
        d.getDialogPane().getStylesheets().setAll(sheets);
        return d.showAndWait();
    }

    private void confirm(String question, Runnable action) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.CANCEL, ButtonType.OK);
        a.initOwner(dialog.getDialogPane().getScene().getWindow());
        a.setHeaderText(null);
        a.getDialogPane().getStylesheets().setAll(sheets);
        a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> action.run());
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
