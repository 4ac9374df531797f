package cn.banan.hrdesk.reports.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.policy.PolicyParameters;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R1's year-end settlement worked by hand from SPEC §2 R1: 50 yuan a basic-task delivery, 100 an emergency one, by the hire day's parameters. */
class R1SettlementTest {
    static final String ADULT = "500113199001011235";      // born 1990-01-01
    static final String CHILD = "500113200106150018";      // born 2001-06-15: 13 in 2015
    /** A later notice: 80 yuan basic, 160 emergency, from 2015-02-01. */
    static final PolicyParameters V2 = new PolicyParameters(2, LocalDate.of(2015, 2, 1), "示例〔2015〕1号", 8000, 16000, 0, 30000, 3, 60000, 12, 6, 6);
    static final List<PolicyParameters> VERSIONS = List.of(PolicyParameters.V1_2014, V2);

    static R1Delivery delivered(String who, String resident, Tier tier, LocalDate hire, String task) {
        return new R1Delivery(who, who.equals("a") ? "甲人力" : "乙学校", who.equals("a") ? "HR_AGENCY" : "VOCATIONAL_SCHOOL", resident, tier,
                Park.LOGISTICS_BASE, hire, null, task);
    }

    @Test
    void eachDeliveryIsJudgedByTheRuleAndTheHireDaysParameters() {
        List<R1Delivery> deliveries = List.of(
                delivered("a", ADULT, Tier.T1_ELECTRONICS, LocalDate.of(2015, 1, 10), "BASIC_SOCIAL"),      // 2014 parameters: 50
                delivered("a", ADULT, Tier.T1_ELECTRONICS, LocalDate.of(2015, 1, 20), "EMERGENCY_SOCIAL"),  // 2014 parameters: 100
                delivered("a", ADULT, Tier.T1_ELECTRONICS, LocalDate.of(2015, 3, 1), "BASIC_SOCIAL"),       // from 2015-02-01: 80
                delivered("a", ADULT, Tier.T1_ELECTRONICS, LocalDate.of(2015, 3, 2), null),                 // no task: not counted
                delivered("a", ADULT, Tier.T1_ELECTRONICS, LocalDate.of(2015, 3, 3), "CAMPUS"),             // campus task: R1 pays none
                delivered("a", CHILD, Tier.T1_ELECTRONICS, LocalDate.of(2015, 3, 4), "BASIC_SOCIAL"),       // 13 years old: never payable
                delivered("a", ADULT, Tier.T2_IT_SUPPORT, LocalDate.of(2015, 3, 5), "BASIC_SOCIAL"));       // T2 is R2's, not on this list
        List<R1Claimed> claims = List.of(new R1Claimed("a", "甲人力", "HR_AGENCY", "2015-OFC-0001", 15000, 15000),
                new R1Claimed("b", "乙学校", "VOCATIONAL_SCHOOL", "2015-OFC-0002", 5000, 0));   // a claim with no confirmed delivery behind it

        List<R1Settlement.Row> rows = R1Settlement.of(2015, deliveries, claims, VERSIONS);

        assertThat(rows).extracting(R1Settlement.Row::name, R1Settlement.Row::basic, R1Settlement.Row::emergency, R1Settlement.Row::notCounted,
                        r -> r.owed().fen(), R1Settlement.Row::claimNos, r -> r.approved().fen(), r -> r.paid().fen(), r -> r.difference().fen())
                .containsExactly(
                        tuple("甲人力", 2, 1, 3, 23000L, List.of("2015-OFC-0001"), 15000L, 15000L, 8000L),  // 50 + 100 + 80; 80 not yet claimed
                        tuple("乙学校", 0, 0, 0, 0L, List.of("2015-OFC-0002"), 5000L, 0L, -5000L));       // claimed 50 the register does not bear out
    }

    @Test
    void nothingDeliveredAndNothingClaimedIsAnEmptyList() {
        assertThat(R1Settlement.of(2015, List.of(), List.of(), VERSIONS)).isEmpty();
        assertThat(new R1Settlement.Row("a", "甲", "HR_AGENCY", 0, 0, 0, Money.ZERO, List.of(), Money.ZERO, Money.ZERO).difference()).isEqualTo(Money.ZERO);
    }
}
