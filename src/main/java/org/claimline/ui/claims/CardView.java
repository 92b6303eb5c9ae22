package org.claimline.ui.claims;

import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.claimline.ui.common.ScriptFonts;
import org.claimline.ui.common.Styles;

/** The nodes of one claim card: quote excerpt, summary, issue and actor chips, stance, note and status markers. */
final class CardView {
    private final VBox card = new VBox();
    private final Label excerpt = new Label();
    private final Label summary = new Label();
    private final FlowPane chips = new FlowPane();
    private final HBox meta = new HBox();
    private final Label status = new Label();
    private final Label note = new Label("\u270E note");
    private final Label stance = new Label();

    /** A card that wraps to {@code listWidth} less the list's padding and scroll bar. */
    CardView(ObservableDoubleValue listWidth) {
        card.getStyleClass().add(Styles.CLAIM_CARD);
        excerpt.getStyleClass().add("card-excerpt");
        summary.getStyleClass().add("card-summary");
        chips.getStyleClass().add("chips");
        meta.getStyleClass().add("card-meta");
        status.getStyleClass().add("card-status");
        note.getStyleClass().add("note-marker");
        stance.getStyleClass().addAll(Styles.CHIP, "stance-chip");
        stance.setTooltip(new Tooltip(ClaimCard.STANCE_MEANING));
        excerpt.setWrapText(true);
        summary.setWrapText(true);
        excerpt.setMaxHeight(52);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        meta.getChildren().addAll(status, grow, note);
        card.getChildren().addAll(excerpt, summary, chips, stance, meta);
        // wrap to the list's width instead of growing wider than it
        card.maxWidthProperty().bind(javafx.beans.binding.Bindings.subtract(listWidth, 34));
        card.prefWidthProperty().bind(card.maxWidthProperty());
    }

    VBox node() {
        return card;
    }

    void show(ClaimCard c) {
        excerpt.setText(org.claimline.ui.common.QuoteMarks.around(c.excerpt()));
        excerpt.setStyle(ScriptFonts.familyStyle(c.excerpt()));
        summary.setStyle(ScriptFonts.familyStyle(c.summary()));
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
        stance.setText(c.stanceText());
        stance.setVisible(!c.stanceText().isEmpty());
        stance.setManaged(stance.isVisible());
        status.setText(c.statusText());
        note.setVisible(c.hasNote());
        boolean metaShown = !c.statusText().isEmpty() || c.hasNote();
        meta.setVisible(metaShown);
        meta.setManaged(metaShown);
    }

    private static Label chip(Chip ch, String cls) {
        Label l = new Label(ch.name());
        l.getStyleClass().addAll(Styles.CHIP, cls);
        return l;
    }
}
