package cn.banan.hrdesk.claims.ui;

import cn.banan.hrdesk.claims.ClaimForm;
import cn.banan.hrdesk.claims.ClaimService;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.registry.EnterpriseQuery;
import cn.banan.hrdesk.registry.EnterpriseService;
import cn.banan.hrdesk.registry.PartyService;
import cn.banan.hrdesk.ui.Choice;
import cn.banan.hrdesk.ui.FieldErrors;
import cn.banan.hrdesk.ui.FormSave;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** A new claim: the rule decides who may claim (intermediaries for R1/R2, T3 enterprises for R3). */
public final class NewClaimViewModel {
    private final ObjectProperty<Rule> rule = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<String>> claimant = new SimpleObjectProperty<>();
    private final ObservableList<Choice<String>> claimants = FXCollections.observableArrayList();
    private final StringProperty year = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> cutoff = new SimpleObjectProperty<>();
    private final FieldErrors errors;
    private final ClaimService claims;
    private final TaskRunner runner;

    public NewClaimViewModel(ClaimService claims, EnterpriseService enterprises, PartyService parties, TaskRunner runner, Texts texts,
                             Clock clock) {
        this.claims = claims;
        this.runner = runner;
        this.errors = new FieldErrors(texts);
        LocalDate today = LocalDate.now(clock);
        year.set(String.valueOf(today.getYear()));
        cutoff.set(LocalDate.of(today.getYear(), 12, 31));
        rule.addListener((o, a, r) -> {
            claimant.set(null);
            runner.run(UiTask.of(null, p -> r == Rule.R3
                    ? enterprises.page(new EnterpriseQuery("", Tier.T3_DISTRICT_KEY, null, null, today), 0, 5000).rows().stream()
                            .map(e -> new Choice<>(e.id(), e.name())).toList()
                    : parties.intermediaries("", 0, 5000).rows().stream().map(i -> new Choice<>(i.id(), i.name())).toList())
                    .onSuccess((List<Choice<String>> list) -> claimants.setAll(list)));
        });
    }

    public void save(Consumer<String> onSaved, Consumer<Throwable> onFailure) {
        Integer y;
        try {
            y = Integer.valueOf(year.get().strip());
        } catch (NumberFormatException | NullPointerException e) {
            y = null;
        }
        ClaimForm form = new ClaimForm(rule.get(), claimant.get() == null ? null : claimant.get().value(), y, cutoff.get(), null);
        FormSave.run(runner, errors, () -> claims.create(form), onSaved, onFailure);
    }

    public ObjectProperty<Rule> rule() {
        return rule;
    }

    public ObjectProperty<Choice<String>> claimant() {
        return claimant;
    }

    public ObservableList<Choice<String>> claimants() {
        return claimants;
    }

    public StringProperty year() {
        return year;
    }

    public ObjectProperty<LocalDate> cutoff() {
        return cutoff;
    }

    public ObservableMap<String, String> errors() {
        return errors.map();
    }
}
