package org.claimline.ui.analysis;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.claimline.analysis.Filter;
import org.claimline.analysis.Timeline;
import org.controlsfx.control.RangeSlider;

/** The timeline tab's chart: claims per issue per month, and the range selector that filters every view. */
final class TimelineChart {
    private final AnalysisViewModel vm;
    private final VBox box;
    private boolean updatingSlider;

    TimelineChart(AnalysisViewModel vm, VBox box) {
        this.vm = vm;
        this.box = box;
    }

    void fill(Timeline shown, Timeline full, Map<String, String> colors) {
        box.getChildren().clear();
        if (full == null || full.months().isEmpty() && full.undatedTotal() == 0) {
            box.getChildren().add(new Label("No claims match the filter."));
            return;
        }
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel("claims");
        y.setMinorTickVisible(false);
        StackedBarChart<String, Number> chart = new StackedBarChart<>(x, y);
        chart.setId("timeline-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(Math.max(1, 12 - shown.months().size() / 4.0));
        // undated claims are not a month: a column of them would also flatten every month's bar
        List<String> cats = new java.util.ArrayList<>(shown.months().stream().map(AnalysisParts::monthLabel).toList());
        x.setCategories(javafx.collections.FXCollections.observableArrayList(cats));
        x.setTickLabelRotation(shown.months().size() > 12 ? -60 : 0);
        for (int i = 0; i < shown.issues().size(); i++) {
            String issue = shown.issues().get(i);
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(issue);
            for (int m = 0; m < shown.months().size(); m++) {
                XYChart.Data<String, Number> d = new XYChart.Data<>(cats.get(m), shown.count(i, m));
                AnalysisParts.colour(d, colors.get(issue), cats.get(m) + " \u2014 " + issue + ": " + shown.count(i, m));
                s.getData().add(d);
            }
            chart.getData().add(s);
        }
        chart.setPrefHeight(420);
        chart.setMinHeight(360);
        Label undated = new Label(AnalysisParts.undatedText(shown, full));
        undated.setWrapText(true);
        undated.setId("timeline-undated");
        box.getChildren().setAll(AnalysisParts.issueLegend(shown.issues(), colors), chart, undated);
        if (full.months().size() > 1) {
            box.getChildren().add(rangeSelector(full.months()));
        }
    }

    private Node rangeSelector(List<YearMonth> months) {
        RangeSlider slider = new RangeSlider(0, months.size() - 1, 0, months.size() - 1);
        slider.setId("timeline-range");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setBlockIncrement(1);
        slider.setShowTickMarks(true);
        Filter f = vm.filterProperty().get();
        updatingSlider = true;
        if (f.from() != null) {
            int i = months.indexOf(YearMonth.from(f.from()));
            slider.setLowValue(Math.max(0, i));
        }
        if (f.to() != null) {
            int i = months.indexOf(YearMonth.from(f.to()));
            slider.setHighValue(i < 0 ? months.size() - 1 : i);
        }
        updatingSlider = false;
        Label range = new Label();
        Runnable label = () -> range.setText(AnalysisParts.monthLabel(months.get((int) Math.round(slider.getLowValue()))) + " \u2013 "
                + AnalysisParts.monthLabel(months.get((int) Math.round(slider.getHighValue()))));
        label.run();
        slider.lowValueProperty().addListener((o, a, b) -> label.run());
        slider.highValueProperty().addListener((o, a, b) -> label.run());
        Runnable apply = () -> {
            if (updatingSlider) {
                return;
            }
            int lo = (int) Math.round(slider.getLowValue());
            int hi = (int) Math.round(slider.getHighValue());
            if (lo == 0 && hi == months.size() - 1) {
                vm.clearRange();
            } else {
                vm.setMonthRange(months.get(lo), months.get(hi));
            }
        };
        slider.lowValueChangingProperty().addListener((o, a, b) -> {
            if (!b) {
                apply.run();
            }
        });
        slider.highValueChangingProperty().addListener((o, a, b) -> {
            if (!b) {
                apply.run();
            }
        });
        Button all = new Button("All months");
        all.setOnAction(e -> vm.clearRange());
        HBox.setHgrow(slider, Priority.ALWAYS);
        HBox box = new HBox(10, new Label("Published"), slider, range, all);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
