package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.policy.Judgement;
import cn.banan.hrdesk.policy.PolicyParameters;
import cn.banan.hrdesk.policy.Reason;
import cn.banan.hrdesk.policy.Rule;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The duplicate and fraud checks of one claim line (SPEC §2 "疑似重复申报" and the list). Pure. */
final class DuplicateChecks {
    private DuplicateChecks() {
    }

    /** A finding: what, and the figure or claim number that shows it. */
    record Finding(FlagKind kind, String detail) {
    }

    static List<Finding> of(Claim claim, Placement p, Judgement j, PolicyParameters params, List<Placement> ofWorker,
                            List<ClaimRepository.OtherLine> elsewhere) {
        List<Finding> found = new ArrayList<>();
        List<ClaimRepository.OtherLine> samePlacement = elsewhere.stream().filter(o -> o.placementId().equals(p.id())).toList();
        if (!samePlacement.isEmpty()) {
            found.add(new Finding(FlagKind.SAME_PLACEMENT, claimNos(samePlacement)));
        }
        Set<String> overlapping = ofWorker.stream().filter(o -> !o.id().equals(p.id()) && o.overlaps(p)).map(Placement::id)
                .collect(Collectors.toSet());
        if (!overlapping.isEmpty()) {
            found.add(new Finding(FlagKind.OVERLAPPING_PLACEMENTS, String.valueOf(overlapping.size())));
        }
        List<ClaimRepository.OtherLine> otherClaimants = elsewhere.stream()
                .filter(o -> !o.claimantId().equals(claim.claimantId()) && (overlapping.contains(o.placementId()) || o.placementId().equals(p.id())))
                .toList();
        if (!otherClaimants.isEmpty()) {
            found.add(new Finding(FlagKind.OTHER_CLAIMANT_OVERLAP, claimNos(otherClaimants)));
        }
        if (claim.rule() == Rule.R2 && j.monthsCounted() != null) {
            int granted = samePlacement.stream().filter(o -> o.rule() == Rule.R2).mapToInt(ClaimRepository.OtherLine::monthsGranted).sum();
            if (granted > 0 && granted + Math.min(j.monthsCounted(), params.r2CapMonths()) > params.r2CapMonths()) {
                found.add(new Finding(FlagKind.R2_CAP_ACROSS_CLAIMS, String.valueOf(granted)));
            }
        }
        if (claim.rule() == Rule.R3) {
            Set<String> sameEnterprise = ofWorker.stream().filter(o -> o.enterpriseId().equals(p.enterpriseId())).map(Placement::id)
                    .collect(Collectors.toSet());
            List<ClaimRepository.OtherLine> r3 = elsewhere.stream().filter(o -> o.rule() == Rule.R3 && sameEnterprise.contains(o.placementId())).toList();
            if (!r3.isEmpty()) {
                found.add(new Finding(FlagKind.R3_TWICE, claimNos(r3)));
            }
            if (insuranceStoppedAtRetention(p, claim.cutoffDate(), params.r3RetentionMonths())) {
                found.add(new Finding(FlagKind.INSURANCE_STOPPED_AT_RETENTION, String.valueOf(params.r3RetentionMonths())));
            }
        }
        if (j.failures().stream().anyMatch(f -> f.reason() == Reason.UNDER_16)) {
            found.add(new Finding(FlagKind.UNDER_16, String.valueOf(p.hireDate())));
        }
        return found;
    }

    /** Insured exactly the retention months from the hire month, and then not, though still employed after. */
    static boolean insuranceStoppedAtRetention(Placement p, LocalDate cutoff, int retentionMonths) {
        int run = p.insured().runFrom(YearMonth.from(p.hireDate()));
        LocalDate firstUninsured = YearMonth.from(p.hireDate()).plusMonths(run).atDay(1);
        boolean employedThen = (p.leaveDate() == null || !p.leaveDate().isBefore(firstUninsured.plusMonths(1).minusDays(1)))
                && !cutoff.isBefore(firstUninsured.plusMonths(1).minusDays(1));
        return run == retentionMonths && employedThen;
    }

    private static String claimNos(List<ClaimRepository.OtherLine> lines) {
        return lines.stream().map(ClaimRepository.OtherLine::claimNo).distinct().sorted().collect(Collectors.joining(", "));
    }
}
