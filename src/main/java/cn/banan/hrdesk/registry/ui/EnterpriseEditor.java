package cn.banan.hrdesk.registry.ui;

import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.ui.Fields;
import cn.banan.hrdesk.ui.FormGrid;
import cn.banan.hrdesk.ui.FormDialog;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The enterprise form as a dialog; for a registered enterprise also its histories below the form. */
public final class EnterpriseEditor extends FormDialog {
    public EnterpriseEditor(Window owner, EnterpriseFormViewModel vm, EnterpriseDetailsViewModel details, EnterpriseAccountViewModel account, Texts texts,
                            Consumer<Throwable> onFailure, java.util.function.BiConsumer<Window, cn.banan.hrdesk.registry.Recognition> attach) {
        super(owner, texts.get(vm.isNew() ? "registry.enterprise.newTitle" : "registry.enterprise.editTitle"),
                content(vm, details, account, texts, attach), details != null ? 1120 : 560, texts, "enterprise-save", saved -> vm.save(saved, onFailure));
    }

    private static Node content(EnterpriseFormViewModel vm, EnterpriseDetailsViewModel details, EnterpriseAccountViewModel account, Texts texts,
                                java.util.function.BiConsumer<Window, cn.banan.hrdesk.registry.Recognition> attach) {
        FormGrid form = new FormGrid(vm.errors());
        form.add(texts.get("registry.enterprise.name"), EnterpriseForm.NAME, Fields.text(vm.name()));
        form.add(texts.get("registry.enterprise.creditCode"), EnterpriseForm.CREDIT_CODE, Fields.text(vm.creditCode()));
        form.add(texts.get("registry.enterprise.park"), EnterpriseForm.PARK, Fields.choice(texts, Park.values(), vm.park()));
        if (vm.isNew()) {
            form.add(texts.get("registry.enterprise.tier"), EnterpriseForm.TIER, Fields.choice(texts, Tier.values(), vm.tier()));
            form.add(texts.get("registry.enterprise.tierFrom"), EnterpriseForm.TIER_FROM, Fields.date(vm.tierFrom()));
        }
        form.add(texts.get("registry.enterprise.address"), "address", Fields.text(vm.address()));
        form.add(texts.get("registry.enterprise.industry"), "industry", Fields.text(vm.industry()));
        form.add(texts.get("registry.enterprise.note"), "note", Fields.text(vm.note()));
        VBox content = new VBox(6, form);
        if (details != null) {
            content.getChildren().add(new EnterpriseDetailsPane(details, account, texts, attach));
            details.reload();
        }
        return content;
    }
}
