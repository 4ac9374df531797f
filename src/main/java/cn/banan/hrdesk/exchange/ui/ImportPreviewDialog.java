package cn.banan.hrdesk.exchange.ui;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.UtcTimestamp;
import cn.banan.hrdesk.exchange.ImportResult;
import cn.banan.hrdesk.exchange.TableCounts;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import cn.banan.hrdesk.ui.Columns;

/** What a checked package will change, register by register, before anything is written; 导入 applies it. */
final class ImportPreviewDialog {
    private final Texts texts;
    private final ExchangeLabels labels;
    private final ImportResult preview;

    ImportPreviewDialog(Texts texts, ExchangeLabels labels, ImportResult preview) {
        this.texts = texts;
        this.labels = labels;
        this.preview = preview;
    }

    boolean confirm(Window owner) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.initOwner(owner);
        a.setTitle(texts.get("exchange.preview.title"));
        a.setHeaderText(texts.get("exchange.preview.header", preview.from(), preview.seq(), UtcTimestamp.local(preview.created()),
                preview.rows(), preview.conflicts()));
        TableView<Map.Entry<String, TableCounts>> table = new TableView<>(FXCollections.observableArrayList(preview.counts().entrySet()));
        table.setId("exchange-preview");
        table.setPrefHeight(300);
        table.setPrefWidth(640);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(texts.get("exchange.preview.nothing")));
        Columns.add(table, texts.get("exchange.col.register"), 16, e -> labels.table(e.getKey()).orElse(e.getKey()));
        Columns.add(table, texts.get("exchange.preview.added"), 7, e -> e.getValue().added());
        Columns.add(table, texts.get("exchange.preview.updated"), 7, e -> e.getValue().updated());
        Columns.add(table, texts.get("exchange.preview.conflicts"), 7, e -> e.getValue().conflicts());
        Columns.add(table, texts.get("exchange.preview.unchanged"), 7, e -> e.getValue().unchanged());
        Label note = new Label(texts.get(preview.conflicts() > 0 ? "exchange.preview.conflictNote" : "exchange.preview.note"));
        note.setWrapText(true);
        note.setMaxWidth(640);
        a.getDialogPane().setContent(new VBox(10, table, note));
        ButtonType apply = new ButtonType(texts.get("exchange.preview.apply"), ButtonBar.ButtonData.OK_DONE);
        a.getButtonTypes().setAll(apply, new ButtonType(texts.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        a.getDialogPane().lookupButton(apply).setId("exchange-preview-apply");
        return a.showAndWait().filter(b -> b == apply).isPresent();
    }
}
