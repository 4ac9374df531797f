package cn.banan.hrdesk.ledger.ui;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.ledger.Account;
import cn.banan.hrdesk.ledger.Balance;
import cn.banan.hrdesk.ledger.EntryKind;
import cn.banan.hrdesk.ledger.LedgerCheckWords;
import cn.banan.hrdesk.ledger.LedgerExport;
import cn.banan.hrdesk.ledger.LedgerFilter;
import cn.banan.hrdesk.ledger.LedgerRow;
import cn.banan.hrdesk.ledger.LedgerService;
import cn.banan.hrdesk.ui.PagedList;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The ledger tab's state: filters, a page of entries, balances per account, the last check's verdict. */
public final class LedgerViewModel {
    private final LedgerService ledger;
    private final LedgerExport export;
    private final TaskRunner runner;
    private final Texts texts;
    private final Consumer<Throwable> onFailure;
    private final ObjectProperty<Account> account = new SimpleObjectProperty<>();
    private final ObjectProperty<EntryKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final PagedList<LedgerRow> entries;
    private final ObservableList<Balance> balances = FXCollections.observableArrayList();
    private final SimpleStringProperty verdict = new SimpleStringProperty("");

    public LedgerViewModel(LedgerService ledger, LedgerExport export, TaskRunner runner, Texts texts, Consumer<Throwable> onFailure) {
        this.ledger = ledger;
        this.export = export;
        this.runner = runner;
        this.texts = texts;
        this.onFailure = onFailure;
        this.entries = new PagedList<>(runner, offset -> ledger.page(new LedgerFilter(account.get(), kind.get(), from(), to()), offset,
                PagedList.PAGE_SIZE));
        account.addListener((o, a, b) -> entries.reload());
        kind.addListener((o, a, b) -> entries.reload());
        year.addListener((o, a, b) -> reload());
    }

    public void reload() {
        entries.reload();
        runner.run(UiTask.of(null, p -> ledger.balances(from(), to()).values().stream().filter(b -> b.entries() > 0).toList())
                .onSuccess(balances::setAll).onFailure(onFailure));
    }

    public void verify() {
        runner.run(UiTask.of(texts.get("ledger.verifying"), p -> ledger.verify()).onSuccess(c -> verdict.set(LedgerCheckWords.of(c, texts)))
                .onFailure(onFailure));
    }

    public void export(Path file, Consumer<Integer> done) {
        runner.run(UiTask.of(texts.get("ledger.exporting"), p -> export.write(file)).onSuccess(done::accept).onFailure(onFailure));
    }

    public void reverse(LedgerRow row, String reason, Runnable done) {
        runner.run(UiTask.of(null, p -> ledger.reverse(row.entry().id(), reason)).onSuccess(e -> {
            reload();
            done.run();
        }).onFailure(onFailure));
    }

    private java.time.LocalDate from() {
        return year.get() == null ? null : java.time.LocalDate.of(year.get(), 1, 1);
    }

    private java.time.LocalDate to() {
        return year.get() == null ? null : java.time.LocalDate.of(year.get(), 12, 31);
    }

    /** The period (a year; null: all) the balances and entries cover. */
    public ObjectProperty<Integer> year() {
        return year;
    }

    public ObjectProperty<Account> account() {
        return account;
    }

    public ObjectProperty<EntryKind> kind() {
        return kind;
    }

    public PagedList<LedgerRow> entries() {
        return entries;
    }

    public ObservableList<Balance> balances() {
        return balances;
    }

    public ReadOnlyStringProperty verdict() {
        return verdict;
    }
}
