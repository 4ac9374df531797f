package cn.banan.hrdesk.claims.ui;

import cn.banan.hrdesk.claims.Claim;
import cn.banan.hrdesk.claims.ClaimFlag;
import cn.banan.hrdesk.claims.ClaimLine;
import cn.banan.hrdesk.claims.ClaimService;
import cn.banan.hrdesk.core.ChineseAmount;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.ui.FieldErrors;
import cn.banan.hrdesk.ui.FormSave;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** One claim opened: its lines with their judgements, its flags, and its totals in figures and in 大写. */
public final class ClaimDetailViewModel {
    private final ClaimService service;
    private final TaskRunner runner;
    private final Texts texts;
    private final Consumer<Throwable> onFailure;
    private final SimpleObjectProperty<Claim> claim = new SimpleObjectProperty<>();
    private final ObservableList<ClaimLine> lines = FXCollections.observableArrayList();
    private final ObservableList<ClaimFlag> flags = FXCollections.observableArrayList();
    private final SimpleStringProperty totals = new SimpleStringProperty("");
    private final SimpleStringProperty objectionsLabel = new SimpleStringProperty("");
    private final FieldErrors errors;

    public ClaimDetailViewModel(ClaimService service, TaskRunner runner, Texts texts, Consumer<Throwable> onFailure) {
        this.service = service;
        this.runner = runner;
        this.texts = texts;
        this.onFailure = onFailure;
        this.errors = new FieldErrors(texts);
    }

    private record Snapshot(Claim claim, List<ClaimLine> lines, List<ClaimFlag> flags, cn.banan.hrdesk.claims.SourceTotals totals,
                            long openObjections) {
    }

    /** Shows the claim {@code id} (null: none). */
    public void open(String id) {
        if (id == null) {
            claim.set(null);
            lines.clear();
            flags.clear();
            totals.set("");
            objectionsLabel.set(texts.get("objection.open.button"));
            return;
        }
        runner.run(UiTask.of(null, p -> new Snapshot(service.find(id).orElseThrow(), service.lines(id), service.flags(id), service.totals(id),
                service.openObjections(id)))
                .onSuccess(s -> {
                    claim.set(s.claim());
                    lines.setAll(s.lines());
                    flags.setAll(s.flags());
                    totals.set(words(s.totals()));
                    objectionsLabel.set(s.openObjections() == 0 ? texts.get("objection.open.button")
                            : texts.get("objection.open.buttonOpen", s.openObjections()));
                }).onFailure(onFailure));
    }

    private String words(cn.banan.hrdesk.claims.SourceTotals t) {
        String split = t.bySource().entrySet().stream()
                .map(e -> texts.get("claims.detail.bySource", e.getKey(), e.getValue().toYuanString())).collect(Collectors.joining(texts.get("policy.reasonSeparator")));
        String words = texts.get("claims.detail.total", t.total().toYuanString(), ChineseAmount.of(t.total()), split);
        return t.withheld().fen() > 0 ? words + texts.get("claims.detail.withheld", t.withheld().toYuanString()) : words;
    }

    public void reopen() {
        if (claim.get() != null) {
            open(claim.get().id());
        }
    }

    public void reevaluate(Runnable done) {
        Claim c = claim.get();
        runner.run(UiTask.of(texts.get("claims.detail.reevaluating"), p -> {
            service.reevaluate(c.id(), p);
            return Boolean.TRUE;
        }).onSuccess(ok -> {
            reopen();
            done.run();
        }).onFailure(onFailure));
    }

    public void clearFlag(ClaimFlag flag, String reason, Runnable done) {
        FormSave.run(runner, errors, () -> {
            service.clearFlag(flag.id(), reason);
            return Boolean.TRUE;
        }, ok -> {
            reopen();
            done.run();
        }, onFailure);
    }

    public void addPlacements(List<String> placementIds, Runnable done) {
        Claim c = claim.get();
        runner.run(UiTask.of(texts.get("claims.detail.judging"), p -> {
            service.addPlacements(c.id(), placementIds);
            return Boolean.TRUE;
        }).onSuccess(ok -> {
            reopen();
            done.run();
        }).onFailure(onFailure));
    }

    public ReadOnlyObjectProperty<Claim> claim() {
        return claim;
    }

    public ObservableList<ClaimLine> lines() {
        return lines;
    }

    public ObservableList<ClaimFlag> flags() {
        return flags;
    }

    public ReadOnlyStringProperty totals() {
        return totals;
    }

    /** 公示异议…, with how many wait for a reviewer when any do. */
    public ReadOnlyStringProperty objectionsLabel() {
        return objectionsLabel;
    }

    public ObservableMap<String, String> errors() {
        return errors.map();
    }
}
