package cn.banan.hrdesk.reports.annual.ui;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.ui.AfterFrame;
import cn.banan.hrdesk.ui.Buttons;
import cn.banan.hrdesk.ui.Dialogs;
import cn.banan.hrdesk.ui.FileDialogs;
import cn.banan.hrdesk.xlsx.FigureTable;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** 年度统计: a year, its tables with their charts one under another, and 导出 Excel… for the signed copy. */
public final class AnnualView extends BorderPane {
    private final AnnualViewModel vm;
    /** Which year's tables are being put in; a later year's stops the rest of an earlier one's. */
    private int shown;

    public AnnualView(AnnualViewModel vm, FileDialogs files, Dialogs dialogs) {
        this.vm = vm;
        Texts texts = vm.texts();
        ComboBox<Integer> year = new ComboBox<>(vm.years());
        year.setId("annual-year");
        vm.year().addListener((o, was, now) -> year.setValue(now));
        // a year chosen by hand is counted; the model setting the box to the year it counts is not counted again
        year.setOnAction(e -> {
            if (year.getValue() != null && !year.getValue().equals(vm.year().get())) {
                vm.show(year.getValue());
            }
        });
        Button export = Buttons.of("annual-export", texts.get("annual.export"), () -> files.save(texts.get("annual.export.title"), vm.fileName())
                .ifPresent(file -> vm.export(file, done -> {
                    if (dialogs.confirm(getScene().getWindow(), texts.get("annual.export.done", done.getFileName()))) {
                        files.openInSystem(done);
                    }
                })));
        export.disableProperty().bind(vm.year().isNull());
        Label status = new Label();
        status.setId("annual-status");
        status.textProperty().bind(vm.status());
        HBox top = new HBox(8, new Label(texts.get("annual.year")), year, export, status);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox sections = new VBox(8);
        sections.setId("annual-sections");
        vm.tables().addListener((ListChangeListener<FigureTable>) c -> {
            sections.getChildren().clear();
            showFrom(sections, List.copyOf(vm.tables()), 0, ++shown);
        });
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        setTop(top);
        setCenter(scroll);
        BorderPane.setMargin(scroll, new Insets(8, 0, 0, 0));
        setPadding(new Insets(10));
    }

    public void reload() {
        vm.reload();
    }

    /**
     * Puts the year's tables in one per frame: eleven tables and their charts at once held the window still for
     * half a second.
     */
    private void showFrom(VBox sections, List<FigureTable> tables, int from, int generation) {
        if (generation != shown || from >= tables.size()) {
            return;
        }
        sections.getChildren().add(new FigurePane(tables.get(from), "annual-" + (from + 1)));
        if (getScene() == null) {
            showFrom(sections, tables, from + 1, generation);
        } else {
            AfterFrame.run(getScene(), () -> showFrom(sections, tables, from + 1, generation));
        }
    }
}
