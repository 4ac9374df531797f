package cn.banan.hrdesk.ledger;

import java.util.EnumMap;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Walks the chain from the first entry: each must follow the one before (seq), carry its hash (prev_hash) and hash
 * to what it says (hash). Then the balances kept beside the entries must equal the sums of the entries.
 */
public final class LedgerVerifier {
    private final LedgerRepository ledger;

    public LedgerVerifier(LedgerRepository ledger) {
        this.ledger = ledger;
    }

    public LedgerCheck verify(DSLContext dsl) {
        Map<Account, Balance> sums = new EnumMap<>(Account.class);
        LedgerCheck[] first = {null};
        long[] count = {0};
        String[] prevHash = {EntryHash.GENESIS};
        ledger.each(dsl, e -> {
            if (first[0] != null) {
                return;
            }
            count[0]++;
            if (e.seq() != count[0]) {
                first[0] = new LedgerCheck(LedgerCheck.Problem.ENTRY_MISSING, e.seq(), e.id(), e.account(), count[0] - 1);
            } else if (!EntryHash.of(e).equals(e.hash())) {
                first[0] = new LedgerCheck(LedgerCheck.Problem.ENTRY_CHANGED, e.seq(), e.id(), e.account(), count[0] - 1);
            } else if (!e.prevHash().equals(prevHash[0])) {
                first[0] = new LedgerCheck(LedgerCheck.Problem.CHAIN_BROKEN, e.seq(), e.id(), e.account(), count[0] - 1);
            }
            prevHash[0] = e.hash();
            sums.merge(e.account(), Balance.empty(e.account()).plus(e), (a, b) -> a.plus(e));
        });
        if (first[0] != null) {
            return first[0];
        }
        for (Map.Entry<Account, Balance> kept : ledger.balances(dsl).entrySet()) {
            Balance derived = sums.getOrDefault(kept.getKey(), Balance.empty(kept.getKey()));
            if (!derived.equals(kept.getValue())) {
                return new LedgerCheck(LedgerCheck.Problem.BALANCE_DIFFERS, null, null, kept.getKey(), count[0]);
            }
        }
        return new LedgerCheck(LedgerCheck.Problem.NONE, null, null, null, count[0]);
    }
}
