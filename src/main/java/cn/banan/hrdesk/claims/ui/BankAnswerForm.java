package cn.banan.hrdesk.claims.ui;

import cn.banan.hrdesk.claims.payments.BatchLine;
import cn.banan.hrdesk.claims.payments.LineResult;
import cn.banan.hrdesk.claims.payments.PaymentBatches;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.ui.Fields;
import cn.banan.hrdesk.ui.FormDialog;
import cn.banan.hrdesk.ui.FormGrid;
import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** The bank's answer to one 代发 line, as the payer records it: credited, returned, or sent back after crediting (退汇). */
final class BankAnswerForm {
    private final BankListsViewModel vm;
    private final ClaimsContext ctx;
    private final Texts t;

    BankAnswerForm(BankListsViewModel vm, ClaimsContext ctx) {
        this.vm = vm;
        this.ctx = ctx;
        this.t = ctx.texts();
    }

    void answer(Window owner, BatchLine line, LineResult result, Runnable changed) {
        if (line != null) {
            show(owner, line, t.label(result), result == LineResult.RETURNED ? "payments.dialog.reason" : null,
                    (on, reason, done) -> vm.answer(line, result, on, reason, done), changed);
        }
    }

    /** 退汇: the payment is reversed in the ledger with the bank's reason; the share may go on a later list. */
    void refund(Window owner, BatchLine line, Runnable changed) {
        if (line != null) {
            show(owner, line, t.get("payments.dialog.refundTitle"), "payments.dialog.refundReason", (on, reason, done) -> vm.refund(line, on, reason, done),
                    changed);
        }
    }

    private interface Save {
        void save(LocalDate on, String reason, Runnable done);
    }

    /** {@code reasonLabel}: the key of the reason's label; null when the answer needs none. */
    private void show(Window owner, BatchLine line, String title, String reasonLabel, Save save, Runnable changed) {
        vm.clearErrors();
        FormGrid form = new FormGrid(vm.errors());
        form.add(t.get("payments.dialog.line"), "shown", new Label(t.get("payments.dialog.lineText", line.batchNo(), line.seq(), line.claimNo(),
                line.accountName(), line.amount().toYuanString())));
        DatePicker on = form.add(t.get("payments.dialog.on"), PaymentBatches.ON, Fields.isoDate(new DatePicker(LocalDate.now(ctx.clock()))));
        on.setId("bank-on");
        TextArea reason = new TextArea();
        reason.setPrefRowCount(2);
        if (reasonLabel != null) {
            form.add(t.get(reasonLabel), PaymentBatches.REASON, reason).setId("bank-reason");
        }
        new FormDialog(owner, title, form, 620, t, "bank-answer", t.get("common.save"), done -> save.save(on.getValue(), reason.getText(), () -> {
            changed.run();
            done.accept("");
        })).showAndWait();
    }
}
