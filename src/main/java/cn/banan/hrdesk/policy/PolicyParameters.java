package cn.banan.hrdesk.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One version of the notice's figures, in force from a date (SPEC: "parameter"). Money in fen. The version in
 * force on a hire date applies to that hire, so a later version never changes a result already recorded.
 */
public record PolicyParameters(int version, LocalDate effectiveFrom, String documentNo, long r1BasicFen,
                               long r1EmergencyFen, int r1MinDays, long r2MonthlyFen, int r2CapMonths, long r3AmountFen,
                               int r3NewHireMonths, int r3RetentionMonths, int r3InsuredMonths) {
    /** The 2014 notice, version 1; the first migration ships the same row. */
    public static final PolicyParameters V1_2014 = new PolicyParameters(1, LocalDate.of(2014, 1, 1), "巴南府办发〔2014〕44号",
            5000, 10000, 0, 30000, 3, 60000, 12, 6, 6);

    /** The version in force on {@code day}: the latest effective on or before it (the earliest if none is). */
    public static PolicyParameters inForceOn(List<PolicyParameters> versions, LocalDate day) {
        Optional<PolicyParameters> inForce = versions.stream().filter(p -> !p.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(PolicyParameters::effectiveFrom).thenComparing(PolicyParameters::version));
        return inForce.orElseGet(() -> versions.stream().min(Comparator.comparing(PolicyParameters::effectiveFrom)).orElseThrow());
    }
}
