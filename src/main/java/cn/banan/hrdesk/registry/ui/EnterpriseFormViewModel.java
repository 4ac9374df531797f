package cn.banan.hrdesk.registry.ui;

import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.registry.Enterprise;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.registry.EnterpriseRules;
import cn.banan.hrdesk.registry.EnterpriseService;
import cn.banan.hrdesk.ui.FieldErrors;
import cn.banan.hrdesk.ui.FormSave;
import cn.banan.hrdesk.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;

/**
 * The enterprise form: what is typed, and the problems with it shown at each field as soon as the field
 * is filled (credit code check character, dates), the rest (required fields, duplicates) on save.
 */
public final class EnterpriseFormViewModel {
    private final String id;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty creditCode = new SimpleStringProperty("");
    private final ObjectProperty<Park> park = new SimpleObjectProperty<>();
    private final ObjectProperty<Tier> tier = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> tierFrom = new SimpleObjectProperty<>();
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty industry = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final FieldErrors errors;
    private final EnterpriseService service;
    private final TaskRunner runner;
    private final Clock clock;

    public EnterpriseFormViewModel(EnterpriseService service, TaskRunner runner, Texts texts, Clock clock, Enterprise existing) {
        this.service = service;
        this.runner = runner;
        this.clock = clock;
        this.errors = new FieldErrors(texts);
        this.id = existing == null ? null : existing.id();
        if (existing != null) {
            name.set(existing.name());
            creditCode.set(existing.creditCode().value());
            park.set(existing.park());
            address.set(nullToEmpty(existing.address()));
            industry.set(nullToEmpty(existing.industry()));
            note.set(nullToEmpty(existing.note()));
        } else {
            tierFrom.set(LocalDate.now(clock));
        }
        creditCode.addListener((o, a, b) -> checkWhenFilled(EnterpriseForm.CREDIT_CODE, b));
        name.addListener((o, a, b) -> checkWhenFilled(EnterpriseForm.NAME, b));
        tierFrom.addListener((o, a, b) -> errors.setField(EnterpriseForm.TIER_FROM, EnterpriseRules.check(form(), LocalDate.now(clock))));
    }

    private void checkWhenFilled(String field, String value) {
        if (value != null && !value.isBlank()) {
            errors.setField(field, EnterpriseRules.check(form(), LocalDate.now(clock)));
        }
    }

    public EnterpriseForm form() {
        return new EnterpriseForm(id, name.get(), creditCode.get(), park.get(), address.get(), industry.get(), note.get(),
                tier.get(), tierFrom.get());
    }

    /** Saves in the background; {@code onSaved} gets the id, problems go to the fields. */
    public void save(Consumer<String> onSaved, Consumer<Throwable> onFailure) {
        EnterpriseForm form = form();
        FormSave.run(runner, errors, () -> service.save(form), onSaved, onFailure);
    }

    public boolean isNew() {
        return id == null;
    }

    public String id() {
        return id;
    }

    public ObservableMap<String, String> errors() {
        return errors.map();
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty creditCode() {
        return creditCode;
    }

    public ObjectProperty<Park> park() {
        return park;
    }

    public ObjectProperty<Tier> tier() {
        return tier;
    }

    public ObjectProperty<LocalDate> tierFrom() {
        return tierFrom;
    }

    public StringProperty address() {
        return address;
    }

    public StringProperty industry() {
        return industry;
    }

    public StringProperty note() {
        return note;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
