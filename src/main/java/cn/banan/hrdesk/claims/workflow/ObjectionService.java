package cn.banan.hrdesk.claims.workflow;

import cn.banan.hrdesk.claims.Claim;
import cn.banan.hrdesk.claims.ClaimLine;
import cn.banan.hrdesk.claims.ClaimRepository;
import cn.banan.hrdesk.claims.ClaimScope;
import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.ledger.Account;
import cn.banan.hrdesk.ledger.EntryKind;
import cn.banan.hrdesk.ledger.LedgerService;
import cn.banan.hrdesk.ledger.NewEntry;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * 公示异议: an objection to a line is written down while a 公示 listing its claim runs, and holds up that line's money
 * until a reviewer settles it with a reason. Upheld, the line is withheld: when its source's 拨付审批 is already booked,
 * the line's amount leaves the commitment in the same transaction (booked against that approval), so the 发放 that
 * follows pays exactly what stays committed.
 */
public final class ObjectionService {
    public static final String LINE = "line";
    public static final String RAISED_BY = "raisedBy";
    public static final String RAISED_ON = "raisedOn";
    public static final String CONTENT = "content";
    public static final String OUTCOME = "outcome";
    public static final String REASON = "settlement";
    private final DSLContext dsl;
    private final ObjectionRepository objections;
    private final NoticeRepository notices;
    private final ClaimRepository claims;
    private final ClaimEventRepository events;
    private final LedgerService ledger;
    private final ClaimScope scope;
    private final Session session;
    private final Clock clock;
    private final Texts texts;

    public ObjectionService(DSLContext dsl, ObjectionRepository objections, NoticeRepository notices, ClaimRepository claims,
                            ClaimEventRepository events, LedgerService ledger, Session session, Clock clock, Texts texts) {
        this.dsl = dsl;
        this.objections = objections;
        this.notices = notices;
        this.claims = claims;
        this.events = events;
        this.ledger = ledger;
        this.scope = new ClaimScope(claims, session);
        this.session = session;
        this.clock = clock;
        this.texts = texts;
    }

    public List<Objection> ofClaim(String claimId) {
        return scope.visible(dsl, claimId) ? objections.ofClaim(dsl, claimId) : List.of();
    }

    /** The latest 公示 that listed the claim: the one whose objections a clerk exports from the claim. */
    public java.util.Optional<Notice> lastNotice(String claimId) {
        return scope.visible(dsl, claimId) ? notices.latestFor(dsl, claimId) : java.util.Optional.empty();
    }

    /** Writes the 公示's objections and how each was settled, to post or file beside the notice; returns how many. */
    public int export(Notice notice, Path out) {
        List<Objection> all = objections.ofNotice(dsl, notice.id()).stream().filter(o -> scope.visible(dsl, o.claimId())).toList();
        new ObjectionSheet(texts).write(notice, all, out);
        return all.size();
    }

    /** Records an objection to {@code lineId} of the claim, raised on {@code raisedOn} by {@code raisedBy}. */
    public String record(String claimId, String lineId, String raisedBy, LocalDate raisedOn, String content) {
        Actor actor = session.require(Action.RECORD_OBJECTION);
        List<FieldProblem> problems = new ArrayList<>();
        if (lineId == null) {
            problems.add(FieldProblem.of(LINE, "registry.problem.required"));
        }
        if (raisedBy == null || raisedBy.isBlank()) {
            problems.add(FieldProblem.of(RAISED_BY, "registry.problem.required"));
        }
        if (raisedOn == null) {
            problems.add(FieldProblem.of(RAISED_ON, "registry.problem.required"));
        } else if (raisedOn.isAfter(LocalDate.now(clock))) {
            problems.add(FieldProblem.of(RAISED_ON, "objection.problem.future"));
        }
        if (content == null || content.isBlank()) {
            problems.add(FieldProblem.of(CONTENT, "registry.problem.required"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return dsl.transactionResult(tx -> {
            Claim claim = claims.find(tx.dsl(), claimId).orElseThrow();
            scope.require(tx.dsl(), claim);
            ClaimLine line = line(tx.dsl(), claimId, lineId);
            if (!line.eligible() || line.fundingSource() == null || line.amount().fen() <= 0) {
                throw problem(LINE, "objection.problem.notPayable", line.workerName());
            }
            if (events.progress(tx.dsl(), claimId).paid(line.fundingSource())) {
                throw problem(LINE, "objection.problem.paid", line.workerName());
            }
            Notice notice = notices.runningOn(tx.dsl(), claimId, raisedOn)
                    .orElseThrow(() -> problem(RAISED_ON, "objection.problem.noNotice", claim.claimNo(), raisedOn));
            return objections.insert(tx.dsl(), notice.id(), claimId, lineId, raisedBy.strip(), raisedOn, content.strip(), actor.name());
        });
    }

    /** Settles an open objection once, with the reviewer's reason; an upheld one withholds its line. */
    public void settle(String objectionId, ObjectionOutcome outcome, String reason) {
        Actor actor = session.require(Action.SETTLE_OBJECTION);
        if (outcome == null) {
            throw problem(OUTCOME, "registry.problem.required");
        }
        if (reason == null || reason.isBlank()) {
            throw problem(REASON, "registry.problem.required");
        }
        dsl.transaction(tx -> {
            Objection o = objections.find(tx.dsl(), objectionId).orElseThrow(() -> problem(OUTCOME, "objection.problem.gone"));
            Claim claim = claims.find(tx.dsl(), o.claimId()).orElseThrow();
            scope.require(tx.dsl(), claim);
            boolean alreadyWithheld = objections.withheldLines(tx.dsl(), o.claimId()).contains(o.lineId());
            if (!objections.settle(tx.dsl(), objectionId, outcome, reason.strip(), actor.name(), LocalDate.now(clock))) {
                throw problem(OUTCOME, "objection.problem.settled", o.settledBy(), o.settledOn());
            }
            if (outcome == ObjectionOutcome.UPHELD && !alreadyWithheld) {
                release(tx.dsl(), claim, line(tx.dsl(), o.claimId(), o.lineId()), actor);
            }
        });
    }

    /** The withheld line's amount leaves a commitment already booked for its source. */
    private void release(DSLContext tx, Claim claim, ClaimLine line, Actor actor) {
        ClaimProgress progress = events.progress(tx, claim.id());
        if (progress.paid(line.fundingSource())) {
            throw problem(OUTCOME, "objection.problem.paid", line.workerName());
        }
        progress.previous(Step.PAYMENT, line.fundingSource()).ifPresent(funding -> ledger.post(tx, new NewEntry(
                Account.of(line.fundingSource()), EntryKind.COMMITMENT, new Money(-line.amount().fen()), claim.id(), funding.id(), null,
                LocalDate.now(clock), null, null, null, texts.get("objection.releaseMemo", claim.claimNo(), line.workerName()), actor.name())));
    }

    private ClaimLine line(DSLContext tx, String claimId, String lineId) {
        return claims.lines(tx, claimId).stream().filter(l -> l.id().equals(lineId)).findFirst()
                .orElseThrow(() -> problem(LINE, "objection.problem.noLine"));
    }

    private static ValidationException problem(String field, String key, Object... args) {
        return new ValidationException(List.of(FieldProblem.of(field, key, args)));
    }
}
