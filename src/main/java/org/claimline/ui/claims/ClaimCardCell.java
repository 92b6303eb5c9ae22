package org.claimline.ui.claims;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.claimline.model.Stance;
import org.claimline.ui.Styles;

/** One claim card: quote excerpt, summary, issue and actor chips, note and status markers. */
final class ClaimCardCell extends ListCell<ClaimCard> {
    private final VBox card = new VBox();
    private final Label excerpt = new Label();
    private final Label summary = new Label();
    private final FlowPane chips = new FlowPane();
    private final HBox meta = new HBox();
    private final Label status = new Label();
    private final Label note = new Label("\u270E note");
    private final Label stance = new Label();

    ClaimCardCell(ListView<ClaimCard> list) {
        card.getStyleClass().add(Styles.CLAIM_CARD);
        excerpt.getStyleClass().add("card-excerpt");
        summary.getStyleClass().add("card-summary");
        chips.getStyleClass().add("chips");
        meta.getStyleClass().add("card-meta");
        status.getStyleClass().add("card-status");
        note.getStyleClass().add("note-marker");
        stance.getStyleClass().add("stance-marker");
        excerpt.setWrapText(true);
        summary.setWrapText(true);
        excerpt.setMaxHeight(52);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        meta.getChildren().addAll(status, grow, stance, note);
        card.getChildren().addAll(excerpt, summary, chips, meta);
        // wrap to the list's width instead of growing wider than it
        card.maxWidthProperty().bind(list.widthProperty().subtract(34));
        card.prefWidthProperty().bind(card.maxWidthProperty());
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ClaimCard c, boolean empty) {
        super.updateItem(c, empty);
        if (empty || c == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        excerpt.setText("\u201C" + c.excerpt() + "\u201D");
        excerpt.setStyle(org.claimline.ui.ScriptFonts.familyStyle(c.excerpt()));
        summary.setStyle(org.claimline.ui.ScriptFonts.familyStyle(c.summary()));
        summary.setText(c.summary());
        boolean sameAsQuote = c.summary().strip().equals(c.excerpt().strip());
        summary.setVisible(!sameAsQuote);
        summary.setManaged(!sameAsQuote);
        chips.getChildren().clear();
        for (Chip ch : c.issues()) {
            chips.getChildren().add(chip(ch, Styles.issueClass(ch.colorIndex())));
        }
        for (Chip ch : c.actors()) {
            chips.getChildren().add(chip(ch, Styles.ACTOR));
        }
        chips.setVisible(!chips.getChildren().isEmpty());
        chips.setManaged(chips.isVisible());
        status.setText(c.statusText());
        note.setVisible(c.hasNote());
        stance.setText(c.stance() == Stance.UNCLEAR ? "" : c.stance().id());
        boolean metaShown = !c.statusText().isEmpty() || c.hasNote() || c.stance() != Stance.UNCLEAR;
        meta.setVisible(metaShown);
        meta.setManaged(metaShown);
        setGraphic(card);
        setText(null);
    }

    private static Label chip(Chip ch, String cls) {
        Label l = new Label(ch.name());
        l.getStyleClass().addAll(Styles.CHIP, cls);
        return l;
    }
}
