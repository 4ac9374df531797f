package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.claims.workflow.ObjectionRepository;

import cn.banan.hrdesk.claims.workflow.ClaimEvent;
import cn.banan.hrdesk.claims.workflow.ClaimEventRepository;
import cn.banan.hrdesk.claims.workflow.ClaimProgress;
import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.Page;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.ResidentId;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.params.PolicyParameterRepository;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.policy.Judgement;
import cn.banan.hrdesk.policy.PolicyParameters;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.policy.SubsidyRules;
import cn.banan.hrdesk.registry.EnterpriseRepository;
import cn.banan.hrdesk.registry.PartyRepository;
import cn.banan.hrdesk.security.AccessDeniedException;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Permissions;
import cn.banan.hrdesk.security.Session;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Claims intake: a claim is created, lines are added from placements, each judged by the engine under the
 * parameters in force on its hire date and checked for duplicates; all of a change in one transaction.
 */
public final class ClaimService {
    private final DSLContext dsl;
    private final ClaimRepository claims;
    private final PlacementRepository placements;
    private final EnterpriseRepository enterprises;
    private final PartyRepository parties;
    private final LineFacts facts;
    private final Site site;
    private final ClaimEventRepository events;
    private final ClaimScope scope;
    private final Session session;

    private final ObjectionRepository objections;
    private final Payees payees;

    public ClaimService(DSLContext dsl, ClaimRepository claims, PlacementRepository placements, EnterpriseRepository enterprises,
                        PartyRepository parties, LineFacts facts, Site site, ClaimEventRepository events, ObjectionRepository objections,
                        Payees payees, Session session) {
        this.objections = objections;
        this.payees = payees;
        this.dsl = dsl;
        this.claims = claims;
        this.placements = placements;
        this.enterprises = enterprises;
        this.parties = parties;
        this.facts = facts;
        this.site = site;
        this.events = events;
        this.session = session;
        this.scope = new ClaimScope(claims, session);
    }

    public String create(ClaimForm f) {
        Actor actor = session.require(Action.INTAKE_CLAIMS);
        if (f.rule() != null && !actor.commandLine() && !Permissions.mayIntake(actor.role(), f.rule())) {
            throw new AccessDeniedException("claims.denied.rule", actor.role(), f.rule());
        }
        return dsl.transactionResult(tx -> create(tx.dsl(), f));
    }

    /** The same inside a caller's transaction (the demo data). */
    public String create(DSLContext tx, ClaimForm f) {
        List<FieldProblem> problems = new ArrayList<>();
        if (f.rule() == null) {
            problems.add(FieldProblem.of(ClaimForm.RULE, "registry.problem.required"));
        } else if (f.claimantId() == null || !claimantExists(tx, f.rule(), f.claimantId())) {
            problems.add(FieldProblem.of(ClaimForm.CLAIMANT, "registry.problem.required"));
        }
        if (f.periodYear() == null || f.periodYear() < 2000 || f.periodYear() > 2100) {
            problems.add(FieldProblem.of(ClaimForm.YEAR, "registry.problem.yearRange"));
        }
        if (f.cutoffDate() == null) {
            problems.add(FieldProblem.of(ClaimForm.CUTOFF, "registry.problem.required"));
        }
        if (problems.isEmpty() && f.rule() == Rule.R3) {
            // a park's clerk takes in the claims of the park's own enterprises
            session.parkScope().filter(mine -> enterprises.find(tx, f.claimantId()).map(e -> e.park() != mine).orElse(false))
                    .ifPresent(mine -> problems.add(FieldProblem.of(ClaimForm.CLAIMANT, "registry.problem.otherPark", mine)));
        }
        if (problems.isEmpty() && f.rule() == Rule.R1 && claims.r1Exists(tx, f.claimantId(), f.periodYear())) {
            problems.add(FieldProblem.of(ClaimForm.CLAIMANT, "claims.problem.r1OncePerYear", f.periodYear()));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String prefix = f.periodYear() + "-" + SiteCode.of(site) + "-";
        String claimNo = prefix + String.format("%04d", claims.countWithPrefix(tx, prefix) + 1);
        return claims.insert(tx, new Claim(null, claimNo, ClaimantKind.of(f.rule()), f.claimantId(), f.rule(), f.periodYear(),
                f.cutoffDate(), f.note() == null || f.note().isBlank() ? null : f.note().strip()));
    }

    public Claim find(DSLContext tx, String id) {
        return claims.find(tx, id).orElseThrow();
    }

    private boolean claimantExists(DSLContext tx, Rule rule, String id) {
        return rule == Rule.R3 ? enterprises.find(tx, id).isPresent() : parties.intermediary(tx, id).isPresent();
    }

    /** Adds placements as lines and judges them; a placement the claimant cannot claim for is refused, nothing added. */
    public void addPlacements(String claimId, List<String> placementIds) {
        session.require(Action.INTAKE_CLAIMS);
        dsl.transaction(tx -> {
            Claim claim = claims.find(tx.dsl(), claimId).orElseThrow();
            requireEditable(tx.dsl(), claim);
            List<PolicyParameters> versions = PolicyParameterRepository.all(tx.dsl());
            for (String id : placementIds) {
                Placement p = placements.find(tx.dsl(), id).orElseThrow();
                if (!claimable(claim, p)) {
                    throw new ValidationException(List.of(FieldProblem.of("placement", "claims.problem.notTheClaimants")));
                }
                var mine = session.parkScope();
                if (mine.isPresent() && enterprises.find(tx.dsl(), p.enterpriseId()).map(e -> e.park() != mine.get()).orElse(true)) {
                    throw new ValidationException(List.of(FieldProblem.of("placement", "registry.problem.otherPark", mine.get())));
                }
                judge(tx.dsl(), claim, p, versions);
            }
        });
    }

    static boolean claimable(Claim claim, Placement p) {
        return claim.rule() == Rule.R3 ? p.enterpriseId().equals(claim.claimantId()) : claim.claimantId().equals(p.intermediaryId());
    }

    /** Judges every line again on today's facts (allowed while the claim is at intake). */
    public void reevaluate(String claimId, Progress progress) {
        session.require(Action.INTAKE_CLAIMS);
        dsl.transaction(tx -> {
            Claim claim = claims.find(tx.dsl(), claimId).orElseThrow();
            requireEditable(tx.dsl(), claim);
            List<PolicyParameters> versions = PolicyParameterRepository.all(tx.dsl());
            List<String> ids = claims.placementIds(tx.dsl(), claimId);
            for (int i = 0; i < ids.size(); i++) {
                progress.checkCancelled();
                judge(tx.dsl(), claim, placements.find(tx.dsl(), ids.get(i)).orElseThrow(), versions);
                progress.update(i + 1, ids.size());
            }
        });
    }

    /** Refuses a roster import unless the signed-in role takes in claims and the claim's lines may still change. */
    public void requireIntake(Claim claim) {
        session.require(Action.INTAKE_CLAIMS);
        requireEditable(dsl, claim);
    }

    /** Lines change only before 审核 (SPEC §4: a reviewed claim is what was reviewed). */
    public void requireEditable(DSLContext tx, Claim claim) {
        requireVisible(tx, claim);
        ClaimStatus status = events.progress(tx, claim.id()).status();
        if (!status.linesEditable()) {
            throw new ValidationException(List.of(FieldProblem.of("claim", "claims.problem.frozen", claim.claimNo(), status)));
        }
    }

    /** Judges one placement into the claim inside the caller's transaction (the roster import, the demo). */
    public void judge(DSLContext tx, Claim claim, Placement p, List<PolicyParameters> versions) {
        judge(tx, claim, p, versions, new LineFacts.Memo());
    }

    /**
     * The same, with the enterprises already read in this run in {@code memo}: a roster of thousands of lines
     * reads each enterprise's tiers and recognitions once.
     */
    public void judge(DSLContext tx, Claim claim, Placement p, List<PolicyParameters> versions, LineFacts.Memo memo) {
        List<Placement> ofWorker = placements.ofWorker(tx, p.workerId());
        List<ClaimRepository.OtherLine> elsewhere = claims.otherLines(tx, claim.id(), ofWorker.stream().map(Placement::id).toList());
        PolicyParameters params = PolicyParameters.inForceOn(versions, p.hireDate());
        Judgement j = SubsidyRules.judge(facts.of(tx, claim, p, facts.birthDate(tx, p.workerId()), ofWorker, elsewhere, memo), params);
        String lineId = claims.putLine(tx, claim.id(), p.id(), j, j.monthsGranted());
        for (DuplicateChecks.Finding f : DuplicateChecks.of(claim, p, j, params, ofWorker, elsewhere)) {
            claims.raise(tx, claim.id(), lineId, f.kind(), f.detail());
        }
    }

    /** A line judged but not yet written, with what the duplicate checks found. */
    public record JudgedLine(Judgement judgement, int monthsGranted, List<FlagFinding> findings) {
    }

    /** A duplicate-check finding to raise on a line once it is written. */
    public record FlagFinding(FlagKind kind, String detail) {
    }

    /**
     * Judges a placement of a first-time worker (no other placement, no other claim) without writing it: the
     * roster import writes such lines in bulk. The checks are the same as {@link #judge}'s.
     */
    public JudgedLine judgeFirstTime(DSLContext tx, Claim claim, Placement p, ResidentId worker, List<PolicyParameters> versions,
                                     LineFacts.Memo memo) {
        PolicyParameters params = PolicyParameters.inForceOn(versions, p.hireDate());
        Judgement j = SubsidyRules.judge(facts.of(tx, claim, p, worker.birthDate(), List.of(p), List.of(), memo), params);
        List<FlagFinding> findings = DuplicateChecks.of(claim, p, j, params, List.of(p), List.of()).stream()
                .map(f -> new FlagFinding(f.kind(), f.detail())).toList();
        return new JudgedLine(j, j.monthsGranted(), findings);
    }

    /** Raises a finding on a line written in bulk. */
    public void raise(DSLContext tx, String claimId, String lineId, FlagFinding finding) {
        claims.raise(tx, claimId, lineId, finding.kind(), finding.detail());
    }

    /** Empty, too, for a claim outside the signed-in park user's park. */
    public Optional<Claim> find(String id) {
        return claims.find(dsl, id).filter(c -> scope.visible(dsl, c.id()));
    }

    public Optional<Claim> findByNo(String claimNo) {
        return claims.findByNo(dsl, claimNo).filter(c -> scope.visible(dsl, c.id()));
    }

    /**
     * Refuses a change to a claim outside the signed-in park user's park (the workflow checks its steps the same way).
     * A claim with no lines yet is let through: a park's clerk working at another site fills a new claim with the park's
     * own placements, which {@link #addPlacements} checks one by one, and the lines make it the park's.
     */
    public void requireVisible(DSLContext tx, Claim c) {
        if (!claims.placementIds(tx, c.id()).isEmpty()) {
            scope.require(tx, c);
        }
    }

    /**
     * Every claim with its status folded from its events. Plain reads, no transaction: every transaction here takes
     * the write lock (IMMEDIATE), and the list must show while a long import writes.
     */
    public List<ClaimSummary> list() {
        return page(ClaimQuery.ALL, 0, Integer.MAX_VALUE).rows();
    }

    /**
     * A page of the claims the query picks, newest number first. The status is folded from each claim's events, not a
     * column: without a status filter SQL pages and only the page's events are read; with one, SQL picks by the other
     * filters, then the status picks among those.
     */
    public Page<ClaimSummary> page(ClaimQuery query, int offset, int limit) {
        ClaimQuery q = session.parkScope().map(query::within).orElse(query);
        if (q.status() == null) {
            return new Page<>(withStatus(claims.summaries(dsl, q, offset, limit)), offset, claims.count(dsl, q));
        }
        List<ClaimSummary> picked = withStatus(claims.summaries(dsl, q, 0, Integer.MAX_VALUE)).stream()
                .filter(s -> s.status() == q.status()).toList();
        int from = Math.min(offset, picked.size());
        int to = (int) Math.min(picked.size(), (long) from + limit);
        return new Page<>(picked.subList(from, to), offset, picked.size());
    }

    private List<ClaimSummary> withStatus(List<ClaimSummary> rows) {
        List<String> ids = rows.stream().map(ClaimSummary::id).toList();
        Map<String, List<ClaimEvent>> byClaim = events.of(dsl, ids);
        Map<String, java.util.Set<FundingSource>> sources = events.sources(dsl, ids);
        return rows.stream().map(s -> s.withStatus(ClaimProgress.of(byClaim.getOrDefault(s.id(), List.of()),
                sources.getOrDefault(s.id(), java.util.Set.of())).status())).toList();
    }

    public ClaimStatus status(String claimId) {
        return events.progress(dsl, claimId).status();
    }

    /** The claim's lines; none for a claim outside the signed-in park user's park. */
    public List<ClaimLine> lines(String claimId) {
        return scope.visible(dsl, claimId) ? claims.lines(dsl, claimId) : List.of();
    }

    public List<ClaimFlag> flags(String claimId) {
        return scope.visible(dsl, claimId) ? claims.flags(dsl, claimId) : List.of();
    }

    /** Clears a flag with the signed-in reviewer's name and written reason; a cleared flag stays cleared. */
    public void clearFlag(String flagId, String reason) {
        String by = session.require(Action.CLEAR_FLAGS).name();
        List<FieldProblem> problems = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            problems.add(FieldProblem.of("clearReason", "registry.problem.required"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        dsl.transaction(tx -> {
            if (!claims.flag(tx.dsl(), flagId).kind().clearable()) {
                throw new ValidationException(List.of(FieldProblem.of("clearReason", "claims.problem.flagNotClearable")));
            }
            claims.clear(tx.dsl(), flagId, by.strip(), reason.strip());
        });
    }

    /** The account the claim is paid into, if its claimant keeps one. */
    public Optional<cn.banan.hrdesk.registry.BankAccount> payee(String claimId) {
        return find(claimId).flatMap(c -> payees.of(dsl, c));
    }

    /** How many 公示 objections to the claim's lines wait for a reviewer. */
    public long openObjections(String claimId) {
        return scope.visible(dsl, claimId) ? objections.ofClaim(dsl, claimId).stream().filter(o -> o.isOpen()).count() : 0;
    }

    /** The eligible total less withheld lines, and the same split by who pays. */
    public SourceTotals totals(String claimId) {
        return SourceTotals.of(lines(claimId), objections.withheldLines(dsl, claimId));
    }
}
