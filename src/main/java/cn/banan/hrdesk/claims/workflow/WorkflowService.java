package cn.banan.hrdesk.claims.workflow;

import cn.banan.hrdesk.claims.ClaimScope;
import cn.banan.hrdesk.claims.FrozenFactsRepository;
import cn.banan.hrdesk.claims.Claim;
import cn.banan.hrdesk.claims.ClaimLine;
import cn.banan.hrdesk.claims.ClaimRepository;
import cn.banan.hrdesk.claims.SourceTotals;
import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.ledger.Account;
import cn.banan.hrdesk.ledger.EntryKind;
import cn.banan.hrdesk.ledger.LedgerService;
import cn.banan.hrdesk.ledger.NewEntry;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.security.AccessDeniedException;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Role;
import cn.banan.hrdesk.security.Session;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Moves a claim along SPEC §4: each step by a role the administrator assigned to it, in order, never by the person
 * who did the step before; 审核 waits for every flag to be cleared; 拨付审批 and 发放 post to the ledger in the same
 * transaction as their event, so an event without its money (or money without its event) cannot happen.
 */
public final class WorkflowService {
    private final DSLContext dsl;
    private final ClaimRepository claims;
    private final ClaimEventRepository events;
    private final StepRoleRepository stepRoles;
    private final NoticeRepository notices;
    private final LedgerService ledger;
    private final ClaimScope scope;
    private final Session session;
    private final Clock clock;
    private final FrozenFactsRepository facts;
    private final ObjectionRepository objections;

    public WorkflowService(DSLContext dsl, ClaimRepository claims, ClaimEventRepository events, StepRoleRepository stepRoles,
                           NoticeRepository notices, ObjectionRepository objections, LedgerService ledger, Session session, Clock clock,
                           FrozenFactsRepository facts) {
        this.facts = facts;
        this.objections = objections;
        this.dsl = dsl;
        this.claims = claims;
        this.events = events;
        this.stepRoles = stepRoles;
        this.notices = notices;
        this.ledger = ledger;
        this.session = session;
        this.scope = new ClaimScope(claims, session);
        this.clock = clock;
    }

    public ClaimEvent perform(StepRequest r) {
        Actor actor = session.current();
        return dsl.transactionResult(tx -> perform(tx.dsl(), actor, r));
    }

    /** Does the step inside the caller's transaction: a 代发 line answered paid records its 发放 with the answer. */
    public ClaimEvent performIn(DSLContext tx, StepRequest r) {
        return perform(tx, session.current(), r);
    }

    private ClaimEvent perform(DSLContext tx, Actor actor, StepRequest r) {
        if (actor.commandLine() || !stepRoles.all(tx).get(r.step()).contains(actor.role())) {
            throw new AccessDeniedException("workflow.denied.role", actor.role() == null ? "" : actor.role(), r.step());
        }
        Claim claim = claims.find(tx, r.claimId()).orElseThrow();
        // a park's clerk, approver or payer acts on the park's claims only (the money side is bounded by its source too)
        scope.require(tx, claim);
        ClaimProgress progress = events.progress(tx, claim.id());
        if (progress.status().nextStep() != r.step()) {
            throw problem(StepRequest.REASON, "workflow.problem.outOfOrder", progress.status(), r.step());
        }
        if (r.decision() != Decision.PASS && (!r.step().mayReturnOrReject() || r.reason() == null || r.reason().isBlank())) {
            throw problem(StepRequest.REASON, r.step().mayReturnOrReject() ? "workflow.problem.reasonNeeded" : "workflow.problem.noReturnHere",
                    r.step());
        }
        FundingSource source = r.step().perFundingSource() ? r.source() : null;
        if (r.step().perFundingSource()) {
            checkSource(actor, progress, r.step(), source);
        }
        progress.previous(r.step(), source).filter(prev -> prev.userId().equals(actor.userId())).ifPresent(prev -> {
            throw new AccessDeniedException("workflow.denied.makerChecker", prev.step());
        });
        Money amount = SourceTotals.of(claims.lines(tx, claim.id()), objections.withheldLines(tx, claim.id())).of(source);
        String overrideReason = null;
        if (r.step() == Step.INTAKE && !cn.banan.hrdesk.security.Permissions.mayIntake(actor.role(), claim.rule())) {
            throw new AccessDeniedException("claims.denied.rule", actor.role(), claim.rule());
        }
        if (r.step() == Step.INTAKE && claims.lines(tx, claim.id()).isEmpty()) {
            throw problem(StepRequest.REASON, "workflow.problem.noLines");
        }
        if (r.step() == Step.REVIEW && r.decision() == Decision.PASS) {
            long open = claims.flags(tx, claim.id()).stream().filter(f -> f.isOpen() && f.kind().clearable()).count();
            if (open > 0) {
                throw problem(StepRequest.REASON, "workflow.problem.openFlags", open);
            }
            if (progress.sources().isEmpty()) {
                throw problem(StepRequest.REASON, "workflow.problem.nothingToPay");
            }
        }
        if (r.step() == Step.PAYMENT) {
            overrideReason = checkPayment(tx, claim, r);
            checkObjections(tx, claim, source);
            checkPaidOn(r.payment().paidOn(), progress.previous(Step.PAYMENT, source).map(ClaimEvent::at));
        }
        ClaimEvent event = events.insert(tx, claim.id(), r.step(), r.decision(), source, actor, blankToNull(r.reason()), overrideReason);
        if (r.step() == Step.FIRST_CHECK && r.decision() == Decision.PASS) {
            facts.freeze(tx, claim.id(), event.id());
        }
        if (r.step() == Step.FUNDING) {
            ledger.post(tx, new NewEntry(Account.of(source), EntryKind.COMMITMENT, amount, claim.id(), event.id(), null, LocalDate.now(clock),
                    null, null, null, claim.claimNo(), actor.name()));
        } else if (r.step() == Step.PAYMENT) {
            Payment p = r.payment();
            // the 发放 settles the commitment it follows, whatever the lines say by now
            Money committed = ledger.committed(tx, claim.id(), Account.of(source));
            ledger.post(tx, new NewEntry(Account.of(source), EntryKind.PAYMENT, committed, claim.id(), event.id(), null, p.paidOn(),
                    p.voucherNo().strip(), p.payee(), p.payeeAccount().strip(), overrideReason == null ? claim.claimNo()
                    : claim.claimNo() + " " + overrideReason, actor.name()));
        }
        return event;
    }

    private void checkSource(Actor actor, ClaimProgress progress, Step step, FundingSource source) {
        if (source == null || !progress.sources().contains(source)) {
            throw problem("source", "workflow.problem.notASource");
        }
        FundingSource mine = actor.park() == null ? FundingSource.DISTRICT_FUND : FundingSource.of(actor.park());
        if (mine != source) {
            throw new AccessDeniedException("workflow.denied.source", source);
        }
        boolean done = step == Step.FUNDING ? progress.funded(source) : progress.paid(source);
        if (done) {
            throw problem("source", "workflow.problem.sourceDone", source, step);
        }
        if (step == Step.PAYMENT && !progress.funded(source)) {
            throw problem("source", "workflow.problem.notFunded", source);
        }
    }

    /** 发放 needs the voucher and account, and waits for the 公示 period to end unless overridden with a reason. */
    /** Money is paid after its funding approval: the ledger must read in the order things happened. */
    private void checkPaidOn(LocalDate paidOn, Optional<Instant> approvedAt) {
        LocalDate approved = approvedAt.map(at -> at.atZone(clock.getZone()).toLocalDate()).orElse(null);
        if (approved != null && paidOn.isBefore(approved)) {
            throw problem(Payment.PAID_ON, "workflow.problem.paidBeforeApproval", approved);
        }
    }

    private String checkPayment(DSLContext tx, Claim claim, StepRequest r) {
        Payment p = r.payment();
        if (p == null || p.paidOn() == null) {
            throw problem(Payment.PAID_ON, "registry.problem.required");
        }
        if (p.voucherNo() == null || p.voucherNo().isBlank()) {
            throw problem(Payment.VOUCHER, "registry.problem.required");
        }
        if (p.payeeAccount() == null || p.payeeAccount().isBlank()) {
            throw problem(Payment.PAYEE_ACCOUNT, "registry.problem.required");
        }
        Notice notice = notices.latestFor(tx, claim.id()).orElseThrow(() -> problem(StepRequest.OVERRIDE, "workflow.problem.notPublished"));
        if (notice.over(p.paidOn())) {
            return null;
        }
        if (r.overrideReason() == null || r.overrideReason().isBlank()) {
            throw problem(StepRequest.OVERRIDE, "workflow.problem.insideNotice", notice.noticeNo(), notice.endsOn());
        }
        return r.overrideReason().strip();
    }

    /** A line under an open 公示 objection holds up its source's 发放 until a reviewer settles it. */
    private void checkObjections(DSLContext tx, Claim claim, FundingSource source) {
        int open = objections.openOnSource(tx, claim.id(), source);
        if (open > 0) {
            throw problem(StepRequest.REASON, "objection.problem.openAtPayment", open);
        }
    }

    /**
     * Whether the window should offer {@code actor} the claim's next step: their role does it, their department takes
     * in the claim's rule, and (for money steps) a share of their own fund is still waiting. Whether they did the step
     * before is left to {@link #perform}, which says so in words.
     */
    public boolean offers(Actor actor, String claimId) {
        ClaimProgress p = events.progress(dsl, claimId);
        Step next = p.status().nextStep();
        if (next == null || actor == null || actor.commandLine() || !stepRoles.all(dsl).get(next).contains(actor.role())) {
            return false;
        }
        if (next == Step.INTAKE) {
            return cn.banan.hrdesk.security.Permissions.mayIntake(actor.role(), claims.find(dsl, claimId).orElseThrow().rule());
        }
        FundingSource mine = actor.park() == null ? FundingSource.DISTRICT_FUND : FundingSource.of(actor.park());
        // never offer a step the maker-checker rule would refuse once the person has typed their reason
        if (p.previous(next, next.perFundingSource() ? mine : null).filter(prev -> prev.userId().equals(actor.userId())).isPresent()) {
            return false;
        }
        return !next.perFundingSource() || p.sources().contains(mine) && (next == Step.FUNDING ? !p.funded(mine) : p.funded(mine) && !p.paid(mine));
    }

    public List<ClaimEvent> events(String claimId) {
        return events.of(dsl, claimId);
    }

    public ClaimProgress progress(String claimId) {
        return events.progress(dsl, claimId);
    }

    /** The same, as the caller's transaction sees it. */
    public ClaimProgress progress(DSLContext tx, String claimId) {
        return events.progress(tx, claimId);
    }

    public Map<Step, Set<Role>> stepRoles() {
        return stepRoles.all(dsl);
    }

    /** The administrator's setting of who does which step; every step keeps at least one role. */
    public void setStepRoles(Map<Step, Set<Role>> roles) {
        session.require(Action.CONFIGURE_WORKFLOW);
        for (Step s : Step.values()) {
            if (roles.getOrDefault(s, Set.of()).isEmpty()) {
                throw problem(s.name(), "workflow.problem.stepWithoutRole", s);
            }
            for (Role r : roles.get(s)) {
                if (!r.doesCasework()) {
                    throw problem(s.name(), "workflow.problem.noCasework", r, s);
                }
            }
        }
        dsl.transaction(tx -> stepRoles.replace(tx.dsl(), roles));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static ValidationException problem(String field, String key, Object... args) {
        return new ValidationException(List.of(FieldProblem.of(field, key, args)));
    }
}
