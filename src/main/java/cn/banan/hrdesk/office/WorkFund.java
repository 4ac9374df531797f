package cn.banan.hrdesk.office;

import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.ledger.Account;
import cn.banan.hrdesk.ledger.Balance;
import cn.banan.hrdesk.ledger.EntryKind;
import cn.banan.hrdesk.ledger.LedgerService;
import cn.banan.hrdesk.ledger.NewEntry;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Session;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;

/**
 * 工作经费专帐 (SPEC §6): allocations from district finance and disbursements by actual use (据实拨付) go into the
 * hash-chained ledger; a disbursement lists the expenditures it covers, is approved by 区财政局 and then paid; the
 * fund never goes below zero unless the payer writes why, and the reason is kept.
 */
public final class WorkFund {
    public static final String AMOUNT = "amount";
    public static final String DOCUMENT = "document";
    public static final String OVERRIDE = "overrideReason";
    private final DSLContext dsl;
    private final WorkFundRepository repository;
    private final LedgerService ledger;
    private final Session session;
    private final Clock clock;

    public WorkFund(DSLContext dsl, WorkFundRepository repository, LedgerService ledger, Session session, Clock clock) {
        this.dsl = dsl;
        this.repository = repository;
        this.ledger = ledger;
        this.session = session;
        this.clock = clock;
    }

    public void allocate(LocalDate on, Money amount, String document) {
        Actor actor = session.require(Action.EDIT_OFFICE);
        if (amount == null || amount.fen() <= 0) {
            throw problem(AMOUNT, "registers.problem.positive");
        }
        if (document == null || document.isBlank() || on == null) {
            throw problem(DOCUMENT, "registry.problem.required");
        }
        dsl.transaction(tx -> ledger.post(tx.dsl(), new NewEntry(Account.WORK_FUND, EntryKind.ALLOCATION, amount, null, null, null, on, null, null,
                null, document.strip(), actor.name())));
    }

    /** A request covering {@code expenditureIds}, none of them covered before; returns its number. */
    public String request(List<String> expenditureIds) {
        Actor actor = session.require(Action.EDIT_OFFICE);
        return dsl.transactionResult(tx -> {
            if (expenditureIds.isEmpty() || repository.uncoveredCount(tx.dsl(), expenditureIds) != expenditureIds.size()) {
                throw problem("expenditures", "office.problem.alreadyCovered");
            }
            LocalDate today = LocalDate.now(clock);
            String prefix = "JF-" + today.getYear() + "-";
            String no = prefix + String.format("%03d", repository.countWithPrefix(tx.dsl(), prefix) + 1);
            repository.insertRequest(tx.dsl(), no, today, actor.name(), repository.uncoveredSum(tx.dsl(), expenditureIds), expenditureIds);
            return no;
        });
    }

    public void approve(String requestId) {
        Actor actor = session.require(Action.APPROVE_WORK_FUND);
        dsl.transaction(tx -> {
            Disbursement d = repository.find(tx.dsl(), requestId).orElseThrow();
            if (d.state() != RequestState.REQUESTED) {
                throw problem(OVERRIDE, "office.problem.notRequested", d.requestNo(), d.state());
            }
            repository.approve(tx.dsl(), requestId, actor.name(), LocalDate.now(clock));
        });
    }

    /** Pays an approved request out of the fund; short of money only with a written reason, which is kept. */
    public void disburse(String requestId, String overrideReason) {
        Actor actor = session.require(Action.DISBURSE_WORK_FUND);
        dsl.transaction(tx -> {
            Disbursement d = repository.find(tx.dsl(), requestId).orElseThrow();
            if (d.state() != RequestState.APPROVED) {
                throw problem(OVERRIDE, "office.problem.notApproved", d.requestNo(), d.state());
            }
            Money available = balance().remaining();
            boolean shortOfFunds = d.amount().compareTo(available) > 0;
            if (shortOfFunds && (overrideReason == null || overrideReason.isBlank())) {
                throw problem(OVERRIDE, "office.problem.shortOfFunds", available.toYuanString(), d.amount().toYuanString());
            }
            String reason = shortOfFunds ? overrideReason.strip() : null;
            LocalDate today = LocalDate.now(clock);
            repository.disburse(tx.dsl(), requestId, actor.name(), today, reason);
            ledger.post(tx.dsl(), new NewEntry(Account.WORK_FUND, EntryKind.EXPENDITURE, d.amount(), null, null, null, today, d.requestNo(), null,
                    null, reason == null ? d.requestNo() : d.requestNo() + " " + reason, actor.name()));
        });
    }

    public void annotate(String table, String targetId, String body) {
        Actor actor = session.require(Action.ANNOTATE);
        if (body == null || body.isBlank()) {
            throw problem("body", "registry.problem.required");
        }
        dsl.transaction(tx -> repository.annotate(tx.dsl(), table, targetId, actor, body.strip()));
    }

    public Balance balance() {
        return ledger.balances().getOrDefault(Account.WORK_FUND, cn.banan.hrdesk.ledger.Balance.empty(Account.WORK_FUND));
    }

    public List<Disbursement> requests() {
        return repository.all(dsl);
    }

    public List<Annotation> annotations(String targetId) {
        return repository.annotations(dsl, targetId);
    }

    private static ValidationException problem(String field, String key, Object... args) {
        return new ValidationException(List.of(FieldProblem.of(field, key, args)));
    }
}
