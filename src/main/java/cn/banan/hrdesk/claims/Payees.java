package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.registry.BankAccount;
import cn.banan.hrdesk.registry.EnterpriseAccountRepository;
import cn.banan.hrdesk.registry.PartyRepository;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Whose account a claim is paid into: the intermediary's for R1 and R2, the enterprise's for R3. One place, for the
 * 审批表, the 公示, the 发放 dialog and the 代发清单.
 */
public final class Payees {
    private final PartyRepository parties;
    private final EnterpriseAccountRepository accounts;

    public Payees(PartyRepository parties, EnterpriseAccountRepository accounts) {
        this.parties = parties;
        this.accounts = accounts;
    }

    /** Empty when the claimant keeps no account (an R3 enterprise not yet asked for one). */
    public Optional<BankAccount> of(DSLContext dsl, Claim claim) {
        if (claim.rule() == Rule.R3) {
            return accounts.find(dsl, claim.claimantId());
        }
        return parties.intermediary(dsl, claim.claimantId()).filter(i -> i.accountNo() != null && !i.accountNo().isBlank())
                .map(i -> new BankAccount(i.accountName(), i.bankName(), i.accountNo()));
    }
}
