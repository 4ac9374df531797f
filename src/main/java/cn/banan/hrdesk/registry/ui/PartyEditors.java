package cn.banan.hrdesk.registry.ui;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.registry.Intermediary;
import cn.banan.hrdesk.registry.IntermediaryKind;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.registry.Worker;
import cn.banan.hrdesk.ui.Fields;
import cn.banan.hrdesk.ui.FormDialog;
import cn.banan.hrdesk.ui.FormGrid;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The intermediary and worker forms as dialogs. */
final class PartyEditors {
    private PartyEditors() {
    }

    static FormDialog intermediary(Window owner, IntermediaryFormViewModel vm, Texts texts, Consumer<Throwable> onFailure) {
        FormGrid form = new FormGrid(vm.errors());
        form.add(texts.get("registry.intermediary.kind"), Intermediary.KIND, Fields.choice(texts, IntermediaryKind.values(), vm.kind()));
        form.add(texts.get("registry.intermediary.name"), Intermediary.NAME, Fields.text(vm.name()));
        form.add(texts.get("registry.intermediary.identifier"), Intermediary.IDENTIFIER, Fields.text(vm.identifier()));
        form.add(texts.get("registry.intermediary.phone"), "phone", Fields.text(vm.phone()));
        form.add(texts.get("registry.intermediary.accountName"), Intermediary.ACCOUNT_NAME, Fields.text(vm.accountName()));
        form.add(texts.get("registry.intermediary.bankName"), Intermediary.BANK_NAME, Fields.text(vm.bankName()));
        form.add(texts.get("registry.intermediary.accountNo"), Intermediary.ACCOUNT_NO, Fields.text(vm.accountNo()));
        String title = texts.get(vm.isNew() ? "registry.intermediary.newTitle" : "registry.intermediary.editTitle");
        return new FormDialog(owner, title, form, 560, texts, "intermediary-save", saved -> vm.save(saved, onFailure));
    }

    static FormDialog worker(Window owner, WorkerFormViewModel vm, Texts texts, Consumer<Throwable> onFailure) {
        FormGrid form = new FormGrid(vm.errors());
        form.add(texts.get("registry.worker.residentId"), Worker.RESIDENT_ID, Fields.text(vm.residentId()));
        Label derived = new Label();
        derived.textProperty().bind(vm.derived());
        form.add(texts.get("registry.worker.birthAndSex"), "derived", derived);
        form.add(texts.get("registry.worker.name"), Worker.NAME, Fields.text(vm.name()));
        form.add(texts.get("registry.worker.phone"), "phone", Fields.text(vm.phone()));
        form.add(texts.get("registry.worker.group"), Worker.GROUP, Fields.choice(texts, TargetGroup.values(), vm.group()));
        String title = texts.get(vm.isNew() ? "registry.worker.newTitle" : "registry.worker.editTitle");
        return new FormDialog(owner, title, form, 560, texts, "worker-save", saved -> vm.save(saved, onFailure));
    }
}
