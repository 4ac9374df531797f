package cn.banan.hrdesk.claims.payments;

import cn.banan.hrdesk.ledger.Account;
import cn.banan.hrdesk.ledger.EntryKind;
import cn.banan.hrdesk.ledger.LedgerEntry;
import cn.banan.hrdesk.ledger.LedgerRepository;
import cn.banan.hrdesk.ledger.NewEntry;
import java.util.Optional;
import cn.banan.hrdesk.claims.workflow.Payment;
import cn.banan.hrdesk.claims.workflow.Step;
import cn.banan.hrdesk.claims.workflow.StepRequest;
import cn.banan.hrdesk.claims.workflow.WorkflowService;
import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.security.AccessDeniedException;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;

/**
 * 代发: the payer of a funding source sends its approved, unpaid shares to the bank as one 代发清单, then answers each
 * line as the bank did. A line answered paid makes the claim's 发放 (its ledger entry carries the list's number as the
 * voucher) in the same transaction; a returned line keeps the bank's reason and frees the share for a later list. A
 * share is never in two lists that wait or were paid (the database refuses it too).
 */
public final class PaymentBatches {
    public static final String CLAIMS = "claims";
    public static final String ON = "resultOn";
    public static final String REASON = "returnReason";
    private final DSLContext dsl;
    private final PaymentBatchRepository batches;
    private final PayableShares payable;
    private final WorkflowService workflow;
    private final LedgerRepository ledger;
    private final Session session;
    private final Clock clock;
    private final Texts texts;
    private final Site site;

    /** {@code visible}: the claims the signed-in user may see (a park's, for a park's payer). */
    public PaymentBatches(DSLContext dsl, PaymentBatchRepository batches, Reads reads, WorkflowService workflow, LedgerRepository ledger,
                          Session session, Clock clock, Texts texts, Site site) {
        this.ledger = ledger;
        this.dsl = dsl;
        this.batches = batches;
        this.payable = new PayableShares(reads.claims(), reads.events(), reads.notices(), reads.objections(), reads.payees(), batches,
                reads.visible(), clock);
        this.workflow = workflow;
        this.session = session;
        this.clock = clock;
        this.texts = texts;
        this.site = site;
    }

    /** What deciding a share is payable reads. */
    public record Reads(cn.banan.hrdesk.claims.ClaimRepository claims, cn.banan.hrdesk.claims.workflow.ClaimEventRepository events,
                        cn.banan.hrdesk.claims.workflow.NoticeRepository notices, cn.banan.hrdesk.claims.workflow.ObjectionRepository objections,
                        cn.banan.hrdesk.claims.Payees payees, java.util.function.Supplier<List<cn.banan.hrdesk.claims.ClaimSummary>> visible) {
    }

    /** The signed-in payer's own source: a park's payer pays from the park's fund, the district's from the district's. */
    public FundingSource source() {
        Actor actor = payer();
        return actor.park() == null ? FundingSource.DISTRICT_FUND : FundingSource.of(actor.park());
    }

    /** Whether the signed-in user pays (does 发放) at all. */
    public boolean pays() {
        return session.actor().filter(a -> !a.commandLine() && workflow.stepRoles().get(Step.PAYMENT).contains(a.role())).isPresent();
    }

    public List<Payable> payable() {
        return payable.of(dsl, source());
    }

    public List<PaymentBatch> batches() {
        return batches.batches(dsl, List.of(source()));
    }

    public List<BatchLine> lines(String batchId) {
        return batches.lines(dsl, batchId);
    }

    public String why(Payable p) {
        return PayableShares.why(p, texts);
    }

    /** Makes a 代发清单 of the shares chosen and writes it to {@code out}; nothing is recorded unless the file was written. */
    public PaymentBatch make(List<String> claimIds, String purpose, Path out) {
        Actor actor = payer();
        FundingSource source = source();
        String what = purpose == null || purpose.isBlank() ? texts.get("payments.purpose.default") : purpose.strip();
        return dsl.transactionResult(tx -> {
            List<Payable> chosen = payable.of(tx.dsl(), source).stream().filter(p -> claimIds.contains(p.claimId())).toList();
            if (claimIds.isEmpty() || chosen.size() != claimIds.size()) {
                throw problem(CLAIMS, "payments.problem.none");
            }
            for (Payable p : chosen) {
                if (!p.ready()) {
                    throw problem(CLAIMS, "payments.problem.notReady", p.claimNo(), PayableShares.why(p, texts));
                }
            }
            LocalDate today = LocalDate.now(clock);
            String prefix = PayableShares.prefix(site, today);
            String no = prefix + String.format("%03d", batches.countWithPrefix(tx.dsl(), prefix) + 1);
            String id = batches.insert(tx.dsl(), no, source, today, actor.name(), what);
            long seq = 1;
            long total = 0;
            for (Payable p : chosen) {
                batches.addLine(tx.dsl(), id, seq++, p.claimId(), source, p.amount(), p.account());
                total += p.amount().fen();
            }
            PaymentBatch batch = new PaymentBatch(id, no, source, today, actor.name(), what, chosen.size(), new Money(total), chosen.size());
            new BankListSheet(texts).write(batch, batches.lines(tx.dsl(), id), out);
            return batch;
        });
    }

    /** The bank's answer to one line, on the day it gave it: paid (the 发放 is made) or returned, with the bank's reason. */
    public void answer(String lineId, LineResult result, LocalDate on, String reason) {
        Actor actor = payer();
        if (on == null) {
            throw problem(ON, "registry.problem.required");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw problem(ON, "payments.problem.future");
        }
        if (result == LineResult.RETURNED && (reason == null || reason.isBlank())) {
            throw problem(REASON, "registry.problem.required");
        }
        dsl.transaction(tx -> {
            BatchLine line = batches.line(tx.dsl(), lineId).orElseThrow(() -> problem(ON, "payments.problem.gone"));
            if (line.source() != source()) {
                throw new AccessDeniedException("workflow.denied.source", line.source());
            }
            PaymentBatch batch = batches.batches(tx.dsl(), List.of(line.source())).stream().filter(b -> b.id().equals(line.batchId()))
                    .findFirst().orElseThrow();
            if (on.isBefore(batch.madeOn())) {
                throw problem(ON, "payments.problem.beforeMade", batch.madeOn());
            }
            if (result == LineResult.PAID) {
                Optional<LedgerEntry> refunded = refundedPayment(tx.dsl(), line);
                if (refunded.isPresent()) {
                    // sent again after a 退汇: the 发放 was made once and stands; the money goes out again under this list
                    ledger.append(tx.dsl(), new NewEntry(refunded.get().account(), EntryKind.PAYMENT, line.amount(), line.claimId(),
                            refunded.get().eventId(), null, on, line.batchNo(), line.accountName(), line.accountNo(),
                            texts.get("payments.reissued", refunded.get().voucherNo()), actor.name()));
                } else {
                    workflow.performIn(tx.dsl(), StepRequest.pay(line.claimId(), line.source(),
                            new Payment(on, line.batchNo(), line.accountName(), line.accountNo()), null));
                }
            }
            if (!batches.answer(tx.dsl(), lineId, result, on, result == LineResult.RETURNED ? reason.strip() : null, actor.name())) {
                throw problem(ON, "payments.problem.answered", line.seq(), line.batchNo());
            }
        });
    }

    /**
     * 退汇: the bank sent back money it had credited (an account closed since, a name that did not match). The payment
     * is reversed in the ledger in the same transaction, with the bank's reason, and the share may go on a later list
     * once the account is put right; the 发放 step itself stands, since it was made.
     */
    public void refund(String lineId, LocalDate on, String reason) {
        Actor actor = payer();
        if (on == null) {
            throw problem(ON, "registry.problem.required");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw problem(ON, "payments.problem.future");
        }
        if (reason == null || reason.isBlank()) {
            throw problem(REASON, "registry.problem.required");
        }
        dsl.transaction(tx -> {
            BatchLine line = batches.line(tx.dsl(), lineId).orElseThrow(() -> problem(ON, "payments.problem.gone"));
            if (line.source() != source()) {
                throw new AccessDeniedException("workflow.denied.source", line.source());
            }
            if (!line.credited()) {
                throw problem(ON, "payments.problem.notCredited", line.seq(), line.batchNo());
            }
            if (on.isBefore(line.resultOn())) {
                throw problem(ON, "payments.problem.refundBeforeCredit", line.resultOn());
            }
            LedgerEntry paid = ledger.ofClaim(tx.dsl(), line.claimId()).stream().filter(e -> e.kind() == EntryKind.PAYMENT && !e.isReversal()
                    && e.account() == Account.of(line.source()) && line.batchNo().equals(e.voucherNo()) && !ledger.reversed(tx.dsl(), e.id()))
                    .findFirst().orElseThrow(() -> problem(ON, "payments.problem.noPaymentEntry", line.batchNo()));
            ledger.append(tx.dsl(), NewEntry.reversing(paid, on, texts.get("payments.refundMemo", reason.strip()), actor.name()));
            if (!batches.refund(tx.dsl(), lineId, on, reason.strip(), actor.name())) {
                throw problem(ON, "payments.problem.notCredited", line.seq(), line.batchNo());
            }
        });
    }

    /**
     * The payment a 退汇 reversed, when this line sends a share again: its source's 发放 was made already (it is made
     * once, by the first credited list), so the new money answers for that step, and every payment booked for it so far
     * was reversed. Decided without ordering the entries, which are numbered per site.
     */
    private Optional<LedgerEntry> refundedPayment(DSLContext tx, BatchLine line) {
        return workflow.progress(tx, line.claimId()).payment(line.source()).flatMap(step -> {
            List<LedgerEntry> paid = ledger.ofClaim(tx, line.claimId()).stream()
                    .filter(e -> e.kind() == EntryKind.PAYMENT && !e.isReversal() && step.id().equals(e.eventId())).toList();
            return paid.isEmpty() || paid.stream().anyMatch(e -> !ledger.reversed(tx, e.id())) ? Optional.empty()
                    : Optional.of(paid.get(paid.size() - 1));
        });
    }

    private Actor payer() {
        Actor actor = session.current();
        if (!pays()) {
            throw new AccessDeniedException("workflow.denied.role", actor.role() == null ? "" : actor.role(), Step.PAYMENT);
        }
        return actor;
    }

    private static ValidationException problem(String field, String key, Object... args) {
        return new ValidationException(List.of(FieldProblem.of(field, key, args)));
    }
}
