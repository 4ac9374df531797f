package cn.banan.hrdesk.claims;

import java.time.LocalDate;

/**
 * A placement (用工记录): a worker hired by an enterprise, delivered by an intermediary (null: recruited
 * directly). {@code confirmedOn} is the day the enterprise confirmed the hire (入职确认); null while it has not.
 * {@code taskRef}: the number of the city task (招工联络部's task register) it counts toward; null when none.
 */
public record Placement(String id, String workerId, String enterpriseId, String intermediaryId, Channel channel,
                        LocalDate hireDate, LocalDate confirmedOn, LocalDate leaveDate, InsuredMonths insured, String taskRef) {
    /** Whether this and {@code other} were employed on a common day. */
    public boolean overlaps(Placement other) {
        LocalDate end = leaveDate == null ? LocalDate.MAX : leaveDate;
        LocalDate otherEnd = other.leaveDate == null ? LocalDate.MAX : other.leaveDate;
        return !hireDate.isAfter(otherEnd) && !other.hireDate.isAfter(end);
    }
}
