package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.policy.Reason;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.liaison.LiaisonRegisters;
import cn.banan.hrdesk.liaison.TaskKind;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.registry.Intermediary;
import cn.banan.hrdesk.registry.IntermediaryKind;
import cn.banan.hrdesk.registry.Recognition;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.registry.Worker;
import cn.banan.hrdesk.testing.TempStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims on a real database; every figure below is worked out from SPEC §2 in the comment beside it. */
class ClaimServiceTest {
    @TempDir
    Path dir;
    Services s;
    String t1;
    String t2;
    String t3;
    String agencyA;
    String agencyB;
    String w1;
    String w2;

    @BeforeEach
    void registry() {
        s = TempStore.open(dir);
        t1 = s.enterprises().save(new EnterpriseForm(null, "甲电子", "91350100M000100Y43", Park.LOGISTICS_BASE, "", "", "", Tier.T1_ELECTRONICS, LocalDate.of(2014, 1, 1)));
        t2 = s.enterprises().save(new EnterpriseForm(null, "乙配套", "91500113MA5U12346T", Park.ECONOMIC_PARK, "", "", "", Tier.T2_IT_SUPPORT, LocalDate.of(2014, 1, 1)));
        t3 = s.enterprises().save(new EnterpriseForm(null, "丙机械", "1210000040000000XN", Park.NONE, "", "", "", Tier.T3_DISTRICT_KEY, LocalDate.of(2014, 1, 1)));
        s.enterpriseDetails().addRecognition(t3, new Recognition(null, "区经信委", LocalDate.of(2013, 12, 20), "文号", LocalDate.of(2014, 1, 1), null));
        agencyA = s.parties().save(new Intermediary(null, IntermediaryKind.HR_AGENCY, "机构A", "52500113123456788D", null, "机构A", "行", "62220000000000001"));
        agencyB = s.parties().save(new Intermediary(null, IntermediaryKind.LABOUR_BROKER, "经纪人B", "11010519491231002X", null, "B", "行", "62220000000000002"));
        w1 = s.parties().save(new Worker(null, "500113199001011235", "操作工1", null, TargetGroup.OTHER));
        w2 = s.parties().save(new Worker(null, "440301198002290015", "操作工2", null, TargetGroup.OTHER));
    }

    @AfterEach
    void close() {
        s.close();
    }

    String place(String worker, String enterprise, String via, LocalDate hire, LocalDate leave, String insured, String task, LocalDate confirmed) {
        return s.placements().save(new PlacementForm(null, worker, enterprise, via, Channel.BASIC_SOCIAL, hire, confirmed, leave, insured, task));
    }

    /** A city task in 招工联络部's register, as R1 reads it. */
    String task(String no, TaskKind kind) {
        java.util.Map<String, Object> v = new java.util.HashMap<>();
        v.put("task_no", no);
        v.put("task_type", kind);
        v.put("quota", 10L);
        v.put("starts_on", LocalDate.of(2014, 1, 1));
        v.put("ends_on", LocalDate.of(2014, 12, 31));
        v.put("responsible_unit", "区人社局");
        return s.registers().save(LiaisonRegisters.TASKS, null, v);
    }

    String claim(Rule rule, String claimant, int year, LocalDate cutoff) {
        return s.claims().create(new ClaimForm(rule, claimant, year, cutoff, null));
    }

    @Test
    void r2AcrossTwoClaimsPaysTheCapOnceAndFlagsTheSecond() {
        String p1 = place(w1, t2, agencyA, LocalDate.of(2014, 3, 10), null, "", null, null);
        String c1 = claim(Rule.R2, agencyA, 2014, LocalDate.of(2014, 6, 8));
        s.claims().addPlacements(c1, List.of(p1));
        ClaimLine first = s.claims().lines(c1).get(0);
        assertThat(first.eligible()).isTrue();
        assertThat(first.monthsCounted()).as("03-10 to 06-08: 2 whole months").isEqualTo(2);
        assertThat(first.amount()).as("2 x 300 yuan").isEqualTo(Money.ofYuan(600));
        assertThat(first.monthsGranted()).isEqualTo(2);
        assertThat(first.fundingSource()).isEqualTo(FundingSource.ECONOMIC_PARK);
        assertThat(first.parameterVersion()).as("judged under the 2014 figures").isEqualTo(1);
        assertThat(first.documentNo()).isEqualTo("巴南府办发〔2014〕44号");
        assertThat(s.claims().flags(c1)).isEmpty();

        String c2 = claim(Rule.R2, agencyA, 2015, LocalDate.of(2014, 12, 31));
        s.claims().addPlacements(c2, List.of(p1));
        ClaimLine second = s.claims().lines(c2).get(0);
        assertThat(second.monthsCounted()).as("counted to 12-31: 9 months").isEqualTo(9);
        assertThat(second.amount()).as("cap 3, 2 granted before: 1 x 300 yuan").isEqualTo(Money.ofYuan(300));
        assertThat(s.claims().flags(c2)).extracting(ClaimFlag::kind)
                .containsExactlyInAnyOrder(FlagKind.SAME_PLACEMENT, FlagKind.R2_CAP_ACROSS_CLAIMS);
        assertThat(s.claims().flags(c2)).allMatch(ClaimFlag::isOpen).allMatch(f -> f.detail().contains("2014-OFC-0001") || f.detail().equals("2"));

        String c3 = claim(Rule.R2, agencyA, 2016, LocalDate.of(2015, 12, 31));
        s.claims().addPlacements(c3, List.of(p1));
        assertThat(s.claims().lines(c3).get(0).failures()).extracting(f -> f.reason()).containsExactly(Reason.CAP_REACHED);
    }

    @Test
    void r1PaysByTheKindTheTaskRegisterGivesTheTaskNow() {
        String taskId = task("CQ-2014-7", TaskKind.BASIC_SOCIAL);
        String p = place(w1, t1, agencyA, LocalDate.of(2014, 4, 1), null, "", "CQ-2014-7", LocalDate.of(2014, 4, 2));
        String c = claim(Rule.R1, agencyA, 2014, LocalDate.of(2014, 12, 31));
        s.claims().addPlacements(c, List.of(p));
        assertThat(s.claims().lines(c).get(0).amount()).as("a basic social-recruitment task: 50 yuan").isEqualTo(Money.ofYuan(50));

        // the city re-classes the task as emergency recruitment: before review, judging again pays by the register
        java.util.Map<String, Object> v = new java.util.HashMap<>(s.registers().find(LiaisonRegisters.TASKS, taskId).orElseThrow().values());
        v.put("task_type", TaskKind.EMERGENCY_SOCIAL);
        s.registers().save(LiaisonRegisters.TASKS, taskId, v);
        s.claims().reevaluate(c, Progress.NONE);
        assertThat(s.claims().lines(c).get(0).amount()).as("an emergency task: 100 yuan").isEqualTo(Money.ofYuan(100));

        assertThatThrownBy(() -> place(w2, t1, agencyA, LocalDate.of(2014, 4, 1), null, "", "CQ-2014-8", LocalDate.of(2014, 4, 2)))
                .as("a task number the register does not hold").isInstanceOf(ValidationException.class)
                .hasMessageContaining("claims.problem.unknownTask");
    }

    @Test
    void r3WithInsuranceStoppedAtTheRetentionMonthIsPaidButFlagged() {
        String p2 = place(w2, t3, null, LocalDate.of(2014, 3, 10), null, "2014-03~2014-08", null, null);
        String c = claim(Rule.R3, t3, 2014, LocalDate.of(2014, 12, 31));
        s.claims().addPlacements(c, List.of(p2));
        ClaimLine line = s.claims().lines(c).get(0);
        assertThat(line.eligible()).as("insured 6 months from the hire month, retained 9").isTrue();
        assertThat(line.amount()).isEqualTo(Money.ofYuan(600));
        assertThat(line.fundingSource()).isEqualTo(FundingSource.DISTRICT_FUND);
        assertThat(s.claims().flags(c)).extracting(ClaimFlag::kind).containsExactly(FlagKind.INSURANCE_STOPPED_AT_RETENTION);
        String again = claim(Rule.R3, t3, 2015, LocalDate.of(2015, 12, 31));
        s.claims().addPlacements(again, List.of(p2));
        assertThat(s.claims().lines(again).get(0).failures()).extracting(f -> f.reason()).containsExactly(Reason.ALREADY_PAID);
        assertThat(s.claims().flags(again)).extracting(ClaimFlag::kind).contains(FlagKind.R3_TWICE, FlagKind.SAME_PLACEMENT);
    }

    @Test
    void overlappingPlacementsAndAnotherClaimantAreFlaggedAndAClearedFlagStaysCleared() {
        String p1 = place(w1, t2, agencyA, LocalDate.of(2014, 3, 10), null, "", null, null);
        s.claims().addPlacements(claim(Rule.R2, agencyA, 2014, LocalDate.of(2014, 12, 31)), List.of(p1));
        task("CQ-2014-1", TaskKind.EMERGENCY_SOCIAL);
        String p3 = place(w1, t1, agencyB, LocalDate.of(2014, 5, 1), null, "", "CQ-2014-1", LocalDate.of(2014, 5, 3));
        String c = claim(Rule.R1, agencyB, 2014, LocalDate.of(2014, 12, 31));
        s.claims().addPlacements(c, List.of(p3));
        ClaimLine line = s.claims().lines(c).get(0);
        assertThat(line.eligible()).as("T1, confirmed in 2014, emergency task").isTrue();
        assertThat(line.amount()).as("100 yuan").isEqualTo(Money.ofYuan(100));
        assertThat(s.claims().flags(c)).extracting(ClaimFlag::kind)
                .containsExactlyInAnyOrder(FlagKind.OVERLAPPING_PLACEMENTS, FlagKind.OTHER_CLAIMANT_OVERLAP);
        ClaimFlag flag = s.claims().flags(c).get(0);
        assertThatThrownBy(() -> s.claims().clearFlag(flag.id(), " ")).isInstanceOf(ValidationException.class);
        s.session().signIn(Actor.user("u-reviewer", "审核员", Role.REVIEWER, null));
        s.claims().clearFlag(flag.id(), "两段用工经企业书面说明属实");
        s.session().signIn(cn.banan.hrdesk.testing.Operator.everything("测试"));
        s.claims().reevaluate(c, Progress.NONE);
        ClaimFlag after = s.claims().flags(c).stream().filter(f -> f.id().equals(flag.id())).findFirst().orElseThrow();
        assertThat(after.isOpen()).isFalse();
        assertThat(after.clearedBy()).isEqualTo("审核员");
        assertThat(s.claims().flags(c)).hasSize(2);
        s.session().signIn(Actor.user("u-other", "别人", Role.REVIEWER, null));
        s.claims().clearFlag(flag.id(), "再次");
        assertThat(s.claims().flags(c).stream().filter(f -> f.id().equals(flag.id())).findFirst().orElseThrow().clearedBy())
                .as("a cleared flag keeps who cleared it").isEqualTo("审核员");
    }

    @Test
    void r1IsOnceAYearAndOnlyForTheClaimantsOwnPlacements() {
        String p1 = place(w1, t2, agencyA, LocalDate.of(2014, 3, 10), null, "", null, null);
        String c = claim(Rule.R1, agencyB, 2014, LocalDate.of(2014, 12, 31));
        assertThatThrownBy(() -> claim(Rule.R1, agencyB, 2014, LocalDate.of(2014, 12, 31))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> s.claims().addPlacements(c, List.of(p1))).as("delivered by A, not B").isInstanceOf(ValidationException.class);
        assertThat(s.claims().lines(c)).isEmpty();
        assertThat(s.claims().list()).extracting(ClaimSummary::claimNo).containsExactly("2014-OFC-0001");
    }

    @Test
    void anR2RateOfZeroJudgesWithoutDividingByIt() {
        // a version from 2014-03-01 that pays R2 nothing a month: the three months are still granted (and so used up)
        s.session().signIn(Actor.user("u-admin", "管理员", Role.ADMIN, null));
        s.parameters().add(new cn.banan.hrdesk.policy.PolicyParameters(0, LocalDate.of(2014, 3, 1), "试行", 5000, 10000, 0, 0, 3, 60000, 12, 6, 6),
                null);
        s.session().signIn(cn.banan.hrdesk.testing.Operator.everything("测试"));
        String pa = place(w1, t2, agencyA, LocalDate.of(2014, 3, 10), null, "", null, null);
        String c = claim(Rule.R2, agencyA, 2014, LocalDate.of(2014, 12, 31));
        s.claims().addPlacements(c, List.of(pa));
        ClaimLine line = s.claims().lines(c).get(0);
        assertThat(line.eligible()).isTrue();
        assertThat(line.amount()).isEqualTo(Money.ZERO);
        assertThat(line.monthsCounted()).as("9 whole months to the cut-off").isEqualTo(9);
    }

    @Test
    void totalsSplitByWhoPays() {
        String pa = place(w1, t2, agencyA, LocalDate.of(2014, 3, 10), null, "", null, null);
        String c = claim(Rule.R2, agencyA, 2014, LocalDate.of(2014, 12, 31));
        s.claims().addPlacements(c, List.of(pa));
        var totals = s.claims().totals(c);
        assertThat(totals.total()).isEqualTo(Money.ofYuan(900));
        assertThat(totals.bySource()).containsEntry(FundingSource.ECONOMIC_PARK, Money.ofYuan(900)).hasSize(1);
        ClaimSummary summary = s.claims().list().get(0);
        assertThat(summary.amount()).isEqualTo(Money.ofYuan(900));
        assertThat(summary.claimantName()).isEqualTo("机构A");
        assertThat(summary.status()).isEqualTo(ClaimStatus.INTAKE);
    }
}
