package cn.banan.hrdesk.office.ui;

import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.office.WorkFund;
import cn.banan.hrdesk.ui.FieldErrors;
import cn.banan.hrdesk.ui.Fields;
import cn.banan.hrdesk.ui.FormDialog;
import cn.banan.hrdesk.ui.FormGrid;
import cn.banan.hrdesk.ui.FormSave;
import cn.banan.hrdesk.ui.TaskRunner;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.stage.Window;

/** 拨入经费: the day, the amount in yuan and the finance document it came under; problems show at the fields. */
final class AllocationDialog {
    private AllocationDialog() {
    }

    static FormDialog of(Window owner, WorkFund fund, TaskRunner runner, Texts texts, LocalDate today, Consumer<Throwable> onFailure) {
        FieldErrors errors = new FieldErrors(texts);
        SimpleObjectProperty<LocalDate> on = new SimpleObjectProperty<>(today);
        SimpleStringProperty amount = new SimpleStringProperty("");
        SimpleStringProperty document = new SimpleStringProperty("");
        FormGrid form = new FormGrid(errors.map());
        form.add(texts.get("office.workFund.allocatedOn"), "allocatedOn", Fields.date(on));
        form.add(texts.get("office.expenditure.amount"), WorkFund.AMOUNT, Fields.text(amount));
        form.add(texts.get("office.workFund.document"), WorkFund.DOCUMENT, Fields.text(document));
        return new FormDialog(owner, texts.get("office.workFund.allocate"), form, 520, texts, "allocation-save", done ->
                FormSave.run(runner, errors, () -> {
                    Money m;
                    try {
                        m = Money.parseYuan(amount.get());
                    } catch (RuntimeException e) {
                        throw new ValidationException(List.of(FieldProblem.of(WorkFund.AMOUNT, "registers.problem.notAnAmount")));
                    }
                    fund.allocate(on.get(), m, document.get());
                    return "ok";
                }, done, onFailure));
    }
}
