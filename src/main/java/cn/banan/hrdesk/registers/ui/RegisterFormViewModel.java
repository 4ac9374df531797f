package cn.banan.hrdesk.registers.ui;

import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.Labelled;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.registers.FieldKind;
import cn.banan.hrdesk.registers.RegisterField;
import cn.banan.hrdesk.registers.RegisterRow;
import cn.banan.hrdesk.registers.RegisterService;
import cn.banan.hrdesk.registers.RegisterSpec;
import cn.banan.hrdesk.registers.RowRef;
import cn.banan.hrdesk.ui.FieldErrors;
import cn.banan.hrdesk.ui.FormSave;
import cn.banan.hrdesk.ui.TaskRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;

/** A register row being typed: text for words and numbers, a date, a choice, a row of another register; numbers are read when saving. */
public final class RegisterFormViewModel {
    private final RegisterService service;
    private final RegisterSpec spec;
    private final TaskRunner runner;
    private final FieldErrors errors;
    private final String id;
    private final Map<String, StringProperty> texts = new HashMap<>();
    private final Map<String, ObjectProperty<LocalDate>> dates = new HashMap<>();
    private final Map<String, ObjectProperty<Labelled>> choices = new HashMap<>();
    private final Map<String, ObjectProperty<RowRef>> rows = new HashMap<>();

    public RegisterFormViewModel(RegisterService service, RegisterSpec spec, TaskRunner runner, Texts texts, RegisterRow existing) {
        this.service = service;
        this.spec = spec;
        this.runner = runner;
        this.errors = new FieldErrors(texts);
        this.id = existing == null ? null : existing.id();
        for (RegisterField f : spec.fields()) {
            Object v = existing == null ? null : existing.get(f.column());
            switch (f.kind()) {
                case DATE -> dates.put(f.column(), new SimpleObjectProperty<>((LocalDate) v));
                case CHOICE -> choices.put(f.column(), new SimpleObjectProperty<>((Labelled) v));
                case ROW -> rows.put(f.column(), new SimpleObjectProperty<>((RowRef) v));
                case ENTERPRISE -> this.texts.put(f.column(), new SimpleStringProperty(v == null ? "" : ((cn.banan.hrdesk.registers.EnterpriseRef) v)
                        .creditCode()));
                case MONEY -> this.texts.put(f.column(), new SimpleStringProperty(v == null ? "" : ((cn.banan.hrdesk.core.Money) v).toYuanString()
                        .replace(",", "")));
                default -> this.texts.put(f.column(), new SimpleStringProperty(v == null ? "" : v.toString()));
            }
        }
    }

    public void save(Consumer<String> onSaved, Consumer<Throwable> onFailure) {
        Map<String, Object> values = new HashMap<>();
        List<FieldProblem> unreadable = new ArrayList<>();
        for (RegisterField f : spec.fields()) {
            switch (f.kind()) {
                case DATE -> values.put(f.column(), dates.get(f.column()).get());
                case CHOICE -> values.put(f.column(), choices.get(f.column()).get());
                case ROW -> values.put(f.column(), rows.get(f.column()).get() == null ? null : rows.get(f.column()).get().id());
                case MONEY -> {
                    String t = texts.get(f.column()).get().strip();
                    if (!t.isEmpty()) {
                        try {
                            values.put(f.column(), cn.banan.hrdesk.core.Money.parseYuan(t));
                        } catch (RuntimeException e) {
                            unreadable.add(FieldProblem.of(f.column(), "registers.problem.notAnAmount"));
                        }
                    }
                }
                case COUNT, YEAR -> {
                    String t = texts.get(f.column()).get().strip();
                    if (!t.isEmpty()) {
                        try {
                            values.put(f.column(), Long.parseLong(t));
                        } catch (NumberFormatException e) {
                            unreadable.add(FieldProblem.of(f.column(), "registers.problem.notANumber"));
                        }
                    }
                }
                default -> values.put(f.column(), texts.get(f.column()).get().strip());
            }
        }
        FormSave.run(runner, errors, () -> {
            if (!unreadable.isEmpty()) {
                throw new ValidationException(unreadable);
            }
            return service.save(spec, id, values);
        }, onSaved, onFailure);
    }

    public boolean isNew() {
        return id == null;
    }

    public StringProperty text(String column) {
        return texts.get(column);
    }

    public ObjectProperty<LocalDate> date(String column) {
        return dates.get(column);
    }

    public ObjectProperty<Labelled> choice(String column) {
        return choices.get(column);
    }

    /** The row of another register a ROW field names. */
    public ObjectProperty<RowRef> row(String column) {
        return rows.get(column);
    }

    public ObservableMap<String, String> errors() {
        return errors.map();
    }
}
