package cn.banan.hrdesk.ledger;

import cn.banan.hrdesk.core.Money;
import java.time.LocalDate;

/**
 * One posted entry. {@code amount} is signed: a reversal carries the opposite of the entry it {@code reverses}.
 * {@code prevHash} and {@code hash} chain it to the entry before (see {@link EntryHash}).
 */
public record LedgerEntry(String id, long seq, Account account, EntryKind kind, Money amount, String claimId, String eventId,
                          String reverses, LocalDate entryDate, String voucherNo, String payee, String payeeAccount, String memo,
                          String userName, String recordedAt, String prevHash, String hash) {
    public boolean isReversal() {
        return reverses != null;
    }
}
