package cn.banan.hrdesk.claims.ui;

import cn.banan.hrdesk.claims.ClaimStatus;
import cn.banan.hrdesk.claims.workflow.ClaimEvent;
import cn.banan.hrdesk.claims.workflow.ClaimProgress;
import cn.banan.hrdesk.claims.workflow.Step;
import cn.banan.hrdesk.claims.workflow.StepRequest;
import cn.banan.hrdesk.claims.workflow.WorkflowService;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.ui.FieldErrors;
import cn.banan.hrdesk.ui.FormSave;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** The open claim's place in the workflow: its status, its events, and whether the signed-in user can do the next step. */
public final class WorkflowViewModel {
    private final WorkflowService workflow;
    private final Session session;
    private final TaskRunner runner;
    private final Consumer<Throwable> onFailure;
    private final FieldErrors errors;
    private final Texts texts;
    private final SimpleObjectProperty<ClaimStatus> status = new SimpleObjectProperty<>();
    private final javafx.beans.property.SimpleStringProperty waiting = new javafx.beans.property.SimpleStringProperty("");
    private final SimpleBooleanProperty mayAct = new SimpleBooleanProperty(false);
    private final ObservableList<ClaimEvent> events = FXCollections.observableArrayList();
    private ClaimProgress progress;
    private String claimId;

    public WorkflowViewModel(WorkflowService workflow, Session session, TaskRunner runner, Texts texts, Consumer<Throwable> onFailure) {
        this.workflow = workflow;
        this.session = session;
        this.runner = runner;
        this.onFailure = onFailure;
        this.errors = new FieldErrors(texts);
        this.texts = texts;
    }

    private record Snapshot(ClaimProgress progress, List<ClaimEvent> events, boolean mayAct) {
    }

    public void open(String id) {
        claimId = id;
        if (id == null) {
            status.set(null);
            waiting.set("");
            events.clear();
            mayAct.set(false);
            return;
        }
        runner.run(UiTask.of(null, p -> {
            ClaimProgress pr = workflow.progress(id);
            return new Snapshot(pr, workflow.events(id), workflow.offers(session.actor().orElse(null), id));
        }).onSuccess(s -> {
            if (id.equals(claimId)) {
                progress = s.progress();
                status.set(s.progress().status());
                waiting.set(waitingWords(s.progress()));
                events.setAll(s.events());
                mayAct.set(s.mayAct());
            }
        }).onFailure(onFailure));
    }

    /**
     * The funding sources still waiting for the next step (拨付审批 or 发放) that the signed-in user acts for: a park's
     * people for their park's fund, everyone else for 区工业发展基金 (the service checks the same).
     */
    public List<FundingSource> openSources() {
        Actor actor = session.actor().orElse(null);
        if (progress == null || actor == null) {
            return List.of();
        }
        FundingSource mine = actor.park() == null ? FundingSource.DISTRICT_FUND : FundingSource.of(actor.park());
        Step next = progress.status().nextStep();
        Set<FundingSource> all = progress.sources();
        return all.stream().filter(s -> s == mine && (next == Step.FUNDING ? !progress.funded(s) : next == Step.PAYMENT && !progress.paid(s)))
                .toList();
    }

    /** Which funds still wait for 拨付审批 or 发放, so the person after one fund's step sees what is left, and for whom. */
    private String waitingWords(ClaimProgress p) {
        Step next = p.status().nextStep();
        if (next == null || !next.perFundingSource()) {
            return "";
        }
        String funds = p.sources().stream().filter(s -> next == Step.FUNDING ? !p.funded(s) : p.funded(s) && !p.paid(s))
                .map(texts::label).collect(java.util.stream.Collectors.joining("、"));
        return funds.isEmpty() ? "" : texts.get("workflow.waiting", next, funds);
    }

    public javafx.beans.value.ObservableStringValue waiting() {
        return waiting;
    }

    public void perform(StepRequest request, Runnable done) {
        errors.setAll(List.of());
        FormSave.run(runner, errors, () -> workflow.perform(request), e -> done.run(), onFailure);
    }

    public String claimId() {
        return claimId;
    }

    public ReadOnlyObjectProperty<ClaimStatus> status() {
        return status;
    }

    public ReadOnlyBooleanProperty mayAct() {
        return mayAct;
    }

    public ObservableList<ClaimEvent> events() {
        return events;
    }

    public ObservableMap<String, String> errors() {
        return errors.map();
    }
}
