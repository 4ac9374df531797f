package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.core.IdProblem;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.policy.CaseFacts;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.registry.Enterprise;
import cn.banan.hrdesk.registry.EnterpriseDetailRepository;
import cn.banan.hrdesk.registry.EnterpriseRepository;
import cn.banan.hrdesk.registry.Recognition;
import cn.banan.hrdesk.registry.TierPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * What the rules need to know of one placement in one claim, read from the registry and the other claims:
 * the tier and recognition on the hire date, earlier employment at the same enterprise, insured months from the
 * hire month, R2 months already granted elsewhere, and whether R3 was granted elsewhere.
 */
public final class LineFacts {
    private final EnterpriseRepository enterprises;
    private final EnterpriseDetailRepository details;
    private final PlacementRepository placements;

    public LineFacts(EnterpriseRepository enterprises, EnterpriseDetailRepository details, PlacementRepository placements) {
        this.enterprises = enterprises;
        this.details = details;
        this.placements = placements;
    }

    /** An enterprise with its tier history and recognitions, read once per enterprise and judging run. */
    public record EnterpriseFacts(Enterprise enterprise, List<TierPeriod> tiers, List<Recognition> recognitions) {
    }

    EnterpriseFacts enterprise(DSLContext dsl, String enterpriseId) {
        return new EnterpriseFacts(enterprises.find(dsl, enterpriseId).orElseThrow(), details.tiers(dsl, enterpriseId),
                details.recognitions(dsl, enterpriseId));
    }

    CaseFacts of(DSLContext dsl, Claim claim, Placement p, List<Placement> ofWorker, List<ClaimRepository.OtherLine> elsewhere,
                 Map<String, EnterpriseFacts> memo) {
        EnterpriseFacts facts = memo.computeIfAbsent(p.enterpriseId(), id -> enterprise(dsl, id));
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
                recognition.map(Recognition::validTo).orElse(null), recognition.isEmpty(), e.park(), idProblem, p.hireDate(),
                p.leaveDate(), claim.cutoffDate(), false, p.insured().runFrom(YearMonth.from(p.hireDate())), priorEnd, false,
                p.taskType(), confirmed, grantedElsewhere, r3Elsewhere);
    }
}
