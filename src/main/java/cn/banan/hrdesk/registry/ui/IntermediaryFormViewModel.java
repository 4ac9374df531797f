package cn.banan.hrdesk.registry.ui;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.registry.Intermediary;
import cn.banan.hrdesk.registry.IntermediaryKind;
import cn.banan.hrdesk.registry.PartyService;
import cn.banan.hrdesk.ui.FieldErrors;
import cn.banan.hrdesk.ui.FormSave;
import cn.banan.hrdesk.ui.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;

/** The intermediary form: kind decides whether the identifier is a credit code or a resident ID number. */
public final class IntermediaryFormViewModel {
    private final String id;
    private final ObjectProperty<IntermediaryKind> kind = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty identifier = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty accountName = new SimpleStringProperty("");
    private final StringProperty bankName = new SimpleStringProperty("");
    private final StringProperty accountNo = new SimpleStringProperty("");
    private final FieldErrors errors;
    private final PartyService service;
    private final TaskRunner runner;

    public IntermediaryFormViewModel(PartyService service, TaskRunner runner, Texts texts, Intermediary existing) {
        this.service = service;
        this.runner = runner;
        this.errors = new FieldErrors(texts);
        this.id = existing == null ? null : existing.id();
        if (existing != null) {
            kind.set(existing.kind());
            name.set(existing.name());
            identifier.set(existing.identifier());
            phone.set(existing.phone() == null ? "" : existing.phone());
            accountName.set(existing.accountName());
            bankName.set(existing.bankName());
            accountNo.set(existing.accountNo());
        }
    }

    public void save(Consumer<String> onSaved, Consumer<Throwable> onFailure) {
        Intermediary typed = new Intermediary(id, kind.get(), name.get(), identifier.get(), phone.get(), accountName.get(),
                bankName.get(), accountNo.get());
        FormSave.run(runner, errors, () -> service.save(typed), onSaved, onFailure);
    }

    public boolean isNew() {
        return id == null;
    }

    public ObservableMap<String, String> errors() {
        return errors.map();
    }

    public ObjectProperty<IntermediaryKind> kind() {
        return kind;
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty identifier() {
        return identifier;
    }

    public StringProperty phone() {
        return phone;
    }

    public StringProperty accountName() {
        return accountName;
    }

    public StringProperty bankName() {
        return bankName;
    }

    public StringProperty accountNo() {
        return accountNo;
    }
}
