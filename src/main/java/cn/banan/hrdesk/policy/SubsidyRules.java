package cn.banan.hrdesk.policy;

import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.Tier;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * R1, R2 and R3 (SPEC §2, CONTRACTS.md {@code evaluate}) as one pure function. Every condition whose inputs
 * can be read is judged and every failure listed; month-based conditions are skipped when the dates are invalid.
 */
public final class SubsidyRules {
    /** 劳动法 第十五条: no one younger may be employed, so no subsidy may reward it. The law's figure, not a parameter. */
    static final int MINIMUM_WORKING_AGE = 16;

    private SubsidyRules() {
    }

    public static Judgement judge(CaseFacts c, PolicyParameters p) {
        List<Failure> failures = new ArrayList<>();
        if (c.workerProblem() != null) {
            failures.add(Failure.of(Reason.INVALID_ID, "policy.reason.INVALID_ID"));
        }
        LocalDate lastDay = datesCheck(c, failures);
        if (c.workerProblem() == null && c.birthDate() != null && c.hireDate() != null
                && c.hireDate().isBefore(c.birthDate().plusYears(MINIMUM_WORKING_AGE))) {
            failures.add(Failure.of(Reason.UNDER_16, "policy.reason.UNDER_16", c.birthDate(), c.hireDate()));
        }
        Integer months = lastDay == null || c.rule() == Rule.R1 ? null : WholeMonths.between(c.hireDate(), lastDay);
        if (c.tier() != c.rule().tier()) {
            failures.add(Failure.of(Reason.TIER_MISMATCH, "policy.reason.TIER_MISMATCH", c.rule().tier(),
                    c.tier() == null ? NoTier.INSTANCE : c.tier()));
        }
        Money amount = switch (c.rule()) {
            case R1 -> r1(c, p, lastDay, failures);
            case R2 -> r2(c, p, months, failures);
            case R3 -> r3(c, p, months, failures);
        };
        failures.sort(Comparator.comparing(Failure::reason));
        boolean capped = c.rule() == Rule.R2 && months != null && months > p.r2CapMonths();
        int granted = c.rule() == Rule.R2 && failures.isEmpty() ? r2PayableMonths(months, c.monthsAlreadyPaid(), p) : 0;
        return new Judgement(c.rule(), failures.isEmpty() ? amount : Money.ZERO, months,
                c.park() == null ? null : FundingSource.of(c.park()), List.copyOf(failures), p.version(), p.documentNo(), capped, granted);
    }

    /** The last day counted (earlier of leave and cut-off), or null with DATES_INVALID when the dates do not allow it. */
    private static LocalDate datesCheck(CaseFacts c, List<Failure> failures) {
        if (c.datesUnreadable() || c.hireDate() == null || c.cutoffDate() == null) {
            failures.add(Failure.of(Reason.DATES_INVALID, "policy.reason.DATES_INVALID.unreadable"));
            return null;
        }
        if (c.hireDate().isAfter(c.cutoffDate())) {
            failures.add(Failure.of(Reason.DATES_INVALID, "policy.reason.DATES_INVALID.hireAfterCutoff", c.hireDate(), c.cutoffDate()));
            return null;
        }
        if (c.leaveDate() != null && c.leaveDate().isBefore(c.hireDate())) {
            failures.add(Failure.of(Reason.DATES_INVALID, "policy.reason.DATES_INVALID.leaveBeforeHire", c.leaveDate(), c.hireDate()));
            return null;
        }
        return c.leaveDate() != null && c.leaveDate().isBefore(c.cutoffDate()) ? c.leaveDate() : c.cutoffDate();
    }

    private static Money r1(CaseFacts c, PolicyParameters p, LocalDate lastDay, List<Failure> failures) {
        if (!c.hireConfirmed()) {
            failures.add(Failure.of(Reason.NOT_CONFIRMED, "policy.reason.NOT_CONFIRMED"));
        }
        if (c.task() == null) {
            failures.add(Failure.of(Reason.TASK_MISSING, "policy.reason.TASK_MISSING"));
        }
        if (lastDay != null && p.r1MinDays() > 0) {
            long days = ChronoUnit.DAYS.between(c.hireDate(), lastDay) + 1;
            if (days < p.r1MinDays()) {
                failures.add(Failure.of(Reason.RETENTION_SHORT, "policy.reason.RETENTION_SHORT.days", p.r1MinDays(), days));
            }
        }
        return new Money(c.task() == TaskType.EMERGENCY ? p.r1EmergencyFen() : p.r1BasicFen());
    }

    private static Money r2(CaseFacts c, PolicyParameters p, Integer months, List<Failure> failures) {
        boolean noMonth = months != null && months < 1;
        if (noMonth) {
            failures.add(Failure.of(Reason.NO_WHOLE_MONTH, "policy.reason.NO_WHOLE_MONTH"));
        }
        Integer paid = c.monthsAlreadyPaid();
        boolean capReached = paid == null || paid >= p.r2CapMonths();
        if (capReached) {
            failures.add(Failure.of(Reason.CAP_REACHED, "policy.reason.CAP_REACHED", p.r2CapMonths(), paid == null ? "?" : paid));
        }
        if (months == null || noMonth || capReached) {
            return Money.ZERO;
        }
        int payable = r2PayableMonths(months, paid, p);
        if (payable <= 0) {
            failures.add(Failure.of(Reason.ALREADY_PAID, "policy.reason.ALREADY_PAID.r2", paid, months));
            return Money.ZERO;
        }
        return new Money(p.r2MonthlyFen()).times(payable);
    }

    /** Whole months up to the cap, less those paid before. */
    private static int r2PayableMonths(int months, int paid, PolicyParameters p) {
        return Math.min(months, p.r2CapMonths()) - paid;
    }

    private static Money r3(CaseFacts c, PolicyParameters p, Integer months, List<Failure> failures) {
        if (c.tier() == Tier.T3_DISTRICT_KEY && c.hireDate() != null && !recognizedOn(c, c.hireDate())) {
            failures.add(Failure.of(Reason.NOT_RECOGNIZED_ON_HIRE, "policy.reason.NOT_RECOGNIZED_ON_HIRE", c.hireDate()));
        }
        if (c.priorUnreadable() || (c.hireDate() != null && c.priorEmploymentEnd() != null
                && !c.priorEmploymentEnd().isBefore(c.hireDate().minusMonths(p.r3NewHireMonths())))) {
            failures.add(Failure.of(Reason.NOT_NEW_HIRE, "policy.reason.NOT_NEW_HIRE", p.r3NewHireMonths(),
                    c.priorEmploymentEnd() == null ? "?" : c.priorEmploymentEnd()));
        }
        int insured = c.insuredMonths() == null ? 0 : c.insuredMonths();
        if (insured < p.r3InsuredMonths()) {
            failures.add(Failure.of(Reason.INSURANCE_INCOMPLETE, "policy.reason.INSURANCE_INCOMPLETE", p.r3InsuredMonths(), insured));
        }
        if (months != null && months < p.r3RetentionMonths()) {
            failures.add(Failure.of(Reason.RETENTION_SHORT, "policy.reason.RETENTION_SHORT", p.r3RetentionMonths(), months));
        }
        if (c.alreadyPaid()) {
            failures.add(Failure.of(Reason.ALREADY_PAID, "policy.reason.ALREADY_PAID.r3"));
        }
        return new Money(p.r3AmountFen());
    }

    private static boolean recognizedOn(CaseFacts c, LocalDate day) {
        return !c.recognitionUnknown() && (c.recognizedFrom() == null || !day.isBefore(c.recognizedFrom()))
                && (c.recognizedTo() == null || !day.isAfter(c.recognizedTo()));
    }
}
