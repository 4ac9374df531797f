package cn.banan.hrdesk.claims.roster;

import cn.banan.hrdesk.claims.Channel;
import cn.banan.hrdesk.claims.InsuredMonths;
import cn.banan.hrdesk.claims.Placement;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.xlsx.CellProblem;
import cn.banan.hrdesk.xlsx.SheetRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One roster row as read, and what is wrong with it (more may be found when it is stored). */
final class RosterRow {
    final SheetRow raw;
    final String residentId;
    final String name;
    final String enterpriseId;
    final LocalDate hire;
    final LocalDate leave;
    final Channel channel;
    final LocalDate confirmed;
    final InsuredMonths insured;
    /** Trimmed; null when the cell is empty. */
    final String taskRef;
    /** The person's group (返乡农民工 …) as the roster gives it; null when the cell is empty. */
    final TargetGroup group;
    final List<CellProblem> problems;
    private final boolean parsedClean;

    RosterRow(SheetRow raw, String residentId, String name, String enterpriseId, LocalDate hire, LocalDate leave, Channel channel,
              LocalDate confirmed, InsuredMonths insured, String taskRef, TargetGroup group, List<CellProblem> problems) {
        this.raw = raw;
        this.residentId = residentId;
        this.name = name;
        this.enterpriseId = enterpriseId;
        this.hire = hire;
        this.leave = leave;
        this.channel = channel;
        this.confirmed = confirmed;
        this.insured = insured;
        this.taskRef = taskRef;
        this.group = group;
        this.problems = new ArrayList<>(problems);
        this.parsedClean = problems.isEmpty();
    }

    boolean isGood() {
        return parsedClean;
    }

    /** The placement this row records, once it has its worker and (for R1/R2) its intermediary. */
    Placement placement(String id, String workerId, String intermediaryId) {
        return new Placement(id, workerId, enterpriseId, intermediaryId, channel, hire, confirmed, leave, insured, taskRef);
    }
}
