package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.core.IdProblem;
import cn.banan.hrdesk.core.ResidentId;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.policy.CaseFacts;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.policy.TaskType;
import cn.banan.hrdesk.registry.Enterprise;
import cn.banan.hrdesk.registry.EnterpriseDetailRepository;
import cn.banan.hrdesk.registry.EnterpriseRepository;
import cn.banan.hrdesk.registry.PartyRepository;
import cn.banan.hrdesk.registry.Recognition;
import cn.banan.hrdesk.registry.TierPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * What the rules need to know of one placement in one claim, read from the registry and the other claims:
 * the tier and recognition on the hire date, earlier employment at the same enterprise, insured months from the
 * hire month, R2 months already granted elsewhere, whether R3 was granted elsewhere, and for R1 the kind of the task
 * the placement names in the task register.
 */
public final class LineFacts {
    private final EnterpriseRepository enterprises;
    private final EnterpriseDetailRepository details;
    private final PlacementRepository placements;
    private final PartyRepository parties;

    public LineFacts(EnterpriseRepository enterprises, EnterpriseDetailRepository details, PlacementRepository placements,
                     PartyRepository parties) {
        this.enterprises = enterprises;
        this.details = details;
        this.placements = placements;
        this.parties = parties;
    }

    /** An enterprise with its tier history and recognitions, read once per enterprise and judging run. */
    public record EnterpriseFacts(Enterprise enterprise, List<TierPeriod> tiers, List<Recognition> recognitions) {
    }

    /** What one judging run reads once: each enterprise's facts, and the task register (a roster of thousands of lines). */
    public static final class Memo {
        private final Map<String, EnterpriseFacts> enterprises = new HashMap<>();
        private Map<String, Optional<TaskType>> tasks;

        /** R1's task type of a placement's task reference: none when it names no live social-recruitment task. */
        TaskType r1Task(DSLContext dsl, String taskRef) {
            if (taskRef == null) {
                return null;
            }
            if (tasks == null) {
                tasks = RecruitmentTaskRepository.read(dsl);
            }
            return tasks.getOrDefault(taskRef, Optional.empty()).orElse(null);
        }
    }

    EnterpriseFacts enterprise(DSLContext dsl, String enterpriseId) {
        return new EnterpriseFacts(enterprises.find(dsl, enterpriseId).orElseThrow(), details.tiers(dsl, enterpriseId),
                details.recognitions(dsl, enterpriseId));
    }

    /** The birth date of a stored worker, from the resident ID number (checked when it was stored). */
    LocalDate birthDate(DSLContext dsl, String workerId) {
        return parties.worker(dsl, workerId).map(w -> ResidentId.of(w.residentId()).birthDate()).orElseThrow();
    }

    CaseFacts of(DSLContext dsl, Claim claim, Placement p, LocalDate birthDate, List<Placement> ofWorker,
                 List<ClaimRepository.OtherLine> elsewhere, Memo memo) {
        EnterpriseFacts facts = memo.enterprises.computeIfAbsent(p.enterpriseId(), id -> enterprise(dsl, id));
        Enterprise e = facts.enterprise();
        Tier tier = facts.tiers().stream().filter(t -> t.covers(p.hireDate())).map(TierPeriod::tier).findFirst().orElse(null);
        Optional<Recognition> recognition = facts.recognitions().stream().filter(r -> r.covers(p.hireDate())).findFirst();
        // Resident ID numbers are checked when a worker is stored, so a stored one is valid.
        IdProblem idProblem = null;
        LocalDate priorEnd = ofWorker.stream().filter(o -> o.enterpriseId().equals(p.enterpriseId()) && o.hireDate().isBefore(p.hireDate())
                && o.leaveDate() != null).map(Placement::leaveDate).max(Comparator.naturalOrder()).orElse(null);
        int grantedElsewhere = elsewhere.stream().filter(o -> o.placementId().equals(p.id()) && o.rule() == Rule.R2)
                .mapToInt(ClaimRepository.OtherLine::monthsGranted).sum();
        boolean r3Elsewhere = elsewhere.stream().anyMatch(o -> o.rule() == Rule.R3 && o.eligible()
                && ofWorker.stream().anyMatch(q -> q.id().equals(o.placementId()) && Objects.equals(q.enterpriseId(), p.enterpriseId())));
        boolean confirmed = p.confirmedOn() != null && (claim.rule() != Rule.R1 || p.confirmedOn().getYear() == claim.periodYear());
        return new CaseFacts(claim.rule(), tier, recognition.map(Recognition::validFrom).orElse(null),
                recognition.map(Recognition::validTo).orElse(null), recognition.isEmpty(), e.park(), idProblem, birthDate, p.hireDate(),
                p.leaveDate(), claim.cutoffDate(), false, p.insured().runFrom(YearMonth.from(p.hireDate())), priorEnd, false,
                claim.rule() == Rule.R1 ? memo.r1Task(dsl, p.taskRef()) : null, confirmed, grantedElsewhere, r3Elsewhere);
    }
}
