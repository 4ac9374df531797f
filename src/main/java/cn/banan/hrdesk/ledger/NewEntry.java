package cn.banan.hrdesk.ledger;

import cn.banan.hrdesk.core.Money;
import java.time.LocalDate;

/** An entry to post; the ledger gives it its place in the chain and its hash. */
public record NewEntry(Account account, EntryKind kind, Money amount, String claimId, String eventId, String reverses, LocalDate entryDate,
                       String voucherNo, String payee, String payeeAccount, String memo, String userName) {
}
