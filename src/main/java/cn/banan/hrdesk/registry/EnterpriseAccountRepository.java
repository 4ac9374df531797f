package cn.banan.hrdesk.registry;

import static cn.banan.hrdesk.store.generated.Tables.ENTERPRISE_ACCOUNT;

import cn.banan.hrdesk.store.RowStamp;
import cn.banan.hrdesk.store.generated.tables.records.EnterpriseAccountRecord;
import java.util.Optional;
import org.jooq.DSLContext;

/** An enterprise's account for subsidies paid to it, in SQL: one live row an enterprise, changed in place. */
public final class EnterpriseAccountRepository {
    private final RowStamp stamp;

    public EnterpriseAccountRepository(RowStamp stamp) {
        this.stamp = stamp;
    }

    public Optional<BankAccount> find(DSLContext dsl, String enterpriseId) {
        return dsl.selectFrom(ENTERPRISE_ACCOUNT).where(ENTERPRISE_ACCOUNT.ENTERPRISE_ID.eq(enterpriseId)).and(ENTERPRISE_ACCOUNT.DELETED.isFalse())
                .and(ENTERPRISE_ACCOUNT.SYNC_HELD.eq(0L)).fetchOptional(r -> new BankAccount(r.getAccountName(), r.getBankName(), r.getAccountNo()));
    }

    public void save(DSLContext dsl, String enterpriseId, BankAccount a) {
        EnterpriseAccountRecord r = dsl.selectFrom(ENTERPRISE_ACCOUNT).where(ENTERPRISE_ACCOUNT.ENTERPRISE_ID.eq(enterpriseId))
                .and(ENTERPRISE_ACCOUNT.DELETED.isFalse()).and(ENTERPRISE_ACCOUNT.SYNC_HELD.eq(0L)).fetchOptional()
                .orElseGet(() -> {
                    EnterpriseAccountRecord n = stamp.stampNew(dsl.newRecord(ENTERPRISE_ACCOUNT));
                    n.setEnterpriseId(enterpriseId);
                    return n;
                });
        r.setAccountName(a.accountName());
        r.setBankName(a.bankName());
        r.setAccountNo(a.accountNo());
        if (r.changed()) {
            stamp.stampChange(r).store();
        }
    }
}
