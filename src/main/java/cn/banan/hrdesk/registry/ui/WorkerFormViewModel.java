package cn.banan.hrdesk.registry.ui;

import cn.banan.hrdesk.core.ResidentId;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.registry.PartyService;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.registry.Worker;
import cn.banan.hrdesk.ui.FieldErrors;
import cn.banan.hrdesk.ui.FormSave;
import cn.banan.hrdesk.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;

/** The worker form: birth date and sex are read from the ID number as it is typed, never typed themselves. */
public final class WorkerFormViewModel {
    private final String id;
    private final StringProperty residentId = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<TargetGroup> group = new SimpleObjectProperty<>();
    private final StringBinding derived;
    private final FieldErrors errors;
    private final PartyService service;
    private final TaskRunner runner;

    public WorkerFormViewModel(PartyService service, TaskRunner runner, Texts texts, Clock clock, Worker existing) {
        this.service = service;
        this.runner = runner;
        this.errors = new FieldErrors(texts);
        this.id = existing == null ? null : existing.id();
        if (existing != null) {
            residentId.set(existing.residentId());
            name.set(existing.name());
            phone.set(existing.phone() == null ? "" : existing.phone());
            group.set(existing.group());
        }
        derived = Bindings.createStringBinding(() -> ResidentId.check(residentId.get(), LocalDate.now(clock)).toOptional()
                .map(r -> texts.get("registry.worker.derived", r.birthDate().toString(), r.sex()))
                .orElse(texts.get("registry.worker.derivedUnknown")), residentId);
    }

    public void save(Consumer<String> onSaved, Consumer<Throwable> onFailure) {
        Worker typed = new Worker(id, residentId.get(), name.get(), phone.get(), group.get());
        FormSave.run(runner, errors, () -> service.save(typed), onSaved, onFailure);
    }

    public boolean isNew() {
        return id == null;
    }

    public ObservableMap<String, String> errors() {
        return errors.map();
    }

    /** "出生日期 1949-12-31，女" once the number is valid. */
    public StringBinding derived() {
        return derived;
    }

    public StringProperty residentId() {
        return residentId;
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty phone() {
        return phone;
    }

    public ObjectProperty<TargetGroup> group() {
        return group;
    }
}
