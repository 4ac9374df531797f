package cn.banan.hrdesk.policy;

import java.time.LocalDate;

/**
 * Whole months employed (SPEC R2, CONTRACTS.md): the largest n with {@code hire.plusMonths(n) <= lastDay + 1}.
 * Java's plusMonths clamps 31 January + 1 month to the end of February, and so does this count.
 */
public final class WholeMonths {
    private WholeMonths() {
    }

    /** {@code lastDay} is the last day employed and counted (inclusive), not before {@code hire}. */
    public static int between(LocalDate hire, LocalDate lastDay) {
        if (lastDay.isBefore(hire)) {
            throw new IllegalArgumentException("last day " + lastDay + " before hire " + hire);
        }
        LocalDate limit = lastDay.plusDays(1);
        int n = (limit.getYear() - hire.getYear()) * 12 + limit.getMonthValue() - hire.getMonthValue() + 1;
        while (n > 0 && hire.plusMonths(n).isAfter(limit)) {
            n--;
        }
        return n;
    }
}
