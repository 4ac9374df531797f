package cn.banan.hrdesk.registry.ui;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.registry.BankAccount;
import cn.banan.hrdesk.registry.EnterpriseAccounts;
import cn.banan.hrdesk.ui.FieldErrors;
import cn.banan.hrdesk.ui.FormSave;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;

/** The account an enterprise is paid into, as its editor shows and changes it. */
public final class EnterpriseAccountViewModel {
    private final String enterpriseId;
    private final EnterpriseAccounts accounts;
    private final TaskRunner runner;
    private final Consumer<Throwable> onFailure;
    private final FieldErrors errors;
    private final StringProperty accountName = new SimpleStringProperty("");
    private final StringProperty bankName = new SimpleStringProperty("");
    private final StringProperty accountNo = new SimpleStringProperty("");
    private final StringProperty saved = new SimpleStringProperty("");
    private final Texts texts;

    public EnterpriseAccountViewModel(String enterpriseId, EnterpriseAccounts accounts, TaskRunner runner, Texts texts, Consumer<Throwable> onFailure) {
        this.enterpriseId = enterpriseId;
        this.accounts = accounts;
        this.runner = runner;
        this.texts = texts;
        this.onFailure = onFailure;
        this.errors = new FieldErrors(texts);
    }

    public void reload() {
        runner.run(UiTask.of(null, p -> accounts.of(enterpriseId)).onSuccess(a -> {
            accountName.set(a.map(BankAccount::accountName).orElse(""));
            bankName.set(a.map(BankAccount::bankName).orElse(""));
            accountNo.set(a.map(BankAccount::accountNo).orElse(""));
            saved.set(a.map(x -> texts.get("registry.enterprise.accountShown", x.accountName(), x.bankName(), x.accountNo()))
                    .orElse(texts.get("registry.enterprise.accountNone")));
        }).onFailure(onFailure));
    }

    public void save() {
        FormSave.run(runner, errors, () -> {
            accounts.save(enterpriseId, new BankAccount(accountName.get(), bankName.get(), accountNo.get()));
            return Boolean.TRUE;
        }, ok -> reload(), onFailure);
    }

    public StringProperty accountName() {
        return accountName;
    }

    public StringProperty bankName() {
        return bankName;
    }

    public StringProperty accountNo() {
        return accountNo;
    }

    /** What is kept now, in words. */
    public StringProperty saved() {
        return saved;
    }

    public ObservableMap<String, String> errors() {
        return errors.map();
    }
}
