package cn.banan.hrdesk.ledger;

/** An entry as the ledger tab lists it: with the number of the claim it belongs to, if any. */
public record LedgerRow(LedgerEntry entry, String claimNo) {
}
