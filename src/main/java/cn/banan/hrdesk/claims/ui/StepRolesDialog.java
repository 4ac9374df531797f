package cn.banan.hrdesk.claims.ui;

import cn.banan.hrdesk.claims.workflow.Step;
import cn.banan.hrdesk.claims.workflow.WorkflowService;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.security.Role;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** 流程设置: which roles may do each workflow step (SPEC §4 leaves the procedure to 区人力社保局), one tick per pair. */
public final class StepRolesDialog {
    private StepRolesDialog() {
    }

    public static void open(Window owner, WorkflowService workflow, TaskRunner runner, Texts texts, Consumer<Throwable> onFailure) {
        runner.run(UiTask.of(null, p -> workflow.stepRoles()).onSuccess(current -> {
            Dialog<Void> d = new Dialog<>();
            d.initOwner(owner);
            d.setTitle(texts.get("workflow.roles.title"));
            GridPane grid = new GridPane();
            grid.setHgap(14);
            grid.setVgap(6);
            grid.setPadding(new Insets(6));
            Map<Step, Map<Role, CheckBox>> boxes = new EnumMap<>(Step.class);
            for (int c = 0; c < Step.values().length; c++) {
                Label head = new Label(texts.label(Step.values()[c]));
                grid.add(head, c + 1, 0);
                javafx.scene.layout.GridPane.setHalignment(head, javafx.geometry.HPos.CENTER);
            }
            // only the roles that do casework can be given a step; the service refuses the others too
            java.util.List<Role> caseworkers = java.util.Arrays.stream(Role.values()).filter(Role::doesCasework).toList();
            for (int r = 0; r < caseworkers.size(); r++) {
                Role role = caseworkers.get(r);
                grid.add(new Label(texts.label(role)), 0, r + 1);
                for (int c = 0; c < Step.values().length; c++) {
                    Step step = Step.values()[c];
                    CheckBox box = new CheckBox();
                    box.setId("role-" + step.name() + "-" + role.name());
                    box.setSelected(current.get(step).contains(role));
                    boxes.computeIfAbsent(step, s -> new EnumMap<>(Role.class)).put(role, box);
                    grid.add(box, c + 1, r + 1);
                    javafx.scene.layout.GridPane.setHalignment(box, javafx.geometry.HPos.CENTER);
                }
            }
            Label hint = new Label(texts.get("workflow.roles.hint"));
            hint.setWrapText(true);
            hint.setMaxWidth(560);
            d.getDialogPane().setContent(new javafx.scene.layout.VBox(10, hint, grid));
            ButtonType save = new ButtonType(texts.get("common.save"), ButtonBar.ButtonData.OK_DONE);
            d.getDialogPane().getButtonTypes().addAll(save, new ButtonType(texts.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
            d.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
                e.consume();
                Map<Step, Set<Role>> chosen = new EnumMap<>(Step.class);
                boxes.forEach((step, byRole) -> {
                    Set<Role> set = EnumSet.noneOf(Role.class);
                    byRole.forEach((role, box) -> {
                        if (box.isSelected()) {
                            set.add(role);
                        }
                    });
                    chosen.put(step, set);
                });
                runner.run(UiTask.of(null, p -> {
                    workflow.setStepRoles(chosen);
                    return Boolean.TRUE;
                }).onSuccess(ok -> d.close()).onFailure(onFailure));
            });
            d.show();
        }).onFailure(onFailure));
    }
}
