package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.voiding.VoidRepository;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.Page;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.registry.EnterpriseRepository;
import cn.banan.hrdesk.registry.PartyRepository;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/** Recording placements: checked, one per worker, enterprise and hire date; overlaps are allowed but flagged. */
public final class PlacementService {
    private final Session session;
    private final DSLContext dsl;
    private final PlacementRepository placements;
    private final EnterpriseRepository enterprises;
    private final PartyRepository parties;

    private final VoidRepository voids;

    public PlacementService(DSLContext dsl, PlacementRepository placements, EnterpriseRepository enterprises, PartyRepository parties, Session session,
                            VoidRepository voids) {
        this.voids = voids;
        this.session = session;
        this.dsl = dsl;
        this.placements = placements;
        this.enterprises = enterprises;
        this.parties = parties;
    }

    /**
     * A placement entered wrongly is voided with a reason. Not one in a claim that was not rejected: the claim was judged
     * on it, and is rejected (驳回) first.
     */
    public void voidPlacement(String id, String reason) {
        var actor = session.require(Action.EDIT_PLACEMENTS);
        dsl.transaction(tx -> {
            if (placements.inLiveClaim(tx.dsl(), id)) {
                throw new ValidationException(List.of(FieldProblem.of(VoidRepository.REASON, "voiding.problem.placementInClaim")));
            }
            voids.voidRow(tx.dsl(), "placement", id, reason, actor.name());
        });
    }

    public String save(PlacementForm f) {
        session.require(Action.EDIT_PLACEMENTS);
        return dsl.transactionResult(tx -> save(tx.dsl(), f));
    }

    /** The same inside a caller's transaction (the roster import). */
    public String save(DSLContext tx, PlacementForm f) {
        List<FieldProblem> problems = check(tx, f);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return store(tx, f);
    }

    /** Stores a form that {@link #check} found nothing wrong with, in the caller's transaction. */
    public String store(DSLContext tx, PlacementForm f) {
        return placements.save(tx, new Placement(f.id(), f.workerId(), f.enterpriseId(), f.intermediaryId(), f.channel(), f.hireDate(),
                f.confirmedOn(), f.leaveDate(), InsuredMonths.parse(f.insuredMonths()), PlacementRules.taskRef(f.taskRef())));
    }

    public List<FieldProblem> check(DSLContext tx, PlacementForm f) {
        List<FieldProblem> problems = new ArrayList<>();
        if (f.workerId() == null || parties.worker(tx, f.workerId()).isEmpty()) {
            problems.add(FieldProblem.of(PlacementForm.WORKER, "registry.problem.required"));
        }
        if (f.enterpriseId() == null || enterprises.find(tx, f.enterpriseId()).isEmpty()) {
            problems.add(FieldProblem.of(PlacementForm.ENTERPRISE, "registry.problem.required"));
        }
        problems.addAll(PlacementRules.check(f, task -> RecruitmentTaskRepository.exists(tx, task)).problems());
        if (problems.isEmpty()) {
            placements.find(tx, f.workerId(), f.enterpriseId(), f.hireDate()).filter(o -> !o.id().equals(f.id())).ifPresent(o ->
                    problems.add(FieldProblem.of(PlacementForm.HIRE, "claims.problem.placementExists")));
        }
        return problems;
    }

    /** Every problem with the form, without storing it. */
    public List<FieldProblem> check(PlacementForm f) {
        return check(dsl, f);
    }

    public java.util.Optional<Placement> find(String id) {
        return placements.find(dsl, id);
    }

    public Page<PlacementRow> page(String text, int offset, int limit) {
        // a park's user sees the hires at the park's enterprises
        return placements.page(dsl, text, session.parkScope().map(PlacementRepository::atPark).orElse(PlacementRepository.any()), offset, limit);
    }

    /** The placements the claimant of {@code claim} may claim for: delivered by it (R1/R2), or hired by it (R3). */
    public Page<PlacementRow> candidates(Claim claim, String text, int offset, int limit) {
        return placements.page(dsl, text, claim.rule() == Rule.R3 ? PlacementRepository.hiredBy(claim.claimantId())
                : PlacementRepository.deliveredBy(claim.claimantId()), offset, limit);
    }
}
