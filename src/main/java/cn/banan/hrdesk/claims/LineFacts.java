package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.core.IdProblem;
import cn.banan.hrdesk.core.ResidentId;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.policy.CaseFacts;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.registry.Enterprise;
import cn.banan.hrdesk.registry.EnterpriseDetailRepository;
import cn.banan.hrdesk.registry.EnterpriseRepository;
import cn.banan.hrdesk.registry.PartyRepository;
import cn.banan.hrdesk.registry.Recognition;
import cn.banan.hrdesk.registry.TierPeriod;
import cn.banan.hrdesk.registry.Worker;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
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
    private final PartyRepository parties;
    private final PlacementRepository placements;

    public LineFacts(EnterpriseRepository enterprises, EnterpriseDetailRepository details, PartyRepository parties, PlacementRepository placements) {
        this.enterprises = enterprises;
        this.details = details;
        this.parties = parties;
        this.placements = placements;
    }

    CaseFacts of(DSLContext dsl, Claim claim, Placement p, List<ClaimRepository.OtherLine> elsewhere) {
        Enterprise e = enterprises.find(dsl, p.enterpriseId()).orElseThrow();
        Tier tier = details.tiers(dsl, e.id()).stream().filter(t -> t.covers(p.hireDate())).map(TierPeriod::tier).findFirst().orElse(null);
        Optional<Recognition> recognition = details.recognitions(dsl, e.id()).stream().filter(r -> r.covers(p.hireDate())).findFirst();
        Worker w = parties.worker(dsl, p.workerId()).orElseThrow();
        IdProblem idProblem = ResidentId.check(w.residentId(), LocalDate.MAX).problem();
        List<Placement> ofWorker = placements.ofWorker(dsl, p.workerId());
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
