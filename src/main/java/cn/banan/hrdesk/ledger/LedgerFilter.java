package cn.banan.hrdesk.ledger;

import java.time.LocalDate;

/** What the ledger tab filters by; null means any. */
public record LedgerFilter(Account account, EntryKind kind, LocalDate from, LocalDate to) {
    public static final LedgerFilter ALL = new LedgerFilter(null, null, null, null);
}
