package cn.banan.hrdesk.ledger.ui;

import cn.banan.hrdesk.core.BusinessTime;
import cn.banan.hrdesk.core.Masking;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.ledger.Account;
import cn.banan.hrdesk.ledger.Balance;
import cn.banan.hrdesk.ledger.EntryKind;
import cn.banan.hrdesk.ledger.LedgerRow;
import cn.banan.hrdesk.ui.Buttons;
import cn.banan.hrdesk.ui.Choice;
import cn.banan.hrdesk.ui.Columns;
import cn.banan.hrdesk.ui.Dialogs;
import cn.banan.hrdesk.ui.FileDialogs;
import cn.banan.hrdesk.ui.Pager;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The 资金台账 tab: balances per funding source, entries with filters, export, the chain check, and reversal for payers. */
public final class LedgerView extends VBox {
    private final LedgerViewModel vm;

    public LedgerView(LedgerViewModel vm, Texts texts, FileDialogs files, Dialogs dialogs, boolean mayReverse, boolean fullAccounts) {
        super(8);
        this.vm = vm;
        setPadding(new Insets(10));
        TableView<Balance> balances = new TableView<>(vm.balances());
        balances.setId("ledger-balances");
        balances.setPrefHeight(170);
        balances.setMinHeight(120);
        balances.setPlaceholder(new Label(texts.get("ledger.noEntries")));
        Columns.add(balances, texts.get("ledger.col.account"), 14, b -> texts.label(b.account()));
        Columns.add(balances, texts.get("ledger.balance.received"), 10, b -> b.received().toYuanString());
        Columns.add(balances, texts.get("ledger.balance.disbursed"), 10, b -> b.disbursed().toYuanString());
        Columns.add(balances, texts.get("ledger.balance.remaining"), 10, b -> b.remaining().toYuanString());
        Columns.add(balances, texts.get("ledger.balance.entries"), 6, Balance::entries);

        ComboBox<Choice<Account>> account = new ComboBox<>(FXCollections.observableArrayList(Choice.withAll(texts, Account.values())));
        account.setId("ledger-account");
        account.getSelectionModel().select(0);
        account.valueProperty().addListener((o, a, b) -> vm.account().set(b == null ? null : b.value()));
        ComboBox<Choice<EntryKind>> kind = new ComboBox<>(FXCollections.observableArrayList(Choice.withAll(texts, EntryKind.values())));
        kind.setId("ledger-kind");
        kind.getSelectionModel().select(0);
        kind.valueProperty().addListener((o, a, b) -> vm.kind().set(b == null ? null : b.value()));

        ComboBox<Choice<Integer>> year = new ComboBox<>(FXCollections.observableArrayList(years(texts)));
        year.setId("ledger-year");
        year.getSelectionModel().select(0);
        year.valueProperty().addListener((o, a, b) -> vm.year().set(b == null ? null : b.value()));

        TableView<LedgerRow> entries = new TableView<>(vm.entries().rows());
        entries.setId("ledger-entries");
        entries.setPlaceholder(new Label(texts.get("ledger.noEntries")));
        Columns.add(entries, texts.get("ledger.col.seq"), 4, r -> r.entry().seq());
        Columns.add(entries, texts.get("ledger.col.date"), 7, r -> r.entry().entryDate());
        Columns.add(entries, texts.get("ledger.col.account"), 11, r -> texts.label(r.entry().account()));
        Columns.add(entries, texts.get("ledger.col.kind"), 7, r -> r.entry().isReversal() ? texts.get("ledger.reversalOf", texts.label(r.entry().kind()))
                : texts.label(r.entry().kind()));
        Columns.add(entries, texts.get("ledger.col.amount"), 8, r -> r.entry().amount().toYuanString());
        Columns.add(entries, texts.get("ledger.col.claim"), 10, r -> r.claimNo() == null ? "" : r.claimNo());
        Columns.add(entries, texts.get("ledger.col.voucher"), 8, r -> r.entry().voucherNo() == null ? "" : r.entry().voucherNo());
        Columns.add(entries, texts.get("ledger.col.payeeAccount"), 11, r -> r.entry().payeeAccount() == null ? ""
                : fullAccounts ? r.entry().payeeAccount() : Masking.account(r.entry().payeeAccount()));
        Columns.withTooltips(Columns.add(entries, texts.get("ledger.col.memo"), 12, r -> r.entry().memo()));
        Columns.add(entries, texts.get("ledger.col.user"), 9, r -> r.entry().userName());
        VBox.setVgrow(entries, Priority.ALWAYS);

        Button export = Buttons.of("ledger-export", texts.get("ledger.export"), () -> files.save(texts.get("ledger.export"),
                texts.get("ledger.export.fileName")).ifPresent(f -> vm.export(f, n -> dialogs.info(getScene().getWindow(),
                texts.get("ledger.export.done", n, f)))));
        Button verify = Buttons.of("ledger-verify", texts.get("ledger.verify"), vm::verify);
        Button reverse = Buttons.of("ledger-reverse", texts.get("ledger.reverse"), () -> reverse(entries, texts));
        reverse.setVisible(mayReverse);
        reverse.setManaged(mayReverse);
        reverse.disableProperty().bind(entries.getSelectionModel().selectedItemProperty().isNull());
        Label verdict = new Label();
        verdict.setId("ledger-verdict");
        verdict.textProperty().bind(vm.verdict());
        HBox tools = new HBox(8, new Label(texts.get("ledger.period")), year, new Label(texts.get("ledger.col.account")), account,
                new Label(texts.get("ledger.col.kind")), kind,
                export, verify, reverse, verdict);
        tools.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(texts.get("ledger.balances"));
        title.getStyleClass().add("section-title");
        getChildren().addAll(title, balances, tools, entries, new Pager(vm.entries(), texts, "ledger"));
    }

    private void reverse(TableView<LedgerRow> entries, Texts texts) {
        LedgerRow row = entries.getSelectionModel().getSelectedItem();
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(getScene().getWindow());
        ask.setTitle(texts.get("ledger.reverse"));
        ask.setHeaderText(texts.get("ledger.reverse.hint", row.entry().seq(), row.entry().amount().toYuanString()));
        ask.getEditor().setId("ledger-reverseReason");
        ask.showAndWait().filter(s -> !s.isBlank()).ifPresent(reason -> vm.reverse(row, reason, () -> { }));
    }

    /** 全部 and the years around today: the periods a ledger is read by. */
    private static java.util.List<Choice<Integer>> years(Texts texts) {
        java.util.List<Choice<Integer>> list = new java.util.ArrayList<>();
        list.add(new Choice<>(null, texts.get("common.all")));
        int now = BusinessTime.today().getYear();
        for (int y = now; y >= 2014; y--) {
            list.add(new Choice<>(y, texts.get("ledger.year", String.valueOf(y))));
        }
        return list;
    }

    public void reload() {
        vm.reload();
    }
}
