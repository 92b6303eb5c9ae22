package org.claimline.ui.claims;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** One claim card in the list in reading order. */
final class ClaimCardCell extends ListCell<ClaimCard> {
    private final CardView card;

    ClaimCardCell(ListView<ClaimCard> list) {
        card = new CardView(list.widthProperty());
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ClaimCard c, boolean empty) {
        super.updateItem(c, empty);
        setText(null);
        if (empty || c == null) {
            setGraphic(null);
            return;
        }
        card.show(c);
        setGraphic(card.node());
    }
}
