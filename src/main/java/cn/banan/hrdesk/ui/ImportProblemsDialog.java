package cn.banan.hrdesk.ui;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.xlsx.CellProblem;
import cn.banan.hrdesk.xlsx.ImportReport;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Every bad cell of an import by row and column. After an all-or-nothing import (nothing stored) it offers
 * to import only the good rows; the result is true when the user takes that offer.
 */
public final class ImportProblemsDialog extends Dialog<Boolean> {
    public ImportProblemsDialog(Window owner, ImportReport report, boolean offerGoodRows, Texts texts) {
        initOwner(owner);
        setTitle(texts.get("registry.import.problemsTitle"));
        setResizable(true);
        String summary = offerGoodRows ? texts.get("registry.import.nothingImported", report.rowsRead(), report.problemCount())
                : texts.get("registry.import.partlyImported", report.imported(), report.problemCount(),
                        String.valueOf(report.errorWorkbook()));
        if (report.problemsNotShown() > 0) {
            summary += "\n" + texts.get("registry.import.moreProblems", report.problems().size(), report.problemsNotShown());
        }
        Label head = new Label(summary);
        head.setId("import-summary");
        head.setWrapText(true);
        TableView<CellProblem> table = new TableView<>(FXCollections.observableArrayList(report.problems()));
        table.setId("import-problems");
        Columns.add(table, texts.get("registry.import.row"), 3, CellProblem::row);
        Columns.add(table, texts.get("registry.import.column"), 3, CellProblem::column);
        Columns.add(table, texts.get("registry.import.header"), 9, CellProblem::header);
        Columns.add(table, texts.get("registry.import.message"), 28, CellProblem::message);
        getDialogPane().setContent(new VBox(8, head, table));
        getDialogPane().setPrefWidth(820);
        getDialogPane().setMinWidth(820);
        ButtonType close = new ButtonType(texts.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().add(close);
        ButtonType goodOnly = new ButtonType(texts.get("registry.import.goodRowsOnly"), ButtonBar.ButtonData.OTHER);
        if (offerGoodRows && report.badRows() < report.rowsRead()) {
            getDialogPane().getButtonTypes().add(0, goodOnly);
        }
        setResultConverter(b -> b == goodOnly);
    }
}
