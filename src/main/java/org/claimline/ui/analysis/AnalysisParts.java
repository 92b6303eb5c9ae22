package org.claimline.ui.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.claimline.analysis.ClaimRow;
import org.claimline.analysis.Dimension;
import org.claimline.analysis.OutletComparison;
import org.claimline.analysis.Palette;
import org.claimline.analysis.Timeline;
import org.claimline.model.Stance;

/** The analysis window's small parts: table columns, legends, swatches, labels and chart colours. */
final class AnalysisParts {
    private AnalysisParts() {
    }

    static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    static TableColumn<ClaimRow, String> column(String title, double width, Function<ClaimRow, String> f) {
        TableColumn<ClaimRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setComparator(Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
        return c;
    }

    static TableColumn<ClaimRow, LocalDate> dateColumn() {
        TableColumn<ClaimRow, LocalDate> c = new TableColumn<>("Published");
        c.setPrefWidth(95);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().published()));
        c.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? "undated" : item.toString());
            }
        });
        return c;
    }

    static ComboBox<Dimension> dimensionBox() {
        ComboBox<Dimension> b = new ComboBox<>();
        b.getItems().setAll(Dimension.values());
        b.setConverter(converter(Dimension::label));
        return b;
    }

    static <T> javafx.util.StringConverter<T> converter(Function<T, String> f) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    static Node rampLegend() {
        HBox ramp = new HBox(0);
        for (int i = 1; i <= 5; i++) {
            Region r = new Region();
            r.setPrefSize(16, 12);
            r.setStyle("-fx-background-color: " + Palette.heat(i, 5) + ";");
            ramp.getChildren().add(r);
        }
        HBox box = new HBox(4, new Label("few"), ramp, new Label("many"));
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("muted");
        return box;
    }

    static Node stanceLegend(CheckBox split) {
        HBox box = new HBox(8);
        for (Stance s : Stance.values()) {
            box.getChildren().add(swatch(Palette.stance(s), s.id()));
        }
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(split.selectedProperty());
        return box;
    }

    static Node swatch(String color, String text) {
        Region r = new Region();
        r.setPrefSize(11, 11);
        r.setMinSize(11, 11);
        r.setStyle("-fx-background-color: " + color + "; -fx-background-radius: 2;");
        Label l = new Label(text);
        l.setMnemonicParsing(false);
        HBox h = new HBox(4, r, l);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    /** An axis label of at most 36 characters (the bar's tooltip names the outlet in full). */
    static String shorten(String s) {
        return s.length() <= 36 ? s : s.substring(0, 35).strip() + "\u2026";
    }

    static Label ranked(List<OutletComparison.Ranked> rs, Stance s) {
        Label l = new Label(rs.isEmpty() ? "\u2014" : String.join(", ",
                rs.stream().map(r -> r.actor() + " (" + r.claims() + ")").toList()));
        l.setStyle("-fx-text-fill: " + (rs.isEmpty() ? "#888888" : Palette.stance(s)) + ";");
        l.setWrapText(true);
        l.setMaxWidth(420);
        return l;
    }

    static FlowPane issueLegend(List<String> issues, Map<String, String> colors) {
        FlowPane legend = new FlowPane(14, 4);
        for (String i : issues) {
            legend.getChildren().add(swatch(colors.get(i), i));
        }
        return legend;
    }

    static <X, Y> void colour(XYChart.Data<X, Y> d, String color, String tip) {
        d.nodeProperty().subscribe(n -> {
            if (n != null) {
                n.setStyle("-fx-bar-fill: " + color + ";");
                Tooltip.install(n, new Tooltip(tip));
            }
        });
    }

    static String undatedText(Timeline shown, Timeline full) {
        if (full.undatedTotal() == 0) {
            return "Every article is dated.";
        }
        StringBuilder sb = new StringBuilder(full.undatedTotal() + " claims are in undated articles and are not on the "
                + "timeline (a date range leaves them out)");
        if (shown.undatedTotal() > 0) {
            sb.append(": ");
            int listed = 0;
            for (int i = 0; i < shown.issues().size(); i++) {
                if (shown.undated(i) > 0) {
                    sb.append(listed++ > 0 ? ", " : "").append(shown.issues().get(i)).append(' ')
                            .append(shown.undated(i));
                }
            }
        }
        return sb.append('.').toString();
    }

    static String monthLabel(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + m.getYear();
    }

    static Node contentOf(Node n) {
        return n instanceof ScrollPane sp && sp.getContent() != null ? sp.getContent() : n;
    }
}
