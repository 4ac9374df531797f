package cn.banan.hrdesk.ledger;

import cn.banan.hrdesk.core.Money;
import java.time.LocalDate;

/** An entry to post; the ledger gives it its place in the chain and its hash. */
public record NewEntry(Account account, EntryKind kind, Money amount, String claimId, String eventId, String reverses, LocalDate entryDate,
                       String voucherNo, String payee, String payeeAccount, String memo, String userName) {
    /** The entry that undoes {@code e}: the opposite amount, on {@code on}, naming the entry it reverses. */
    public static NewEntry reversing(LedgerEntry e, LocalDate on, String memo, String userName) {
        return new NewEntry(e.account(), e.kind(), new Money(-e.amount().fen()), e.claimId(), e.eventId(), e.id(), on, e.voucherNo(),
                e.payee(), e.payeeAccount(), memo, userName);
    }
}
