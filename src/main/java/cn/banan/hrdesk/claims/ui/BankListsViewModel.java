package cn.banan.hrdesk.claims.ui;

import cn.banan.hrdesk.claims.payments.BatchLine;
import cn.banan.hrdesk.claims.payments.LineResult;
import cn.banan.hrdesk.claims.payments.Payable;
import cn.banan.hrdesk.claims.payments.PaymentBatch;
import cn.banan.hrdesk.claims.payments.PaymentBatches;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.ui.FieldErrors;
import cn.banan.hrdesk.ui.FormSave;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** 代发: what the payer's source may send to the bank, the lists sent, and each list's lines with the bank's answers. */
public final class BankListsViewModel {
    private final PaymentBatches service;
    private final TaskRunner runner;
    private final Consumer<Throwable> onFailure;
    private final FieldErrors errors;
    private final ObservableList<Payable> payable = FXCollections.observableArrayList();
    private final ObservableList<PaymentBatch> batches = FXCollections.observableArrayList();
    private final ObservableList<BatchLine> lines = FXCollections.observableArrayList();
    private final SimpleObjectProperty<FundingSource> source = new SimpleObjectProperty<>();
    private String shownBatch;

    public BankListsViewModel(PaymentBatches service, TaskRunner runner, Texts texts, Consumer<Throwable> onFailure) {
        this.service = service;
        this.runner = runner;
        this.onFailure = onFailure;
        this.errors = new FieldErrors(texts);
    }

    private record Snapshot(FundingSource source, List<Payable> payable, List<PaymentBatch> batches, List<BatchLine> lines) {
    }

    public void reload() {
        String batch = shownBatch;
        runner.run(UiTask.of(null, p -> new Snapshot(service.source(), service.payable(), service.batches(),
                batch == null ? List.of() : service.lines(batch))).onSuccess(s -> {
                    source.set(s.source());
                    payable.setAll(s.payable());
                    batches.setAll(s.batches());
                    // setting the batches clears the table's choice, which would hide the lines just answered
                    shownBatch = batch;
                    lines.setAll(s.lines());
                }).onFailure(onFailure));
    }

    /** The batch whose lines are shown; null: none. */
    public String shownBatch() {
        return shownBatch;
    }

    /** Shows the lines of {@code batch} (null: none). */
    public void show(PaymentBatch batch) {
        shownBatch = batch == null ? null : batch.id();
        if (batch == null) {
            lines.clear();
            return;
        }
        runner.run(UiTask.of(null, p -> service.lines(batch.id())).onSuccess(lines::setAll).onFailure(onFailure));
    }

    public void make(List<String> claimIds, String purpose, Path file, Consumer<PaymentBatch> done) {
        runner.run(UiTask.of(null, p -> service.make(claimIds, purpose, file)).onSuccess(b -> {
            shownBatch = b.id();
            reload();
            done.accept(b);
        }).onFailure(onFailure));
    }

    public void answer(BatchLine line, LineResult result, LocalDate on, String reason, Runnable done) {
        FormSave.run(runner, errors, () -> {
            service.answer(line.id(), result, on, reason);
            return line.id();
        }, id -> {
            reload();
            done.run();
        }, onFailure);
    }

    /** 退汇 on a credited line, on the day the bank sent the money back, with its reason. */
    public void refund(BatchLine line, LocalDate on, String reason, Runnable done) {
        FormSave.run(runner, errors, () -> {
            service.refund(line.id(), on, reason);
            return line.id();
        }, id -> {
            reload();
            done.run();
        }, onFailure);
    }

    /** Why a share cannot go yet, in words ("" when it can). */
    public String why(Payable p) {
        return service.why(p);
    }

    public void clearErrors() {
        errors.setAll(List.of());
    }

    public ObservableList<Payable> payable() {
        return payable;
    }

    public ObservableList<PaymentBatch> batches() {
        return batches;
    }

    public ObservableList<BatchLine> lines() {
        return lines;
    }

    public ReadOnlyObjectProperty<FundingSource> source() {
        return source;
    }

    public ObservableMap<String, String> errors() {
        return errors.map();
    }
}
