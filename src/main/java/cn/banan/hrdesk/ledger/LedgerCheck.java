package cn.banan.hrdesk.ledger;

import cn.banan.hrdesk.core.Labelled;
import cn.banan.hrdesk.core.Site;

/**
 * What `ledger verify` found. {@code seq}/{@code entryId} name the first entry that no longer agrees with the chain
 * (null when the chain holds and only a kept balance differs); {@code chain}: the site whose chain that entry is in.
 * {@code unbooked}: a 拨付审批 or 发放 that has no entry, by claim number and step (FUNDING or PAYMENT).
 */
public record LedgerCheck(Problem problem, Long seq, String entryId, Account account, long entries, Site chain, UnbookedStep unbooked) {
    public record UnbookedStep(String claimNo, String step) {
    }

    public LedgerCheck(Problem problem, Long seq, String entryId, Account account, long entries, Site chain) {
        this(problem, seq, entryId, account, entries, chain, null);
    }

    public enum Problem implements Labelled {
        NONE, ENTRY_CHANGED, CHAIN_BROKEN, ENTRY_MISSING, BALANCE_DIFFERS, WITNESS_DIFFERS, ENTRY_WITHOUT_STEP, STEP_WITHOUT_ENTRY;

        @Override
        public String labelKey() {
            return "ledger.verify." + name();
        }
    }

    public boolean holds() {
        return problem == Problem.NONE;
    }
}
