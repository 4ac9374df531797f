package cn.banan.hrdesk.ledger;

import cn.banan.hrdesk.core.Labelled;

/** What an entry records. Subsidy funds see commitments (拨付审批) and payments (发放); the work fund, allocations and spending. */
public enum EntryKind implements Labelled {
    COMMITMENT, PAYMENT, ALLOCATION, EXPENDITURE;

    @Override
    public String labelKey() {
        return "ledger.kind." + name();
    }
}
