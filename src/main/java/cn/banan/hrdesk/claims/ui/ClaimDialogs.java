package cn.banan.hrdesk.claims.ui;

import cn.banan.hrdesk.claims.Channel;
import cn.banan.hrdesk.claims.ClaimFlag;
import cn.banan.hrdesk.claims.ClaimForm;
import cn.banan.hrdesk.claims.PlacementForm;
import cn.banan.hrdesk.claims.PlacementRow;
import cn.banan.hrdesk.core.Page;
import cn.banan.hrdesk.core.ResidentId;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.ui.Choice;
import cn.banan.hrdesk.ui.Columns;
import cn.banan.hrdesk.ui.Fields;
import cn.banan.hrdesk.ui.FormDialog;
import cn.banan.hrdesk.ui.FormGrid;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The claims tab's dialogs: a new claim, picking placements, clearing a flag. */
final class ClaimDialogs {
    private ClaimDialogs() {
    }

    static FormDialog newClaim(Window owner, NewClaimViewModel vm, Texts texts, Consumer<Throwable> onFailure) {
        FormGrid form = new FormGrid(vm.errors());
        form.add(texts.get("claims.new.rule"), ClaimForm.RULE, Fields.choice(texts, Rule.values(), vm.rule()));
        ComboBox<Choice<String>> claimant = new ComboBox<>(vm.claimants());
        claimant.valueProperty().bindBidirectional(vm.claimant());
        form.add(texts.get("claims.new.claimant"), ClaimForm.CLAIMANT, claimant);
        form.add(texts.get("claims.new.year"), ClaimForm.YEAR, Fields.text(vm.year()));
        form.add(texts.get("claims.new.cutoff"), ClaimForm.CUTOFF, Fields.date(vm.cutoff()));
        return new FormDialog(owner, texts.get("claims.new.title"), form, 560, texts, "claim-save", saved -> vm.save(saved, onFailure));
    }

    static FormDialog placement(Window owner, PlacementFormViewModel vm, Texts texts, Consumer<Throwable> onFailure) {
        FormGrid form = new FormGrid(vm.errors());
        form.add(texts.get("claims.placement.worker"), PlacementForm.WORKER, Fields.text(vm.worker()));
        form.add(texts.get("claims.placement.enterprise"), PlacementForm.ENTERPRISE, Fields.text(vm.enterprise()));
        form.add(texts.get("claims.placement.intermediaryId"), "intermediary", Fields.text(vm.intermediary()));
        form.add(texts.get("claims.placement.channel"), PlacementForm.CHANNEL, Fields.choice(texts, Channel.values(), vm.channel()));
        form.add(texts.get("claims.detail.hire"), PlacementForm.HIRE, Fields.date(vm.hire()));
        form.add(texts.get("claims.placement.confirmed"), PlacementForm.CONFIRMED, Fields.date(vm.confirmed()));
        form.add(texts.get("claims.placement.leave"), PlacementForm.LEAVE, Fields.date(vm.leave()));
        form.add(texts.get("claims.placement.insured"), PlacementForm.INSURED, Fields.text(vm.insured()));
        form.add(texts.get("claims.placement.taskRef"), PlacementForm.TASK, Fields.text(vm.taskRef()));
        String title = texts.get(vm.isNew() ? "claims.placement.newTitle" : "claims.placement.editTitle");
        return new FormDialog(owner, title, form, 620, texts, "placement-save", saved -> vm.save(saved, onFailure));
    }

    /** The claimant's placements to choose from (several at once); empty when cancelled. */
    static Optional<List<String>> pickPlacements(Window owner, Page<PlacementRow> candidates, Texts texts) {
        Dialog<List<String>> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(texts.get("claims.pick.title"));
        d.setResizable(true);
        TableView<PlacementRow> table = new TableView<>(FXCollections.observableArrayList(candidates.rows()));
        table.setId("pick-placements");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(texts.get("common.none")));
        Columns.add(table, texts.get("registry.worker.name"), 10, PlacementRow::workerName);
        Columns.add(table, texts.get("registry.worker.residentId"), 13, r -> ResidentId.of(r.residentId()).masked());
        Columns.add(table, texts.get("registry.enterprise.name"), 13, PlacementRow::enterpriseName);
        Columns.add(table, texts.get("claims.detail.hire"), 7, PlacementRow::hireDate);
        Columns.add(table, texts.get("claims.placement.leave"), 7, r -> r.leaveDate() == null ? "" : r.leaveDate());
        Label hint = new Label(texts.get("claims.pick.hint", candidates.total()));
        d.getDialogPane().setContent(new VBox(8, hint, table));
        d.getDialogPane().setPrefWidth(900);
        d.getDialogPane().setMinWidth(900);
        ButtonType ok = new ButtonType(texts.get("claims.pick.add"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(texts.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResultConverter(b -> b == ok ? table.getSelectionModel().getSelectedItems().stream().map(PlacementRow::id).toList() : null);
        return d.showAndWait().filter(l -> !l.isEmpty());
    }

    /** Asks why the flag is cleared; the reason is kept with the flag and the signed-in reviewer's name. */
    static Optional<String> clearFlag(Window owner, Texts texts, ClaimFlag flag) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(texts.get("claims.flag.clearTitle"));
        TextField reason = new TextField();
        FormGrid form = new FormGrid(FXCollections.observableHashMap());
        form.add(texts.get("claims.flag.kind"), "clearWhich", new Label(texts.get("claims.flag.which", flag.kind(), flag.detail())));
        form.add(texts.get("claims.flag.reason"), "clearReason", reason);
        d.getDialogPane().setContent(form);
        d.getDialogPane().setPrefWidth(520);
        d.getDialogPane().setMinWidth(520);
        ButtonType ok = new ButtonType(texts.get("claims.flag.clear"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(texts.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(ok).disableProperty().bind(reason.textProperty().isEmpty());
        d.setResultConverter(b -> b == ok ? reason.getText() : null);
        return d.showAndWait();
    }
}
