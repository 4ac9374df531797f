package cn.banan.hrdesk.params.ui;

import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.policy.PolicyParameters;
import cn.banan.hrdesk.ui.Buttons;
import cn.banan.hrdesk.ui.Columns;
import cn.banan.hrdesk.ui.Fields;
import cn.banan.hrdesk.ui.FormGrid;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** 政策参数: the versions of the notice's figures, and the form that adds the next one. */
public final class ParametersDialog extends Dialog<Void> {
    public ParametersDialog(Window owner, ParametersViewModel vm, Texts texts, Consumer<Throwable> onFailure) {
        initOwner(owner);
        setTitle(texts.get("params.title"));
        setResizable(true);
        TableView<PolicyParameters> table = new TableView<>(vm.versions());
        table.setId("params-table");
        Columns.add(table, texts.get("params.version"), 3, PolicyParameters::version);
        Columns.add(table, texts.get("params.effectiveFrom"), 7, PolicyParameters::effectiveFrom);
        Columns.add(table, texts.get("params.documentNo"), 12, PolicyParameters::documentNo);
        Columns.add(table, "R1", 9, p -> yuan(p.r1BasicFen()) + " / " + yuan(p.r1EmergencyFen()));
        Columns.add(table, "R2", 9, p -> texts.get("params.r2Summary", yuan(p.r2MonthlyFen()), p.r2CapMonths()));
        Columns.add(table, "R3", 12, p -> texts.get("params.r3Summary", yuan(p.r3AmountFen()), p.r3RetentionMonths(), p.r3InsuredMonths(),
                p.r3NewHireMonths()));
        table.setPrefHeight(180);
        FormGrid form = new FormGrid(vm.errors());
        form.add(texts.get("params.effectiveFrom"), "effectiveFrom", Fields.date(vm.effectiveFrom()));
        form.add(texts.get("params.documentNo"), "documentNo", Fields.text(vm.documentNo()));
        for (int i = 0; i < ParametersViewModel.FIELDS.length; i++) {
            form.add(texts.get(ParametersViewModel.LABEL_KEYS[i]), ParametersViewModel.FIELDS[i], Fields.text(vm.figure(i)));
        }
        form.add(texts.get("params.note"), "note", Fields.text(vm.note()));
        Label done = new Label();
        done.setId("params-done");
        var add = Buttons.of("params-add", texts.get("params.add"), () -> vm.add(n -> done.setText(texts.get("params.added", n)), onFailure));
        Label hint = new Label(texts.get("params.hint"));
        hint.setWrapText(true);
        getDialogPane().setContent(new VBox(8, table, hint, form, new HBox(12, add, done)));
        getDialogPane().setPrefWidth(900);
        getDialogPane().setMinWidth(900);
        getDialogPane().getButtonTypes().add(new ButtonType(texts.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        vm.reload();
    }

    private static String yuan(long fen) {
        return new Money(fen).toYuanString();
    }
}
