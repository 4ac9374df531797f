package cn.banan.hrdesk.ledger;

import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.Page;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Session;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.jooq.DSLContext;

/** The money ledger (资金台账): posting inside the caller's transaction, corrections by reversal, balances, the check. */
public final class LedgerService {
    public static final String REASON = "reason";
    private final DSLContext dsl;
    private final LedgerRepository ledger;
    private final Session session;
    private final Clock clock;

    public LedgerService(DSLContext dsl, LedgerRepository ledger, Session session, Clock clock) {
        this.dsl = dsl;
        this.ledger = ledger;
        this.session = session;
        this.clock = clock;
    }

    /** Posts an entry in the caller's transaction (the workflow's 拨付审批 and 发放); the caller has checked the role. */
    public LedgerEntry post(DSLContext tx, NewEntry entry) {
        return ledger.append(tx, entry);
    }

    /** A correction: a new entry with the opposite amount, naming the one it undoes. An entry is reversed at most once. */
    public LedgerEntry reverse(String entryId, String reason) {
        Actor actor = session.require(Action.CORRECT_LEDGER);
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(List.of(FieldProblem.of(REASON, "registry.problem.required")));
        }
        return dsl.transactionResult(tx -> {
            LedgerEntry e = ledger.find(tx.dsl(), entryId).orElseThrow();
            if (e.isReversal() || ledger.reversed(tx.dsl(), entryId)) {
                throw new ValidationException(List.of(FieldProblem.of(REASON, "ledger.problem.alreadyReversed", e.seq())));
            }
            return ledger.append(tx.dsl(), NewEntry.reversing(e, LocalDate.now(clock), reason.strip(), actor.name()));
        });
    }

    /** A page of entries; a park's user sees the park's own account only. */
    public Page<LedgerRow> page(LedgerFilter filter, int offset, int limit) {
        Optional<Account> mine = parkAccount();
        if (mine.isPresent() && filter.account() != null && filter.account() != mine.get()) {
            return new Page<>(List.of(), offset, 0);
        }
        LedgerFilter f = mine.map(a -> new LedgerFilter(a, filter.kind(), filter.from(), filter.to())).orElse(filter);
        return ledger.page(dsl, f, offset, limit);
    }

    public Map<Account, Balance> balances() {
        return scoped(ledger.balances(dsl));
    }

    /** A period's balances per account (null dates: from the first entry, to the last), summed from the entries. */
    public Map<Account, Balance> balances(LocalDate from, LocalDate to) {
        return scoped(ledger.sums(dsl, from, to));
    }

    private Optional<Account> parkAccount() {
        return session.parkScope().map(p -> Account.of(cn.banan.hrdesk.policy.FundingSource.of(p)));
    }

    private Map<Account, Balance> scoped(Map<Account, Balance> all) {
        Optional<Account> mine = parkAccount();
        if (mine.isEmpty()) {
            return all;
        }
        Map<Account, Balance> own = new java.util.EnumMap<>(Account.class);
        own.put(mine.get(), all.getOrDefault(mine.get(), Balance.empty(mine.get())));
        return own;
    }

    public List<LedgerEntry> ofClaim(String claimId) {
        return ledger.ofClaim(dsl, claimId);
    }

    /** The claim's entries as the caller's transaction sees them (a form reads them beside its lines and events). */
    public List<LedgerEntry> ofClaim(DSLContext tx, String claimId) {
        return ledger.ofClaim(tx, claimId);
    }

    /**
     * What stays committed to the claim from {@code account}, in the caller's transaction: its 拨付审批 less what was
     * taken back since (an upheld objection, a reversal). The 发放 pays exactly this, so the two never drift apart.
     */
    public Money committed(DSLContext tx, String claimId, Account account) {
        return ledger.ofClaim(tx, claimId).stream().filter(e -> e.kind() == EntryKind.COMMITMENT && e.account() == account)
                .map(LedgerEntry::amount).reduce(Money.ZERO, Money::plus);
    }

    /** Recomputes the chain and the balances from the entries, reading only. */
    /** The last entry of each site's chain this database holds. */
    public Map<cn.banan.hrdesk.core.Site, LedgerRepository.Tip> heads() {
        return ledger.heads(dsl);
    }

    public LedgerCheck verify() {
        return new LedgerVerifier(ledger).verify(dsl);
    }

    /** Every entry in chain order with its claim number, for the export. */
    public void eachRow(java.util.function.Consumer<LedgerRow> sink) {
        ledger.eachRow(dsl, sink);
    }
}
