package cn.banan.hrdesk.office.ui;

import cn.banan.hrdesk.core.BusinessTime;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.ledger.Balance;
import cn.banan.hrdesk.office.Annotation;
import cn.banan.hrdesk.office.Disbursement;
import cn.banan.hrdesk.office.WorkFund;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 工作经费专帐 as the pane shows it: the balance line, the disbursement requests, the notes of the chosen one, and
 * what each button does. A question for the person (why pay beyond the balance, what to note) comes back through
 * {@code ask}, which answers empty when they cancel.
 */
public final class WorkFundViewModel {
    private final WorkFund fund;
    private final TaskRunner runner;
    private final Texts texts;
    private final Consumer<Throwable> onFailure;
    private final SimpleStringProperty balance = new SimpleStringProperty("");
    private final ObservableList<Disbursement> requests = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();

    public WorkFundViewModel(WorkFund fund, TaskRunner runner, Texts texts, Consumer<Throwable> onFailure) {
        this.fund = fund;
        this.runner = runner;
        this.texts = texts;
        this.onFailure = onFailure;
    }

    private record Snapshot(Balance balance, List<Disbursement> requests) {
    }

    public void reload() {
        runner.run(UiTask.of(null, p -> new Snapshot(fund.balance(), fund.requests())).onSuccess(s -> {
            Balance b = s.balance();
            balance.set(texts.get("office.workFund.balance", b.received().toYuanString(), b.disbursed().toYuanString(), b.remaining().toYuanString()));
            requests.setAll(s.requests());
        }).onFailure(onFailure));
    }

    /** Shows the notes on {@code d}; none when nothing is chosen. */
    public void choose(Disbursement d) {
        if (d == null) {
            notes.clear();
            return;
        }
        runner.run(UiTask.of(null, p -> fund.annotations(d.id())).onSuccess(list -> notes.setAll(list.stream().map(this::line).toList()))
                .onFailure(onFailure));
    }

    private String line(Annotation a) {
        return texts.get("office.workFund.note", a.author(), a.writtenAt().atZone(BusinessTime.ZONE).toLocalDate(), a.body());
    }

    /** A request covering the chosen expenditures. */
    public void request(List<String> expenditureIds) {
        change(() -> fund.request(expenditureIds));
    }

    public void approve(Disbursement d) {
        change(() -> {
            fund.approve(d.id());
            return d.id();
        });
    }

    /** Pays {@code d}; beyond what the fund holds only with the reason {@code ask} is given, and not at all without one. */
    public void disburse(Disbursement d, Function<String, Optional<String>> ask) {
        runner.run(UiTask.of(null, p -> fund.balance().remaining()).onSuccess(available -> {
            Optional<String> reason = Optional.empty();
            if (d.amount().compareTo(available) > 0) {
                reason = answer(ask, texts.get("office.problem.shortOfFunds", available.toYuanString(), d.amount().toYuanString()));
                if (reason.isEmpty()) {
                    return;
                }
            }
            String why = reason.orElse(null);
            change(() -> {
                fund.disburse(d.id(), why);
                return d.id();
            });
        }).onFailure(onFailure));
    }

    /** Writes the note {@code ask} is given on {@code d}; nothing when it is given none. */
    public void annotate(Disbursement d, Function<String, Optional<String>> ask) {
        answer(ask, texts.get("office.workFund.annotateHint", d.requestNo())).ifPresent(body -> change(() -> {
            fund.annotate("disbursement_request", d.id(), body);
            return d.id();
        }));
    }

    private static Optional<String> answer(Function<String, Optional<String>> ask, String question) {
        return ask.apply(question).map(String::strip).filter(s -> !s.isEmpty());
    }

    private <T> void change(Callable<T> work) {
        runner.run(UiTask.of(null, p -> work.call()).onSuccess(done -> reload()).onFailure(onFailure));
    }

    /** 收到、已拨付、余额 in words, as last read. */
    public ReadOnlyStringProperty balance() {
        return balance;
    }

    public ObservableList<Disbursement> requests() {
        return requests;
    }

    public ObservableList<String> notes() {
        return notes;
    }
}
