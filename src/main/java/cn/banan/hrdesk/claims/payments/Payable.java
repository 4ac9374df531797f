package cn.banan.hrdesk.claims.payments;

import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.registry.BankAccount;

/**
 * A claim's share of one source that is approved and unpaid, as a 代发清单 offers it: to whom, how much, and, when it
 * cannot go yet, the bundle key of why (no account kept, 公示 not over, an objection open, already in a list).
 * {@code again}: the bank sent it back after crediting it (退汇), and it goes out a second time.
 */
public record Payable(String claimId, String claimNo, String claimantName, Money amount, BankAccount account, String blockerKey,
                      Object blockerArg, boolean again) {
    public boolean ready() {
        return blockerKey == null;
    }
}
