package cn.banan.hrdesk.claims.ui;

import cn.banan.hrdesk.core.BusinessTime;
import cn.banan.hrdesk.claims.ClaimStatus;
import cn.banan.hrdesk.claims.workflow.ClaimEvent;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.ui.Buttons;
import cn.banan.hrdesk.ui.Columns;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The claim's status with the button for its next step, and every step done so far (who, role, when, decision, why). */
final class WorkflowPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BusinessTime.ZONE);
    private final HBox bar;
    private final VBox history;

    interface Actions {
        void step();

        void printForm();
    }

    WorkflowPane(WorkflowViewModel vm, Texts texts, Actions actions) {
        Label status = new Label();
        status.setId("claim-status");
        status.getStyleClass().add("section-title");
        status.textProperty().bind(Bindings.createStringBinding(() -> describe(vm.status().get(), texts), vm.status()));
        Button step = Buttons.of("claim-step", "", actions::step);
        step.textProperty().bind(Bindings.createStringBinding(() -> vm.status().get() == null || vm.status().get().nextStep() == null ? ""
                : texts.get("workflow.do", texts.label(vm.status().get().nextStep())), vm.status()));
        step.visibleProperty().bind(vm.mayAct());
        step.managedProperty().bind(vm.mayAct());
        Button print = Buttons.of("claim-printForm", texts.get("forms.print"), actions::printForm);
        print.disableProperty().bind(vm.status().isNull());
        Label waiting = new Label();
        waiting.setId("claim-waiting");
        waiting.textProperty().bind(vm.waiting());
        bar = new HBox(10, status, waiting, step, print);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<ClaimEvent> events = new TableView<>(vm.events());
        events.setId("claim-events");
        events.setPlaceholder(new Label(texts.get("workflow.noEvents")));
        Columns.add(events, texts.get("workflow.col.at"), 10, e -> WHEN.format(e.at()));
        Columns.add(events, texts.get("workflow.col.step"), 6, e -> e.fundingSource() == null ? texts.label(e.step())
                : texts.label(e.step()) + "（" + texts.label(e.fundingSource()) + "）");
        Columns.add(events, texts.get("workflow.col.decision"), 4, e -> texts.label(e.decision()));
        Columns.withTooltips(Columns.add(events, texts.get("workflow.col.user"), 24, e -> e.userName() + "（" + texts.label(e.role()) + "）"));
        Columns.withTooltips(Columns.add(events, texts.get("workflow.col.reason"), 12, e -> e.reason() == null
                ? (e.overrideReason() == null ? "" : texts.get("forms.override", e.overrideReason())) : e.reason()));
        events.setMinHeight(90);
        VBox.setVgrow(events, javafx.scene.layout.Priority.ALWAYS);
        Label title = new Label(texts.get("workflow.history"));
        title.getStyleClass().add("section-title");
        history = new VBox(6, title, events);
        VBox.setVgrow(events, Priority.ALWAYS);
    }

    private static String describe(ClaimStatus s, Texts texts) {
        return s == null ? "" : texts.get("workflow.status", texts.label(s));
    }

    HBox bar() {
        return bar;
    }

    VBox history() {
        return history;
    }
}
