package org.claimline.ui.workspace;

import java.io.File;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.claimline.model.Codebook;
import org.claimline.workspace.CodebookEdit;
import org.claimline.workspace.CodebookImport;

/** Tools ▸ Codebook…: the workspace's issues and actors, and the changes that reach every article. */
public final class CodebookDialog {
    private final CodebookViewModel vm;
    private final Window owner;
    private final ListView<Codebook.Code> issues = new ListView<>();
    private final ListView<Codebook.Person> actors = new ListView<>();

    public CodebookDialog(CodebookViewModel vm, Window owner) {
        this.vm = vm;
        this.owner = owner;
    }

    public Dialog<Void> build() {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Codebook");
        d.setHeaderText("One codebook for every article of this folder: changes here reach each article's annotations.");
        d.setResizable(true);
        issues.setId("codebook-issues");
        issues.setItems(vm.issues());
        issues.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Codebook.Code c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Region dot = new Region();
                dot.setMinSize(12, 12);
                dot.setStyle("-fx-background-color: " + c.color() + "; -fx-background-radius: 6;");
                setGraphic(dot);
                setText(c.name() + (c.description().isEmpty() ? "" : "  \u2014 " + c.description()));
            }
        });
        actors.setId("codebook-actors");
        actors.setItems(vm.actors());
        actors.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Codebook.Person p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name() + (p.aliases().isEmpty() ? "" : "  (" + String.join(", ", p.aliases()) + ")"));
            }
        });
        issues.setPrefSize(340, 320);
        actors.setPrefSize(260, 320);
        issues.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                actors.getSelectionModel().clearSelection();
            }
        });
        actors.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                issues.getSelectionModel().clearSelection();
            }
        });
        // after a change the lists are refilled: the entry that was selected stays selected
        String[] keep = new String[1];
        issues.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                keep[0] = b.id();
            }
        });
        vm.issues().addListener((javafx.collections.ListChangeListener<Codebook.Code>) c -> {
            for (int i = 0; i < vm.issues().size(); i++) {
                if (vm.issues().get(i).id().equals(keep[0])) {
                    issues.getSelectionModel().select(i);
                }
            }
        });
        VBox left = new VBox(4, new Label("Issues"), issues);
        VBox right = new VBox(4, new Label("Actors"), actors);
        VBox.setVgrow(issues, Priority.ALWAYS);
        VBox.setVgrow(actors, Priority.ALWAYS);
        HBox lists = new HBox(10, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);

        Button add = button("Add\u2026", this::add);
        Button rename = button("Rename\u2026", this::rename);
        rename.setId("codebook-rename");
        ColorPicker colour = new ColorPicker();
        colour.setId("codebook-colour");
        colour.setOnAction(e -> selectedIssue().ifPresent(c -> vm.recolour(c.id(), hex(colour.getValue()))));
        issues.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                colour.setValue(Color.web(b.color()));
            }
        });
        colour.disableProperty().bind(issues.getSelectionModel().selectedItemProperty().isNull());
        Button merge = button("Merge into\u2026", this::merge);
        Button delete = button("Delete\u2026", this::delete);
        Button undo = button("Undo", vm::undo);
        undo.disableProperty().bind(vm.undoableProperty().isNull().or(vm.busyProperty()));
        for (Button b : List.of(rename, merge, delete, add)) {
            b.disableProperty().bind(vm.busyProperty());
        }
        Button exportQdc = button("Export .qdc\u2026", () -> export(true));
        Button exportCsv = button("Export .csv\u2026", () -> export(false));
        Button importButton = button("Import\u2026", this::importFile);
        HBox edits = new HBox(6, add, rename, colour, merge, delete, undo);
        HBox exchange = new HBox(6, exportQdc, exportCsv, importButton);
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        Label message = new Label();
        message.setId("codebook-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        VBox content = new VBox(10, lists, edits, exchange, new HBox(8, progress, message));
        content.setPadding(new Insets(8));
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.getDialogPane().setId("codebook-dialog");
        vm.load();
        return d;
    }

    private static Button button(String text, Runnable r) {
        Button b = new Button(text);
        b.setOnAction(e -> r.run());
        return b;
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private Optional<Codebook.Code> selectedIssue() {
        return Optional.ofNullable(issues.getSelectionModel().getSelectedItem());
    }

    private Optional<Codebook.Person> selectedActor() {
        return Optional.ofNullable(actors.getSelectionModel().getSelectedItem());
    }

    private void add() {
        ChoiceDialog<String> kind = new ChoiceDialog<>("Issue", "Issue", "Actor");
        kind.initOwner(owner);
        kind.setHeaderText("Add an issue or an actor");
        kind.showAndWait().ifPresent(k -> ask("New " + k.toLowerCase(), "").ifPresent(n ->
                vm.add(k.equals("Issue") ? CodebookEdit.Kind.ISSUE : CodebookEdit.Kind.ACTOR, n)));
    }

    private void rename() {
        selectedIssue().ifPresentOrElse(c -> ask("Rename \u201C" + c.name() + "\u201D", c.name())
                        .ifPresent(n -> vm.rename(CodebookEdit.Kind.ISSUE, c.id(), n)),
                () -> selectedActor().ifPresent(p -> ask("Rename \u201C" + p.name() + "\u201D", p.name())
                        .ifPresent(n -> vm.rename(CodebookEdit.Kind.ACTOR, p.id(), n))));
    }

    private Optional<String> ask(String header, String value) {
        TextInputDialog t = new TextInputDialog(value);
        t.initOwner(owner);
        t.setHeaderText(header);
        t.getEditor().setId("codebook-name");
        return t.showAndWait();
    }

    private void merge() {
        if (selectedIssue().isPresent()) {
            Codebook.Code from = selectedIssue().get();
            List<String> names = vm.issues().stream().filter(c -> c != from).map(Codebook.Code::name).toList();
            choose("Merge \u201C" + from.name() + "\u201D into", names).ifPresent(n -> vm.issues().stream()
                    .filter(c -> c.name().equals(n)).findFirst()
                    .ifPresent(into -> confirmCount(CodebookEdit.Kind.ISSUE, from.id(), "merged into \u201C" + n + "\u201D",
                            () -> vm.merge(CodebookEdit.Kind.ISSUE, from.id(), into.id()))));
        } else {
            selectedActor().ifPresent(from -> {
                List<String> names = vm.actors().stream().filter(a -> a != from).map(Codebook.Person::name).toList();
                choose("Merge \u201C" + from.name() + "\u201D into", names).ifPresent(n -> vm.actors().stream()
                        .filter(a -> a.name().equals(n)).findFirst()
                        .ifPresent(into -> confirmCount(CodebookEdit.Kind.ACTOR, from.id(), "merged into \u201C" + n + "\u201D",
                                () -> vm.merge(CodebookEdit.Kind.ACTOR, from.id(), into.id()))));
            });
        }
    }

    private Optional<String> choose(String header, List<String> names) {
        if (names.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<String> c = new ChoiceDialog<>(names.get(0), names);
        c.initOwner(owner);
        c.setHeaderText(header);
        return c.showAndWait();
    }

    private void delete() {
        selectedIssue().ifPresentOrElse(c -> confirmCount(CodebookEdit.Kind.ISSUE, c.id(), "untagged (the claims stay)",
                        () -> vm.delete(CodebookEdit.Kind.ISSUE, c.id())),
                () -> selectedActor().ifPresent(p -> confirmCount(CodebookEdit.Kind.ACTOR, p.id(),
                        "untagged (the claims stay)", () -> vm.delete(CodebookEdit.Kind.ACTOR, p.id()))));
    }

    /** Asks with the number of claims affected before a merge or delete. */
    private void confirmCount(CodebookEdit.Kind kind, String id, String what, Runnable go) {
        vm.countClaims(kind, id, n -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, n + (n == 1 ? " claim" : " claims") + " in this folder will be "
                    + what + ". Undo in this dialog puts every article back as it was.", ButtonType.OK, ButtonType.CANCEL);
            a.initOwner(owner);
            a.setHeaderText("Change every article?");
            a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> go.run());
        });
    }

    private void export(boolean qdc) {
        FileChooser fc = new FileChooser();
        fc.setTitle(qdc ? "Export the codebook (REFI-QDA)" : "Export the codebook (CSV)");
        fc.setInitialFileName(qdc ? "codebook.qdc" : "codebook.csv");
        File f = fc.showSaveDialog(owner);
        if (f != null) {
            vm.export(f.toPath(), qdc);
        }
    }

    private void importFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Import a codebook");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Codebooks (*.qdc, *.csv)", "*.qdc", "*.csv"));
        File f = fc.showOpenDialog(owner);
        if (f == null) {
            return;
        }
        vm.previewImport(f.toPath(), (incoming, changes) -> {
            StringBuilder sb = new StringBuilder();
            for (CodebookImport.Change c : changes) {
                sb.append(switch (c.action()) {
                    case ADD -> "+ ";
                    case UPDATE -> "~ ";
                    case SAME -> "= ";
                }).append(c.kind() == CodebookEdit.Kind.ISSUE ? "issue " : "actor ").append(c.name()).append(": ")
                        .append(c.detail()).append('\n');
            }
            TextArea list = new TextArea(sb.toString());
            list.setEditable(false);
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, null, ButtonType.OK, ButtonType.CANCEL);
            a.initOwner(owner);
            a.setHeaderText("Import " + f.getName() + ": entries are matched by name; nothing is removed.");
            a.getDialogPane().setContent(list);
            a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.applyImport(incoming));
        });
    }
}
