package cn.banan.hrdesk.reports.annual;

import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Tier;
import java.time.LocalDate;

/** A hire an intermediary delivered and the enterprise confirmed in the year; {@code taskKind} null: no live task named. */
public record R1Delivery(String intermediaryId, String intermediary, String intermediaryKind, String residentId, Tier tier, Park park,
                         LocalDate hireDate, LocalDate leaveDate, String taskKind) {
}
