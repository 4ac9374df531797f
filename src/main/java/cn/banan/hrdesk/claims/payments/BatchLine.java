package cn.banan.hrdesk.claims.payments;

import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.policy.FundingSource;
import java.time.LocalDate;

/** One line of a 代发清单: a claim's share of one source to one account, and the bank's answer once it came. */
public record BatchLine(String id, String batchId, String batchNo, long seq, String claimId, String claimNo, FundingSource source, Money amount,
                        String accountName, String bankName, String accountNo, LineResult result, LocalDate resultOn, String returnReason) {
    public boolean waiting() {
        return result == null;
    }
}
