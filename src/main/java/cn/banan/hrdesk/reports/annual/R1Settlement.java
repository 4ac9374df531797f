package cn.banan.hrdesk.reports.annual;

import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.ResidentId;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.liaison.TaskKind;
import cn.banan.hrdesk.policy.CaseFacts;
import cn.banan.hrdesk.policy.Judgement;
import cn.banan.hrdesk.policy.PolicyParameters;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.policy.SubsidyRules;
import cn.banan.hrdesk.policy.TaskType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R1's year-end settlement (SPEC §2 R1: 年终给予奖励, once a year per intermediary): each intermediary's deliveries
 * to T1 enterprises confirmed in the year, judged by the same rule as a claim line with the year's last day as
 * cut-off, beside the R1 claim it made for the year. A difference shows deliveries not yet claimed, or claimed
 * lines the register no longer bears out.
 */
public final class R1Settlement {
    /** One intermediary's line of the list. {@code notCounted}: confirmed T1 deliveries R1 does not pay (no task, too short, under 16). */
    public record Row(String intermediaryId, String name, String kind, int basic, int emergency, int notCounted, Money owed,
                      List<String> claimNos, Money approved, Money paid) {
        public Money difference() {
            return owed.minus(approved);
        }
    }

    private R1Settlement() {
    }

    public static List<Row> of(int year, List<R1Delivery> deliveries, List<R1Claimed> claims, List<PolicyParameters> versions) {
        Map<String, Builder> by = new LinkedHashMap<>();
        for (R1Delivery d : deliveries) {
            if (d.tier() != Tier.T1_ELECTRONICS) {
                continue;
            }
            Builder b = by.computeIfAbsent(d.intermediaryId(), id -> new Builder(id, d.intermediary(), d.intermediaryKind()));
            TaskType task = d.taskKind() == null ? null : TaskKind.valueOf(d.taskKind()).r1Type().orElse(null);
            CaseFacts facts = new CaseFacts(Rule.R1, d.tier(), null, null, false, d.park(), null, ResidentId.of(d.residentId()).birthDate(),
                    d.hireDate(), d.leaveDate(), LocalDate.of(year, 12, 31), false, null, null, false, task, true, 0, false);
            Judgement j = SubsidyRules.judge(facts, PolicyParameters.inForceOn(versions, d.hireDate()));
            if (!j.eligible()) {
                b.notCounted++;
            } else {
                b.owed = b.owed.plus(j.amount());
                if (task == TaskType.EMERGENCY) {
                    b.emergency++;
                } else {
                    b.basic++;
                }
            }
        }
        for (R1Claimed c : claims) {
            // a claim without a confirmed delivery behind it still shows, owed nought
            Builder b = by.computeIfAbsent(c.intermediaryId(), id -> new Builder(id, c.intermediary(), c.intermediaryKind()));
            b.claimNos.add(c.claimNo());
            b.approved = b.approved.plus(new Money(c.approvedFen()));
            b.paid = b.paid.plus(new Money(c.paidFen()));
        }
        return by.values().stream().map(Builder::row).toList();
    }

    private static final class Builder {
        final String id;
        final String name;
        final String kind;
        int basic;
        int emergency;
        int notCounted;
        Money owed = Money.ZERO;
        final List<String> claimNos = new ArrayList<>();
        Money approved = Money.ZERO;
        Money paid = Money.ZERO;

        Builder(String id, String name, String kind) {
            this.id = id;
            this.name = name;
            this.kind = kind;
        }

        Row row() {
            return new Row(id, name, kind, basic, emergency, notCounted, owed, List.copyOf(claimNos), approved, paid);
        }
    }
}
