package cn.banan.hrdesk.claims.ui;

import cn.banan.hrdesk.claims.ClaimLine;
import cn.banan.hrdesk.claims.workflow.Objection;
import cn.banan.hrdesk.claims.workflow.ObjectionOutcome;
import cn.banan.hrdesk.claims.workflow.ObjectionService;
import cn.banan.hrdesk.core.ResidentId;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.ui.Buttons;
import cn.banan.hrdesk.ui.Choice;
import cn.banan.hrdesk.ui.Columns;
import cn.banan.hrdesk.ui.Fields;
import cn.banan.hrdesk.ui.FormDialog;
import cn.banan.hrdesk.ui.FormGrid;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** 公示异议 of one claim: the list, 登记异议 for the clerks, 处理 for the reviewer, and the export for the notice. */
final class ObjectionsDialog {
    private final ObjectionsViewModel vm;
    private final ClaimsContext ctx;
    private final Texts t;

    ObjectionsDialog(ObjectionsViewModel vm, ClaimsContext ctx) {
        this.vm = vm;
        this.ctx = ctx;
        this.t = ctx.texts();
    }

    void show(Window owner, Runnable changed) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(t.get("objection.dialog.title"));
        TableView<Objection> table = new TableView<>(vm.objections());
        table.setId("objection-list");
        table.setPlaceholder(new Label(t.get("objection.dialog.none")));
        Columns.add(table, t.get("objection.col.person"), 11, Objection::workerName);
        Columns.withTooltips(Columns.add(table, t.get("objection.col.raisedBy"), 12, Objection::raisedBy));
        Columns.add(table, t.get("objection.col.raisedOn"), 6, Objection::raisedOn);
        Columns.withTooltips(Columns.add(table, t.get("objection.col.content"), 20, Objection::content));
        Columns.withTooltips(Columns.add(table, t.get("objection.col.outcome"), 15, o -> o.isOpen() ? t.get("objection.open")
                : t.get("objection.settledText", t.label(o.outcome()), o.settledBy(), o.settledOn(), o.settlement())));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button record = Buttons.of("objection-record", t.get("objection.record"), () -> recordForm(owner, changed));
        record.setVisible(vm.mayRecord());
        record.setManaged(vm.mayRecord());
        Button settle = Buttons.of("objection-settle", t.get("objection.settle"), () -> settleForm(owner, table.getSelectionModel().getSelectedItem(),
                changed));
        settle.setVisible(vm.maySettle());
        settle.setManaged(vm.maySettle());
        settle.disableProperty().bind(Bindings.createBooleanBinding(() -> table.getSelectionModel().getSelectedItem() == null
                || !table.getSelectionModel().getSelectedItem().isOpen(), table.getSelectionModel().selectedItemProperty(), vm.objections()));
        Button export = Buttons.of("objection-export", t.get("objection.export"), () -> export(owner));
        export.disableProperty().bind(vm.notice().isNull());
        Label notice = new Label();
        notice.setWrapText(true);
        notice.textProperty().bind(Bindings.createStringBinding(() -> vm.notice().get() == null ? t.get("objection.dialog.noNotice")
                : t.get("objection.dialog.notice", vm.notice().get().noticeNo(), vm.notice().get().startsOn(), vm.notice().get().endsOn()),
                vm.notice()));
        VBox content = new VBox(8, notice, table, new HBox(8, record, settle, export));
        content.setPadding(new Insets(4));
        content.setPrefHeight(420);
        d.getDialogPane().setContent(content);
        d.getDialogPane().setPrefWidth(960);
        d.getDialogPane().setMinWidth(960);
        d.getDialogPane().getButtonTypes().add(new ButtonType(t.get("common.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResizable(true);
        d.showAndWait();
    }

    private void recordForm(Window owner, Runnable changed) {
        vm.clearErrors();
        FormGrid form = new FormGrid(vm.errors());
        ComboBox<Choice<ClaimLine>> line = form.add(t.get("objection.col.person"), ObjectionService.LINE, new ComboBox<>(
                FXCollections.observableArrayList(vm.lines().stream().map(l -> new Choice<>(l, t.get("objection.lineChoice", l.workerName(),
                        ResidentId.of(l.residentId()).masked(), l.enterpriseName(), l.amount().toYuanString()))).toList())));
        line.setId("objection-line");
        TextField raisedBy = form.add(t.get("objection.col.raisedBy"), ObjectionService.RAISED_BY, new TextField());
        raisedBy.setId("objection-raisedBy");
        raisedBy.setPromptText(t.get("objection.raisedByPrompt"));
        DatePicker raisedOn = form.add(t.get("objection.col.raisedOn"), ObjectionService.RAISED_ON,
                Fields.isoDate(new DatePicker(LocalDate.now(ctx.clock()))));
        raisedOn.setId("objection-raisedOn");
        TextArea content = form.add(t.get("objection.col.content"), ObjectionService.CONTENT, new TextArea());
        content.setId("objection-content");
        content.setPrefRowCount(3);
        new FormDialog(owner, t.get("objection.record.title"), form, 620, t, "objection-save", done -> vm.record(
                line.getValue() == null ? null : line.getValue().value(), raisedBy.getText(), raisedOn.getValue(), content.getText(), () -> {
                    changed.run();
                    done.accept("");
                })).showAndWait();
    }

    private void settleForm(Window owner, Objection o, Runnable changed) {
        if (o == null) {
            return;
        }
        vm.clearErrors();
        FormGrid form = new FormGrid(vm.errors());
        form.add(t.get("objection.col.content"), "shown", new Label(t.get("objection.summary", o.workerName(), o.raisedBy(), o.raisedOn(),
                o.content()))).setWrapText(true);
        ComboBox<Choice<ObjectionOutcome>> outcome = form.add(t.get("objection.col.outcome"), ObjectionService.OUTCOME,
                new ComboBox<>(FXCollections.observableArrayList(Choice.of(t, ObjectionOutcome.values()))));
        outcome.setId("objection-outcome");
        TextArea reason = form.add(t.get("objection.col.settlement"), ObjectionService.REASON, new TextArea());
        reason.setId("objection-reason");
        reason.setPrefRowCount(3);
        new FormDialog(owner, t.get("objection.settle.title"), form, 620, t, "objection-settleSave", done -> vm.settle(o,
                outcome.getValue() == null ? null : outcome.getValue().value(), reason.getText(), () -> {
                    changed.run();
                    done.accept("");
                })).showAndWait();
    }

    private void export(Window owner) {
        ctx.files().save(t.get("objection.choose"), t.get("objection.fileName", vm.notice().get().noticeNo())).ifPresent(file ->
                vm.export(file, n -> ctx.dialogs().info(owner, t.get("objection.exported", n, vm.notice().get().noticeNo(), file))));
    }
}
