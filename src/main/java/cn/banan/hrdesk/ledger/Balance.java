package cn.banan.hrdesk.ledger;

import cn.banan.hrdesk.core.Money;

/** An account's sums, derived from its entries: committed and paid subsidies, allocated and spent work funds. */
public record Balance(Account account, Money committed, Money paid, Money allocated, Money spent, long entries) {
    public static Balance empty(Account a) {
        return new Balance(a, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, 0);
    }

    /** Approved but not yet paid out. */
    public Money outstanding() {
        return committed.minus(paid);
    }

    /** What the work fund still holds. */
    public Money available() {
        return allocated.minus(spent);
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
