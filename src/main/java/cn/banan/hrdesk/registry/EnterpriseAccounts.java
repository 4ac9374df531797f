package cn.banan.hrdesk.registry;

import cn.banan.hrdesk.core.BankAccountNo;
import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.FieldText;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The account an enterprise is paid R3 subsidies into: kept by those who keep the registry, its number's shape checked. */
public final class EnterpriseAccounts {
    private final DSLContext dsl;
    private final EnterpriseAccountRepository accounts;
    private final EnterpriseService enterprises;
    private final Session session;

    public EnterpriseAccounts(DSLContext dsl, EnterpriseAccountRepository accounts, EnterpriseService enterprises, Session session) {
        this.dsl = dsl;
        this.accounts = accounts;
        this.enterprises = enterprises;
        this.session = session;
    }

    /** Empty when none is kept, or the enterprise is outside the signed-in park user's park. */
    public Optional<BankAccount> of(String enterpriseId) {
        return enterprises.find(enterpriseId).flatMap(e -> accounts.find(dsl, enterpriseId));
    }

    public void save(String enterpriseId, BankAccount typed) {
        session.require(Action.EDIT_REGISTRY);
        enterprises.find(enterpriseId).orElseThrow(() -> new ValidationException(List.of(FieldProblem.of(BankAccount.ACCOUNT_NAME,
                "registry.problem.enterpriseGone"))));
        List<FieldProblem> problems = new ArrayList<>();
        String name = clean(typed.accountName());
        String bank = clean(typed.bankName());
        required(problems, BankAccount.ACCOUNT_NAME, name);
        required(problems, BankAccount.BANK_NAME, bank);
        FieldText.fits(problems, BankAccount.ACCOUNT_NAME, name, FieldText.NAME);
        FieldText.fits(problems, BankAccount.BANK_NAME, bank, FieldText.NAME);
        if (required(problems, BankAccount.ACCOUNT_NO, typed.accountNo())) {
            BankAccountNo.problem(typed.accountNo()).ifPresent(k -> problems.add(FieldProblem.of(BankAccount.ACCOUNT_NO, k)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        dsl.transaction(tx -> accounts.save(tx.dsl(), enterpriseId, new BankAccount(name, bank, BankAccountNo.normal(typed.accountNo()))));
    }

    private static String clean(String typed) {
        return typed == null ? "" : FieldText.line(typed).strip();
    }

    private static boolean required(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "registry.problem.required"));
            return false;
        }
        return true;
    }
}
