package org.claimline.ui.analysis;

import java.util.List;
import java.util.function.IntBinaryOperator;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.claimline.analysis.Palette;
import org.claimline.model.Stance;

/**
 * A heat-map grid drawn from nodes: JavaFX's charts (and ControlsFX) have no heat map, and a grid of labelled
 * cells keeps every number printed, clickable and readable at any size, which a chart's canvas would not.
 * Column headings are turned upright so 30 actor names fit; long names are cut with an ellipsis and shown in
 * full in a tooltip. Colours come from {@link Palette}, as in the HTML report.
 */
final class HeatGrid {
    static final double CELL = 46;
    static final double LABEL_WIDTH = 210;

    /** What a grid shows: keys, counts, optional totals and stance split. */
    interface Model {
        List<String> rowKeys();

        List<String> colKeys();

        int value(int r, int c);

        int max();

        /** Total of a row or column; null when the grid has no totals. */
        default Integer rowTotal(int r) {
            return null;
        }

        default Integer colTotal(int c) {
            return null;
        }

        default Integer total() {
            return null;
        }

        /** Claims of the cell with a stance; null when no split is shown. */
        default int[] split(int r, int c) {
            return null;
        }

        default boolean isDiagonal(int r, int c) {
            return false;
        }

        String describe(int r, int c);
    }

    private HeatGrid() {
    }

    static GridPane build(Model m, IntBinaryOperator onClick) {
        GridPane g = new GridPane();
        g.getStyleClass().add("heat-grid");
        g.setHgap(2);
        g.setVgap(2);
        g.setPadding(new Insets(8));
        g.getColumnConstraints().add(new ColumnConstraints(LABEL_WIDTH));
        for (int c = 0; c < m.colKeys().size(); c++) {
            g.add(colHeading(m.colKeys().get(c)), c + 1, 0);
        }
        boolean totals = m.total() != null;
        if (totals) {
            g.add(colHeading("Total"), m.colKeys().size() + 1, 0);
        }
        for (int r = 0; r < m.rowKeys().size(); r++) {
            g.add(rowHeading(m.rowKeys().get(r)), 0, r + 1);
            for (int c = 0; c < m.colKeys().size(); c++) {
                g.add(cell(m, r, c, onClick), c + 1, r + 1);
            }
            if (totals) {
                g.add(total(m.rowTotal(r)), m.colKeys().size() + 1, r + 1);
            }
        }
        if (totals) {
            int last = m.rowKeys().size() + 1;
            g.add(rowHeading("Total"), 0, last);
            for (int c = 0; c < m.colKeys().size(); c++) {
                g.add(total(m.colTotal(c)), c + 1, last);
            }
            g.add(total(m.total()), m.colKeys().size() + 1, last);
        }
        return g;
    }

    private static Node colHeading(String key) {
        Label l = new Label(key);
        l.getStyleClass().add("heat-heading");
        l.setMaxWidth(150);
        l.setPrefWidth(Region.USE_COMPUTED_SIZE);
        l.setTextOverrun(OverrunStyle.ELLIPSIS);
        l.setTooltip(new Tooltip(key));
        l.setRotate(-90);
        StackPane holder = new StackPane(new Group(l));
        holder.setAlignment(Pos.BOTTOM_CENTER);
        holder.setMinWidth(CELL);
        GridPane.setHalignment(holder, HPos.CENTER);
        GridPane.setValignment(holder, javafx.geometry.VPos.BOTTOM);
        return holder;
    }

    private static Node rowHeading(String key) {
        Label l = new Label(key);
        l.getStyleClass().add("heat-heading");
        l.setMaxWidth(LABEL_WIDTH - 8);
        l.setPrefWidth(LABEL_WIDTH - 8);
        l.setAlignment(Pos.CENTER_RIGHT);
        l.setTextOverrun(OverrunStyle.ELLIPSIS);
        l.setTooltip(new Tooltip(key));
        GridPane.setHalignment(l, HPos.RIGHT);
        return l;
    }

    private static Node total(Integer v) {
        Label l = new Label(v == null ? "" : String.valueOf(v));
        l.getStyleClass().add("heat-total");
        l.setMinSize(CELL, CELL * 0.6);
        l.setAlignment(Pos.CENTER);
        return l;
    }

    private static Node cell(Model m, int r, int c, IntBinaryOperator onClick) {
        int v = m.value(r, c);
        StackPane p = new StackPane();
        p.setId("cell-" + r + "-" + c);
        p.getStyleClass().add("heat-cell");
        p.setMinSize(CELL, CELL * 0.6);
        p.setPrefSize(CELL, CELL * 0.6);
        Label n = new Label(String.valueOf(v));
        if (m.isDiagonal(r, c)) {
            p.getStyleClass().add("heat-diagonal");
        } else {
            String fill = Palette.heat(v, m.max());
            p.setStyle("-fx-background-color: " + fill + ";");
            n.setStyle("-fx-text-fill: " + (v == 0 ? "#b8b8b8" : Palette.textOn(fill)) + ";");
        }
        int[] split = m.split(r, c);
        if (split != null && v > 0) {
            HBox bar = new HBox();
            bar.setMaxHeight(5);
            bar.setMinHeight(5);
            int sum = 0;
            for (int s : split) {
                sum += s;
            }
            for (Stance s : Stance.values()) {
                int k = split[s.ordinal()];
                if (k > 0) {
                    Region seg = new Region();
                    seg.setStyle("-fx-background-color: " + Palette.stance(s) + ";");
                    seg.setPrefWidth((CELL - 6) * k / Math.max(1, sum));
                    seg.setMinWidth(1);
                    HBox.setHgrow(seg, Priority.NEVER);
                    bar.getChildren().add(seg);
                }
            }
            VBox box = new VBox(2, n, bar);
            box.setAlignment(Pos.CENTER);
            box.setPadding(new Insets(0, 3, 0, 3));
            p.getChildren().add(box);
        } else {
            p.getChildren().add(n);
        }
        Tooltip.install(p, new Tooltip(m.describe(r, c)));
        if (onClick != null) {
            p.getStyleClass().add("clickable");
            p.setOnMouseClicked(e -> onClick.applyAsInt(r, c));
        }
        return p;
    }
}
