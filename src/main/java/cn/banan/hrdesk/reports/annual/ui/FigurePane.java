package cn.banan.hrdesk.reports.annual.ui;

import cn.banan.hrdesk.xlsx.FigureChart;
import cn.banan.hrdesk.xlsx.FigureTable;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One table of the year's figures: the table as it prints, its chart beside it, and the lines under it. */
final class FigurePane extends TitledPane {
    private static final double ROW = 30;
    private static final double HEADER = 44;
    private static final double MAX_COLUMN = 380;

    FigurePane(FigureTable figures, String id) {
        setText(figures.title());
        setId(id);
        TableView<List<Object>> table = new TableView<>(FXCollections.observableArrayList(figures.rows()));
        table.setId(id + "-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (int c = 0; c < figures.columns().size(); c++) {
            int k = c;
            TableColumn<List<Object>, String> col = new TableColumn<>(figures.columns().get(c).header());
            col.setCellValueFactory(r -> new ReadOnlyStringWrapper(FigureCells.text(r.getValue().get(k))));
            String header = figures.columns().get(c).header();
            int longest = figures.rows().stream().mapToInt(r -> FigureCells.text(r.get(k)).length()).max().orElse(0);
            // wide enough for its longest entry (a Chinese character takes about 14 pixels), within reason
            col.setPrefWidth(Math.min(MAX_COLUMN, Math.max(figures.columns().get(c).width() * 9.0, Math.max(header.length(), longest) * 14.0 + 16)));
            col.setSortable(false);
            if (figures.rows().stream().anyMatch(r -> FigureCells.isFigure(r.get(k)))) {
                col.setStyle("-fx-alignment: CENTER-RIGHT;");
            }
            table.getColumns().add(col);
        }
        // tall enough for every row and no taller: the pane scrolls as a whole, a table inside it should not
        table.setFixedCellSize(ROW);
        table.setPrefHeight(ROW * figures.rows().size() + HEADER);
        table.setMinHeight(table.getPrefHeight());
        table.setMaxHeight(table.getPrefHeight());
        HBox.setHgrow(table, Priority.ALWAYS);
        HBox body = new HBox(12, table);
        body.setFillHeight(false);
        if (figures.chart() != null) {
            Chart chart = chart(figures);
            chart.setId(id + "-chart");
            chart.setPrefSize(520, Math.max(280, 60 + 34.0 * figures.chart().rows() * figures.chart().valueColumns().size()));
            chart.setMinWidth(480);
            body.getChildren().add(chart);
        }
        VBox box = new VBox(6, body);
        figures.footer().forEach(line -> {
            Label l = new Label(line);
            l.setWrapText(true);
            box.getChildren().add(l);
        });
        box.setPadding(new Insets(6));
        setContent(box);
    }

    private static Chart chart(FigureTable figures) {
        FigureChart spec = figures.chart();
        if (spec.kind() == FigureChart.Kind.PIE) {
            int k = spec.valueColumns().get(0);
            PieChart pie = new PieChart();
            for (List<Object> r : figures.rows().subList(0, spec.rows())) {
                double v = FigureCells.value(r.get(k));
                if (v > 0) {
                    pie.getData().add(new PieChart.Data(FigureCells.text(r.get(0)) + " " + FigureCells.text(r.get(k)), v));
                }
            }
            pie.setTitle(spec.title());
            pie.setLegendVisible(false);
            return pie;
        }
        // bars lie across: a Chinese name reads along its bar instead of being turned on its side under it
        BarChart<Number, String> bars = new BarChart<>(new NumberAxis(), new CategoryAxis());
        List<List<Object>> charted = new java.util.ArrayList<>(figures.rows().subList(0, spec.rows()));
        java.util.Collections.reverse(charted);
        for (int k : spec.valueColumns()) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(figures.columns().get(k).header());
            for (List<Object> r : charted) {
                series.getData().add(new XYChart.Data<>(FigureCells.value(r.get(k)), FigureCells.category(r.get(0))));
            }
            bars.getData().add(series);
        }
        bars.setTitle(spec.title());
        bars.setAnimated(false);
        return bars;
    }
}
