package cn.banan.hrdesk.claims.payments;

import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.policy.FundingSource;
import java.time.LocalDate;

/** A 代发清单 sent to the bank: its number, whose money, when and by whom, and how many of its lines wait for an answer. */
public record PaymentBatch(String id, String batchNo, FundingSource source, LocalDate madeOn, String madeBy, String purpose, int lines,
                           Money total, int waiting) {
}
