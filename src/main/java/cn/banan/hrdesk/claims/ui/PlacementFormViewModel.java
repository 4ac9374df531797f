package cn.banan.hrdesk.claims.ui;

import cn.banan.hrdesk.claims.Channel;
import cn.banan.hrdesk.claims.Placement;
import cn.banan.hrdesk.claims.PlacementForm;
import cn.banan.hrdesk.claims.PlacementService;
import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.registry.Enterprise;
import cn.banan.hrdesk.registry.EnterpriseService;
import cn.banan.hrdesk.registry.Intermediary;
import cn.banan.hrdesk.registry.PartyService;
import cn.banan.hrdesk.registry.Worker;
import cn.banan.hrdesk.ui.FieldErrors;
import cn.banan.hrdesk.ui.FormSave;
import cn.banan.hrdesk.ui.TaskRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;

/**
 * A placement typed by the identifiers a clerk has on paper: the worker's ID number, the enterprise's credit
 * code and (when delivered) the intermediary's credit code or ID number; each must be registered already.
 */
public final class PlacementFormViewModel {
    private final String id;
    private final StringProperty worker = new SimpleStringProperty("");
    private final StringProperty enterprise = new SimpleStringProperty("");
    private final StringProperty intermediary = new SimpleStringProperty("");
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> hire = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> confirmed = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> leave = new SimpleObjectProperty<>();
    private final StringProperty insured = new SimpleStringProperty("");
    private final StringProperty taskRef = new SimpleStringProperty("");
    private final FieldErrors errors;
    private final PlacementService placements;
    private final EnterpriseService enterprises;
    private final PartyService parties;
    private final TaskRunner runner;

    /** {@code existing}: a placement to change, with the identifiers of its parties; null for a new one. */
    public PlacementFormViewModel(PlacementService placements, EnterpriseService enterprises, PartyService parties, TaskRunner runner,
                                  Texts texts, Placement existing) {
        this.placements = placements;
        this.enterprises = enterprises;
        this.parties = parties;
        this.runner = runner;
        this.errors = new FieldErrors(texts);
        this.id = existing == null ? null : existing.id();
        if (existing != null) {
            parties.worker(existing.workerId()).ifPresent(w -> worker.set(w.residentId()));
            enterprises.find(existing.enterpriseId()).ifPresent(e -> enterprise.set(e.creditCode().value()));
            if (existing.intermediaryId() != null) {
                parties.intermediary(existing.intermediaryId()).ifPresent(i -> intermediary.set(i.identifier()));
            }
            channel.set(existing.channel());
            hire.set(existing.hireDate());
            confirmed.set(existing.confirmedOn());
            leave.set(existing.leaveDate());
            insured.set(existing.insured().display());
            taskRef.set(existing.taskRef() == null ? "" : existing.taskRef());
        }
    }

    public void save(Consumer<String> onSaved, Consumer<Throwable> onFailure) {
        String w = worker.get();
        String e = enterprise.get();
        String i = intermediary.get();
        FormSave.run(runner, errors, () -> {
            List<FieldProblem> problems = new ArrayList<>();
            String workerId = parties.workerByResidentId(w).map(Worker::id).orElse(null);
            String enterpriseId = enterprises.findByCreditCode(e).map(Enterprise::id).orElse(null);
            String via = i == null || i.isBlank() ? null : parties.intermediaryByIdentifier(i).map(Intermediary::id).orElse("");
            if (workerId == null) {
                problems.add(FieldProblem.of(PlacementForm.WORKER, "claims.problem.unknownWorker"));
            }
            if (enterpriseId == null) {
                problems.add(FieldProblem.of(PlacementForm.ENTERPRISE, "claims.problem.unknownEnterprise"));
            }
            if ("".equals(via)) {
                problems.add(FieldProblem.of("intermediary", "claims.problem.unknownIntermediary"));
            }
            PlacementForm form = new PlacementForm(id, workerId, enterpriseId, "".equals(via) ? null : via, channel.get(), hire.get(),
                    confirmed.get(), leave.get(), insured.get(), taskRef.get());
            // the other fields' problems at the same time, but not "required" again for what was typed and not found
            placements.check(form).stream().filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field()))).forEach(problems::add);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            return placements.save(form);
        }, onSaved, onFailure);
    }

    public boolean isNew() {
        return id == null;
    }

    public ObservableMap<String, String> errors() {
        return errors.map();
    }

    public StringProperty worker() {
        return worker;
    }

    public StringProperty enterprise() {
        return enterprise;
    }

    public StringProperty intermediary() {
        return intermediary;
    }

    public ObjectProperty<Channel> channel() {
        return channel;
    }

    public ObjectProperty<LocalDate> hire() {
        return hire;
    }

    public ObjectProperty<LocalDate> confirmed() {
        return confirmed;
    }

    public ObjectProperty<LocalDate> leave() {
        return leave;
    }

    public StringProperty insured() {
        return insured;
    }

    public StringProperty taskRef() {
        return taskRef;
    }
}
