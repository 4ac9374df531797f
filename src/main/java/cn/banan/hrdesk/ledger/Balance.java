package cn.banan.hrdesk.ledger;

import cn.banan.hrdesk.core.Money;

/** An account's sums, derived from its entries: committed and paid subsidies, allocated and spent work funds. */
public record Balance(Account account, Money committed, Money paid, Money allocated, Money spent, long entries) {
    public static Balance empty(Account a) {
        return new Balance(a, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, 0);
    }

    /**
     * What came into the account: approved (拨付审批) for a subsidy fund, allocated (拨入) for the work fund. An
     * account only ever has one of the two pairs, so every screen reads its balance through these three.
     */
    public Money received() {
        return committed.plus(allocated);
    }

    /** What went out: paid (发放) for a subsidy fund, spent (支出) for the work fund. */
    public Money disbursed() {
        return paid.plus(spent);
    }

    /** Approved but not yet paid (待发放), or what the work fund still holds (结余). */
    public Money remaining() {
        return received().minus(disbursed());
    }

    public Balance plus(LedgerEntry e) {
        Money m = e.amount();
        return switch (e.kind()) {
            case COMMITMENT -> new Balance(account, committed.plus(m), paid, allocated, spent, entries + 1);
            case PAYMENT -> new Balance(account, committed, paid.plus(m), allocated, spent, entries + 1);
            case ALLOCATION -> new Balance(account, committed, paid, allocated.plus(m), spent, entries + 1);
            case EXPENDITURE -> new Balance(account, committed, paid, allocated, spent.plus(m), entries + 1);
        };
    }
}
