package cn.banan.hrdesk.ledger;

import cn.banan.hrdesk.core.Site;
import java.util.EnumMap;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Walks each site's chain from its first entry (a database holds the chain of every site it exchanged with): each must follow the one before (seq), carry its hash (prev_hash) and hash
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
        long[] inChain = {0};
        Site[] chain = {null};
        String[] prevHash = {EntryHash.GENESIS};
        ledger.eachByChain(dsl, (site, e) -> {
            if (first[0] != null) {
                return;
            }
            if (site != chain[0]) {
                chain[0] = site;
                inChain[0] = 0;
                prevHash[0] = EntryHash.GENESIS;
            }
            count[0]++;
            inChain[0]++;
            if (e.seq() != inChain[0]) {
                first[0] = new LedgerCheck(LedgerCheck.Problem.ENTRY_MISSING, e.seq(), e.id(), e.account(), count[0] - 1, site);
            } else if (!EntryHash.of(e).equals(e.hash())) {
                first[0] = new LedgerCheck(LedgerCheck.Problem.ENTRY_CHANGED, e.seq(), e.id(), e.account(), count[0] - 1, site);
            } else if (!e.prevHash().equals(prevHash[0])) {
                first[0] = new LedgerCheck(LedgerCheck.Problem.CHAIN_BROKEN, e.seq(), e.id(), e.account(), count[0] - 1, site);
            }
            prevHash[0] = e.hash();
            sums.merge(e.account(), Balance.empty(e.account()).plus(e), (a, b) -> a.plus(e));
        });
        if (first[0] != null) {
            return first[0];
        }
        var witness = ledger.firstBrokenWitness(dsl);
        if (witness.isPresent()) {
            return new LedgerCheck(LedgerCheck.Problem.WITNESS_DIFFERS, witness.get().seq(), null, null, count[0], witness.get().chain());
        }
        for (Map.Entry<Account, Balance> kept : ledger.balances(dsl).entrySet()) {
            Balance derived = sums.getOrDefault(kept.getKey(), Balance.empty(kept.getKey()));
            if (!derived.equals(kept.getValue())) {
                return new LedgerCheck(LedgerCheck.Problem.BALANCE_DIFFERS, null, null, kept.getKey(), count[0], null);
            }
        }
        var unmatched = ledger.firstUnmatchedStep(dsl);
        if (unmatched.isPresent()) {
            var u = unmatched.get();
            return u.entryId() == null
                    ? new LedgerCheck(LedgerCheck.Problem.STEP_WITHOUT_ENTRY, null, null, null, count[0], null,
                            new LedgerCheck.UnbookedStep(u.claimNo(), u.step()))
                    : new LedgerCheck(LedgerCheck.Problem.ENTRY_WITHOUT_STEP, u.seq(), u.entryId(), Account.valueOf(u.account()), count[0], u.chain());
        }
        return new LedgerCheck(LedgerCheck.Problem.NONE, null, null, null, count[0], null);
    }
}
