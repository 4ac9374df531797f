package cn.banan.hrdesk.claims;

import java.time.LocalDate;

/** A placement as typed or imported; {@code insuredMonths} as typed ("2014-03~2014-12"). */
public record PlacementForm(String id, String workerId, String enterpriseId, String intermediaryId, Channel channel,
                            LocalDate hireDate, LocalDate confirmedOn, LocalDate leaveDate, String insuredMonths, String taskRef) {
    public static final String WORKER = "worker";
    public static final String ENTERPRISE = "enterprise";
    public static final String CHANNEL = "channel";
    public static final String HIRE = "hireDate";
    public static final String CONFIRMED = "confirmedOn";
    public static final String LEAVE = "leaveDate";
    public static final String INSURED = "insuredMonths";
    public static final String TASK = "taskRef";
}
