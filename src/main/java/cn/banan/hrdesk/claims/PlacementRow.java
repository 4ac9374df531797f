package cn.banan.hrdesk.claims;

import java.time.LocalDate;

/** A placement as listed: with the names of the parties, the task it counts toward, and whether the worker has an overlapping placement. */
public record PlacementRow(String id, String workerName, String residentId, String enterpriseName, String intermediaryName,
                           Channel channel, LocalDate hireDate, LocalDate confirmedOn, LocalDate leaveDate, String taskRef,
                           boolean overlapping) {
}
