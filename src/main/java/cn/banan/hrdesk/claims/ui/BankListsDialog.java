package cn.banan.hrdesk.claims.ui;

import cn.banan.hrdesk.claims.payments.BatchLine;
import cn.banan.hrdesk.claims.payments.LineResult;
import cn.banan.hrdesk.claims.payments.Payable;
import cn.banan.hrdesk.claims.payments.PaymentBatch;
import cn.banan.hrdesk.claims.payments.PaymentBatches;
import cn.banan.hrdesk.core.Masking;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.ui.Buttons;
import cn.banan.hrdesk.ui.Columns;
import cn.banan.hrdesk.ui.Fields;
import cn.banan.hrdesk.ui.FormDialog;
import cn.banan.hrdesk.ui.FormGrid;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** 代发清单: choose the shares to send, make the list for the bank, then answer each line as the bank did. */
final class BankListsDialog {
    private final BankListsViewModel vm;
    private final ClaimsContext ctx;
    private final Texts t;

    BankListsDialog(BankListsViewModel vm, ClaimsContext ctx) {
        this.vm = vm;
        this.ctx = ctx;
        this.t = ctx.texts();
    }

    void show(Window owner, Runnable changed) {
        TableView<Payable> payable = new TableView<>(vm.payable());
        payable.setId("bank-payable");
        payable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        payable.setPlaceholder(new Label(t.get("payments.dialog.nothing")));
        Columns.add(payable, t.get("claims.list.no"), 9, Payable::claimNo);
        Columns.add(payable, t.get("claims.list.claimant"), 14, Payable::claimantName);
        Columns.add(payable, t.get("payments.col.accountNo"), 10, p -> p.account() == null ? "" : Masking.account(p.account().accountNo()));
        Columns.add(payable, t.get("payments.col.amount"), 6, p -> p.amount().toYuanString());
        Columns.withTooltips(Columns.add(payable, t.get("payments.dialog.state"), 18, p -> !p.ready() ? vm.why(p)
                : t.get(p.again() ? "payments.dialog.readyAgain" : "payments.dialog.ready")));
        TextField purpose = new TextField();
        purpose.setId("bank-purpose");
        purpose.setPromptText(t.get("payments.purpose.default"));
        Button make = Buttons.of("bank-make", t.get("payments.dialog.make"), () -> make(owner, payable, purpose.getText(), changed));
        make.disableProperty().bind(Bindings.isEmpty(payable.getSelectionModel().getSelectedItems()));
        Label source = new Label();
        source.textProperty().bind(Bindings.createStringBinding(() -> vm.source().get() == null ? ""
                : t.get("payments.dialog.source", t.label(vm.source().get())), vm.source()));
        HBox makeRow = new HBox(8, new Label(t.get("payments.col.purpose")), purpose, make);
        HBox.setHgrow(purpose, Priority.ALWAYS);

        TableView<PaymentBatch> batches = new TableView<>(vm.batches());
        batches.setId("bank-batches");
        batches.setPlaceholder(new Label(t.get("payments.dialog.noBatches")));
        Columns.add(batches, t.get("payments.dialog.batchNo"), 10, PaymentBatch::batchNo);
        Columns.add(batches, t.get("payments.dialog.madeOn"), 7, PaymentBatch::madeOn);
        Columns.add(batches, t.get("payments.dialog.count"), 4, PaymentBatch::lines);
        Columns.add(batches, t.get("payments.col.amount"), 7, b -> b.total().toYuanString());
        Columns.add(batches, t.get("payments.dialog.waiting"), 4, PaymentBatch::waiting);
        batches.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null || vm.shownBatch() == null) {
                vm.show(b);
            }
        });
        // the list shown stays chosen when the lists are read again after an answer
        vm.batches().addListener((javafx.collections.ListChangeListener<PaymentBatch>) c -> vm.batches().stream()
                .filter(b -> b.id().equals(vm.shownBatch())).findFirst().ifPresent(b -> batches.getSelectionModel().select(b)));
        batches.setMinWidth(520);
        TableView<BatchLine> lines = new TableView<>(vm.lines());
        lines.setId("bank-lines");
        lines.setPlaceholder(new Label(t.get("payments.dialog.pickBatch")));
        Columns.add(lines, t.get("payments.col.no"), 3, BatchLine::seq);
        Columns.add(lines, t.get("claims.list.no"), 9, BatchLine::claimNo);
        Columns.add(lines, t.get("payments.col.accountName"), 12, BatchLine::accountName);
        Columns.add(lines, t.get("payments.col.amount"), 6, l -> l.amount().toYuanString());
        Columns.withTooltips(Columns.add(lines, t.get("payments.dialog.answer"), 16, l -> l.waiting() ? t.get("payments.dialog.waitingBank")
                : l.refundedOn() != null ? t.get("payments.dialog.refundedOn", l.resultOn(), l.refundedOn(), l.refundReason())
                : l.result() == LineResult.PAID ? t.get("payments.dialog.paidOn", l.resultOn())
                : t.get("payments.dialog.returnedOn", l.resultOn(), l.returnReason())));
        Button paid = Buttons.of("bank-paid", t.get("payments.dialog.paid"), () -> answer(owner, lines.getSelectionModel().getSelectedItem(),
                LineResult.PAID, changed));
        Button returned = Buttons.of("bank-returned", t.get("payments.dialog.returned"), () -> answer(owner,
                lines.getSelectionModel().getSelectedItem(), LineResult.RETURNED, changed));
        var noWaitingLine = Bindings.createBooleanBinding(() -> lines.getSelectionModel().getSelectedItem() == null
                || !lines.getSelectionModel().getSelectedItem().waiting(), lines.getSelectionModel().selectedItemProperty(), vm.lines());
        paid.disableProperty().bind(noWaitingLine);
        returned.disableProperty().bind(noWaitingLine);
        Button refund = Buttons.of("bank-refund", t.get("payments.dialog.refund"), () -> new BankAnswerForm(vm, ctx).refund(owner,
                lines.getSelectionModel().getSelectedItem(), changed));
        refund.disableProperty().bind(Bindings.createBooleanBinding(() -> lines.getSelectionModel().getSelectedItem() == null
                || !lines.getSelectionModel().getSelectedItem().credited(), lines.getSelectionModel().selectedItemProperty(), vm.lines()));
        HBox sent = new HBox(10, batches, new VBox(6, lines, new HBox(8, paid, returned, refund)));
        HBox.setHgrow(sent.getChildren().get(1), Priority.ALWAYS);

        Label owing = new Label(t.get("payments.dialog.owing"));
        owing.getStyleClass().add("section-title");
        Label sentTitle = new Label(t.get("payments.dialog.sent"));
        sentTitle.getStyleClass().add("section-title");
        VBox content = new VBox(8, source, owing, payable, makeRow, sentTitle, sent);
        content.setPadding(new Insets(4));
        content.setPrefHeight(640);
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(t.get("payments.dialog.title"));
        d.setResizable(true);
        d.getDialogPane().setContent(content);
        d.getDialogPane().setPrefWidth(1180);
        d.getDialogPane().setMinWidth(1180);
        d.getDialogPane().getButtonTypes().add(new ButtonType(t.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        vm.reload();
        d.showAndWait();
    }

    private void make(Window owner, TableView<Payable> payable, String purpose, Runnable changed) {
        var ids = payable.getSelectionModel().getSelectedItems().stream().map(Payable::claimId).toList();
        ctx.files().save(t.get("payments.choose"), t.get("payments.fileName", LocalDate.now(ctx.clock()))).ifPresent(file ->
                vm.make(ids, purpose, file, b -> {
                    changed.run();
                    if (ctx.dialogs().confirm(owner, t.get("payments.made", b.batchNo(), b.lines(), b.total().toYuanString(), file))) {
                        ctx.files().openInSystem(file);
                    }
                }));
    }

    private void answer(Window owner, BatchLine line, LineResult result, Runnable changed) {
        new BankAnswerForm(vm, ctx).answer(owner, line, result, changed);
    }
}
