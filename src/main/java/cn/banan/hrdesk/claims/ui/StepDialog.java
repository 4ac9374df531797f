package cn.banan.hrdesk.claims.ui;

import cn.banan.hrdesk.claims.workflow.Decision;
import cn.banan.hrdesk.claims.workflow.Payment;
import cn.banan.hrdesk.claims.workflow.Step;
import cn.banan.hrdesk.claims.workflow.StepRequest;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.ui.Choice;
import cn.banan.hrdesk.ui.Fields;
import cn.banan.hrdesk.ui.FormDialog;
import cn.banan.hrdesk.ui.FormGrid;
import java.time.LocalDate;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * Doing the claim's next step: the decision (退回补正 and 驳回 only where the step allows), a reason, and for
 * 拨付审批 and 发放 the funding source, for 发放 the payment itself. Problems show at their fields.
 */
final class StepDialog {
    private StepDialog() {
    }

    /** {@code payee}/{@code account}: what 发放 offers first (the claimant's registered account, if any). */
    static FormDialog of(Window owner, WorkflowViewModel vm, Step step, Texts texts, String payee, String account, LocalDate today) {
        FormGrid form = new FormGrid(vm.errors());
        List<Decision> decisions = step.mayReturnOrReject() ? List.of(Decision.values()) : List.of(Decision.PASS);
        ComboBox<Choice<Decision>> decision = form.add(texts.get("workflow.decision"), "decision",
                new ComboBox<>(FXCollections.observableArrayList(decisions.stream().map(d -> new Choice<>(d, texts.label(d))).toList())));
        decision.getSelectionModel().select(0);
        ComboBox<Choice<FundingSource>> source = new ComboBox<>(FXCollections.observableArrayList(
                vm.openSources().stream().map(s -> new Choice<>(s, texts.label(s))).toList()));
        source.getSelectionModel().select(0);
        DatePicker paidOn = Fields.isoDate(new DatePicker(today));
        TextField voucher = new TextField();
        TextField payeeName = new TextField(payee == null ? "" : payee);
        TextField payeeAccount = new TextField(account == null ? "" : account);
        TextArea override = new TextArea();
        override.setPrefRowCount(2);
        if (step.perFundingSource()) {
            form.add(texts.get("workflow.source"), "source", source);
        }
        if (step == Step.PAYMENT) {
            form.add(texts.get("workflow.paidOn"), Payment.PAID_ON, paidOn);
            form.add(texts.get("workflow.voucher"), Payment.VOUCHER, voucher);
            form.add(texts.get("workflow.payee"), "payee", payeeName);
            form.add(texts.get("workflow.payeeAccount"), Payment.PAYEE_ACCOUNT, payeeAccount);
            form.add(texts.get("workflow.override"), StepRequest.OVERRIDE, override);
        }
        TextArea reason = form.add(texts.get("workflow.reason"), StepRequest.REASON, new TextArea());
        reason.setPrefRowCount(3);
        String title = texts.get("workflow.dialog.title", texts.label(step));
        javafx.scene.control.Label heading = new javafx.scene.control.Label(title);
        heading.getStyleClass().add("section-title");
        heading.setPadding(new javafx.geometry.Insets(0, 0, 0, 8));
        return new FormDialog(owner, title, new javafx.scene.layout.VBox(10, heading, form), 620, texts, "step-ok", texts.get("workflow.dialog.ok"),
                done -> {
            Decision d = decision.getValue() == null ? Decision.PASS : decision.getValue().value();
            FundingSource s = step.perFundingSource() && source.getValue() != null ? source.getValue().value() : null;
            Payment p = step == Step.PAYMENT ? new Payment(paidOn.getValue(), voucher.getText(), payeeName.getText(), payeeAccount.getText()) : null;
            vm.perform(new StepRequest(vm.claimId(), step, d, s, reason.getText(), p, override.getText()), () -> done.accept(step.name()));
        });
    }
}
