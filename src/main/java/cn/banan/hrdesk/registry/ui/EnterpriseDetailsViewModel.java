package cn.banan.hrdesk.registry.ui;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.registry.Contact;
import cn.banan.hrdesk.registry.EnterpriseDetailService;
import cn.banan.hrdesk.registry.EnterpriseService;
import cn.banan.hrdesk.registry.LabourDemand;
import cn.banan.hrdesk.registry.Recognition;
import cn.banan.hrdesk.registry.TierPeriod;
import cn.banan.hrdesk.ui.FieldErrors;
import cn.banan.hrdesk.ui.FormSave;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** The histories of one enterprise shown in its editor, and the actions that add to them. */
public final class EnterpriseDetailsViewModel {
    private final String enterpriseId;
    private final EnterpriseService enterprises;
    private final EnterpriseDetailService details;
    private final TaskRunner runner;
    private final FieldErrors errors;
    private final Consumer<Throwable> onFailure;
    private final ObservableList<TierPeriod> tiers = FXCollections.observableArrayList();
    private final ObservableList<Recognition> recognitions = FXCollections.observableArrayList();
    private final ObservableList<LabourDemand> demands = FXCollections.observableArrayList();
    private final ObservableList<Contact> contacts = FXCollections.observableArrayList();

    public EnterpriseDetailsViewModel(String enterpriseId, EnterpriseService enterprises, EnterpriseDetailService details,
                                      TaskRunner runner, Texts texts, Consumer<Throwable> onFailure) {
        this.enterpriseId = enterpriseId;
        this.enterprises = enterprises;
        this.details = details;
        this.runner = runner;
        this.errors = new FieldErrors(texts);
        this.onFailure = onFailure;
    }

    private record Snapshot(List<TierPeriod> tiers, List<Recognition> recognitions, List<LabourDemand> demands, List<Contact> contacts) {
    }

    public void reload() {
        runner.run(UiTask.of(null, p -> new Snapshot(enterprises.tiers(enterpriseId), details.recognitions(enterpriseId),
                details.demands(enterpriseId), details.contacts(enterpriseId))).onSuccess(s -> {
                    tiers.setAll(s.tiers());
                    recognitions.setAll(s.recognitions());
                    demands.setAll(s.demands());
                    contacts.setAll(s.contacts());
                }).onFailure(onFailure));
    }

    public void changeTier(Tier tier, LocalDate from, Runnable done) {
        write(() -> enterprises.changeTier(enterpriseId, tier, from), done);
    }

    public void addRecognition(Recognition r, Runnable done) {
        write(() -> details.addRecognition(enterpriseId, r), done);
    }

    public void putDemand(int year, int approved, Runnable done) {
        write(() -> details.putDemand(enterpriseId, year, approved), done);
    }

    public void addContact(Contact c, Runnable done) {
        write(() -> details.addContact(enterpriseId, c), done);
    }

    public void removeContact(Contact c, String reason) {
        write(() -> details.removeContact(c.id(), reason), () -> { });
    }

    private void write(Runnable action, Runnable done) {
        FormSave.run(runner, errors, () -> {
            action.run();
            return Boolean.TRUE;
        }, ok -> {
            reload();
            done.run();
        }, onFailure);
    }

    public ObservableMap<String, String> errors() {
        return errors.map();
    }

    public ObservableList<TierPeriod> tiers() {
        return tiers;
    }

    public ObservableList<Recognition> recognitions() {
        return recognitions;
    }

    public ObservableList<LabourDemand> demands() {
        return demands;
    }

    public ObservableList<Contact> contacts() {
        return contacts;
    }
}
