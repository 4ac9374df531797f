package cn.banan.hrdesk.audit.ui;

import cn.banan.hrdesk.audit.AuditEntry;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.ui.Buttons;
import cn.banan.hrdesk.ui.Choice;
import cn.banan.hrdesk.ui.Columns;
import cn.banan.hrdesk.ui.Dialogs;
import cn.banan.hrdesk.ui.FileDialogs;
import cn.banan.hrdesk.ui.Pager;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The 操作日志 tab (区审计局, the administrator): every write, filtered by record, user, register and dates; export and check. */
public final class AuditLogView extends VBox {
    private final AuditLogViewModel vm;

    public AuditLogView(AuditLogViewModel vm, Texts texts, FileDialogs files, Dialogs dialogs) {
        super(8);
        this.vm = vm;
        setPadding(new Insets(10));
        TextField record = new TextField();
        record.setId("audit-record");
        record.setPromptText(texts.get("audit.filter.record"));
        record.textProperty().bindBidirectional(vm.record());
        record.setOnAction(e -> vm.search());
        TextField user = new TextField();
        user.setId("audit-user");
        user.setPromptText(texts.get("audit.filter.user"));
        user.textProperty().bindBidirectional(vm.user());
        user.setOnAction(e -> vm.search());
        var table = Choice.longFilterBox("audit-table", vm.tableChoices(), vm.table()::set);
        DatePicker from = new DatePicker();
        from.setId("audit-from");
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(vm.from());
        DatePicker to = new DatePicker();
        to.setId("audit-to");
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(vm.to());
        Button search = Buttons.of("audit-search", texts.get("audit.search"), vm::search);
        HBox filters = new HBox(8, record, user, new Label(texts.get("audit.col.table")), table, new Label(texts.get("audit.filter.from")), from,
                new Label(texts.get("audit.filter.to")), to, search);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<AuditEntry> entries = new TableView<>(vm.entries().rows());
        entries.setId("audit-entries");
        entries.setPlaceholder(new Label(texts.get("audit.none")));
        Columns.add(entries, texts.get("audit.col.at"), 9, e -> vm.words().when(e));
        Columns.add(entries, texts.get("audit.col.site"), 7, e -> vm.words().site(e.site()));
        Columns.add(entries, texts.get("audit.col.who"), 13, e -> vm.words().who(e));
        Columns.add(entries, texts.get("audit.col.table"), 8, e -> vm.words().table(e.table()));
        Columns.add(entries, texts.get("audit.col.op"), 5, e -> vm.words().op(e));
        Columns.withTooltips(Columns.add(entries, texts.get("audit.col.changes"), 40, vm::changes));
        Columns.withTooltips(Columns.add(entries, texts.get("audit.col.record"), 12, AuditEntry::rowId));
        VBox.setVgrow(entries, Priority.ALWAYS);

        Button export = Buttons.of("audit-export", texts.get("audit.export"), () -> files.save(texts.get("audit.export"),
                texts.get("audit.export.fileName")).ifPresent(f -> vm.export(f, n -> dialogs.info(getScene().getWindow(),
                texts.get("audit.export.done", n, f)))));
        Button verify = Buttons.of("audit-verify", texts.get("audit.verify"), vm::verify);
        Label verdict = new Label();
        verdict.setId("audit-verdict");
        verdict.setWrapText(true);
        verdict.textProperty().bind(vm.verdict());
        HBox tools = new HBox(8, export, verify, verdict);
        tools.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(filters, tools, entries, new Pager(vm.entries(), texts, "audit"));
    }

    public void reload() {
        vm.search();
    }
}
