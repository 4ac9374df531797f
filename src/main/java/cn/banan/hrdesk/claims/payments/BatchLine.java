package cn.banan.hrdesk.claims.payments;

import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.policy.FundingSource;
import java.time.LocalDate;

/**
 * One line of a 代发清单: a claim's share of one source to one account, the bank's answer once it came, and a 退汇 if
 * the bank sent the money back after crediting it.
 */
public record BatchLine(String id, String batchId, String batchNo, long seq, String claimId, String claimNo, FundingSource source, Money amount,
                        String accountName, String bankName, String accountNo, LineResult result, LocalDate resultOn, String returnReason,
                        LocalDate refundedOn, String refundReason) {
    public boolean waiting() {
        return result == null;
    }

    /** Credited and not sent back: the one answer a 退汇 may follow. */
    public boolean credited() {
        return result == LineResult.PAID && refundedOn == null;
    }
}
