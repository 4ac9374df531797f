package cn.banan.hrdesk.params.ui;

import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.params.PolicyParameterService;
import cn.banan.hrdesk.policy.PolicyParameters;
import cn.banan.hrdesk.ui.FieldErrors;
import cn.banan.hrdesk.ui.FormSave;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The policy figures' versions, and a new version to add: amounts typed in yuan, months and days as whole
 * numbers. The form starts from the version in force, so only what changes needs typing.
 */
public final class ParametersViewModel {
    /** The figures' labels, in the order of {@link PolicyParameters}; the field name is the key's last part. */
    public static final String[] LABEL_KEYS = {"params.field.r1Basic", "params.field.r1Emergency", "params.field.r1MinDays",
        "params.field.r2Monthly", "params.field.r2Cap", "params.field.r3Amount", "params.field.r3NewHire", "params.field.r3Retention",
        "params.field.r3Insured"};
    public static final String[] FIELDS = java.util.Arrays.stream(LABEL_KEYS).map(k -> k.substring(k.lastIndexOf('.') + 1))
            .toArray(String[]::new);
    private final ObservableList<PolicyParameters> versions = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> effectiveFrom = new SimpleObjectProperty<>();
    private final StringProperty documentNo = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final List<StringProperty> figures = new ArrayList<>();
    private final FieldErrors errors;
    private final PolicyParameterService service;
    private final TaskRunner runner;

    public ParametersViewModel(PolicyParameterService service, TaskRunner runner, Texts texts) {
        this.service = service;
        this.runner = runner;
        this.errors = new FieldErrors(texts);
        for (int i = 0; i < FIELDS.length; i++) {
            figures.add(new SimpleStringProperty(""));
        }
    }

    public void reload() {
        runner.run(UiTask.of(null, p -> service.versions()).onSuccess(list -> {
            versions.setAll(list);
            if (!list.isEmpty()) {
                fill(list.get(list.size() - 1));
            }
        }));
    }

    private void fill(PolicyParameters p) {
        String[] values = {yuan(p.r1BasicFen()), yuan(p.r1EmergencyFen()), String.valueOf(p.r1MinDays()), yuan(p.r2MonthlyFen()),
            String.valueOf(p.r2CapMonths()), yuan(p.r3AmountFen()), String.valueOf(p.r3NewHireMonths()),
            String.valueOf(p.r3RetentionMonths()), String.valueOf(p.r3InsuredMonths())};
        for (int i = 0; i < values.length; i++) {
            figures.get(i).set(values[i]);
        }
    }

    private static String yuan(long fen) {
        return new Money(fen).toYuanString().replace(",", "");
    }

    public void add(Consumer<Integer> onAdded, Consumer<Throwable> onFailure) {
        List<FieldProblem> problems = new ArrayList<>();
        long[] v = new long[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            try {
                String t = figures.get(i).get().strip();
                boolean money = i == 0 || i == 1 || i == 3 || i == 5;
                v[i] = money ? Money.parseYuan(t).fen() : Integer.parseInt(t);
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.of(FIELDS[i], "params.problem.number"));
            }
        }
        if (!problems.isEmpty()) {
            errors.setAll(problems);
            return;
        }
        PolicyParameters p = new PolicyParameters(0, effectiveFrom.get(), documentNo.get(), v[0], v[1], (int) v[2], v[3], (int) v[4], v[5],
                (int) v[6], (int) v[7], (int) v[8]);
        FormSave.run(runner, errors, () -> service.add(p, note.get()), n -> {
            reload();
            onAdded.accept(n);
        }, e -> {
            if (!(e instanceof ValidationException)) {
                onFailure.accept(e);
            }
        });
    }

    public ObservableList<PolicyParameters> versions() {
        return versions;
    }

    public ObjectProperty<LocalDate> effectiveFrom() {
        return effectiveFrom;
    }

    public StringProperty documentNo() {
        return documentNo;
    }

    public StringProperty note() {
        return note;
    }

    public StringProperty figure(int i) {
        return figures.get(i);
    }

    public ObservableMap<String, String> errors() {
        return errors.map();
    }
}
