package cn.banan.hrdesk.claims.ui;

import cn.banan.hrdesk.claims.ClaimLine;
import cn.banan.hrdesk.claims.workflow.Notice;
import cn.banan.hrdesk.claims.workflow.Objection;
import cn.banan.hrdesk.claims.workflow.ObjectionOutcome;
import cn.banan.hrdesk.claims.workflow.ObjectionService;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.ui.FieldErrors;
import cn.banan.hrdesk.ui.FormSave;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** A claim's 公示 objections: listed, recorded against a paid-for line, settled by a reviewer, exported with the notice. */
public final class ObjectionsViewModel {
    private final ObjectionService service;
    private final Session session;
    private final TaskRunner runner;
    private final Consumer<Throwable> onFailure;
    private final FieldErrors errors;
    private final ObservableList<Objection> objections = FXCollections.observableArrayList();
    private final ObservableList<ClaimLine> lines = FXCollections.observableArrayList();
    private final SimpleObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private String claimId;

    public ObjectionsViewModel(ObjectionService service, Session session, TaskRunner runner, Texts texts, Consumer<Throwable> onFailure) {
        this.service = service;
        this.session = session;
        this.runner = runner;
        this.onFailure = onFailure;
        this.errors = new FieldErrors(texts);
    }

    private record Snapshot(List<Objection> objections, Optional<Notice> notice) {
    }

    /** Shows the claim's objections; {@code claimLines}: its lines, of which those that pay money can be objected to. */
    public void open(String id, List<ClaimLine> claimLines) {
        claimId = id;
        lines.setAll(claimLines.stream().filter(l -> l.eligible() && l.fundingSource() != null && l.amount().fen() > 0).toList());
        reload();
    }

    public void reload() {
        runner.run(UiTask.of(null, p -> new Snapshot(service.ofClaim(claimId), service.lastNotice(claimId))).onSuccess(s -> {
            objections.setAll(s.objections());
            notice.set(s.notice().orElse(null));
        }).onFailure(onFailure));
    }

    public void record(ClaimLine line, String raisedBy, LocalDate raisedOn, String content, Runnable done) {
        FormSave.run(runner, errors, () -> service.record(claimId, line == null ? null : line.id(), raisedBy, raisedOn, content), id -> {
            reload();
            done.run();
        }, onFailure);
    }

    public void settle(Objection o, ObjectionOutcome outcome, String reason, Runnable done) {
        FormSave.run(runner, errors, () -> {
            service.settle(o.id(), outcome, reason);
            return o.id();
        }, id -> {
            reload();
            done.run();
        }, onFailure);
    }

    /** Writes the objections of the claim's latest 公示; {@code done} gets how many it listed. */
    public void export(Path file, Consumer<Integer> done) {
        Notice n = notice.get();
        runner.run(UiTask.of(null, p -> service.export(n, file)).onSuccess(done).onFailure(onFailure));
    }

    public boolean mayRecord() {
        return session.may(Action.RECORD_OBJECTION);
    }

    public boolean maySettle() {
        return session.may(Action.SETTLE_OBJECTION);
    }

    public ObservableList<Objection> objections() {
        return objections;
    }

    public ObservableList<ClaimLine> lines() {
        return lines;
    }

    public ReadOnlyObjectProperty<Notice> notice() {
        return notice;
    }

    public ObservableMap<String, String> errors() {
        return errors.map();
    }

    /** Clears the problems a form showed before it is opened again. */
    public void clearErrors() {
        errors.setAll(List.of());
    }
}
