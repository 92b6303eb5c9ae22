package org.claimline.ui.claims;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** A row of the grouped list: a group's header (click to open or close it, with its count) or a card. */
final class GroupRowCell extends ListCell<ClaimsPanelViewModel.GroupRow> {
    private final CardView card;
    private final Label header = new Label();
    private ClaimsPanelViewModel.GroupRow row;

    GroupRowCell(ListView<ClaimsPanelViewModel.GroupRow> list, Consumer<String> toggle) {
        card = new CardView(list.widthProperty());
        header.getStyleClass().add("group-header");
        header.setMaxWidth(Double.MAX_VALUE);
        setPrefWidth(0);
        setOnMouseClicked(e -> {
            if (row != null && row.isHeader()) {
                toggle.accept(row.groupKey());
            }
        });
    }

    @Override
    protected void updateItem(ClaimsPanelViewModel.GroupRow r, boolean empty) {
        super.updateItem(r, empty);
        row = empty ? null : r;
        setText(null);
        getStyleClass().remove("group-header-cell");
        if (empty || r == null) {
            setGraphic(null);
            return;
        }
        if (r.isHeader()) {
            header.setText((r.expanded() ? "\u25BE  " : "\u25B8  ") + r.title() + "  (" + r.count() + ")");
            getStyleClass().add("group-header-cell");
            setGraphic(header);
        } else {
            card.show(r.card());
            setGraphic(card.node());
        }
    }
}
