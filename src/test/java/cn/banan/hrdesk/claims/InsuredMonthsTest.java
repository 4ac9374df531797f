package cn.banan.hrdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.banan.hrdesk.policy.Failure;
import cn.banan.hrdesk.policy.Reason;
import cn.banan.hrdesk.core.Tier;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InsuredMonthsTest {
    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', textBlock = """
            2014-03~2014-08          | 2014-03~2014-08          | 6 | a range
            2014-03,2014-04,2014-05  | 2014-03~2014-05          | 3 | single months collapse to a range
            2014-03～2014-05，2014-07 | 2014-03~2014-05,2014-07  | 3 | full-width tilde and comma; the gap in June ends the run
            2014-04~2014-06          | 2014-04~2014-06          | 0 | nothing paid in the hire month: no run
            2013-11~2014-02          | 2013-11~2014-02          | 0 | across a year end, but before the hire month
            ''                       | ''                       | 0 | none
            """)
    void readsShowsAndCountsFromTheHireMonth(String typed, String shown, int run, String why) {
        InsuredMonths m = InsuredMonths.parse(typed);
        assertThat(m.display()).as(why).isEqualTo(shown);
        assertThat(m.runFrom(YearMonth.of(2014, 3))).as(why).isEqualTo(run);
        assertThat(InsuredMonths.parse(m.stored())).isEqualTo(m);
    }

    @Test
    void refusesWhatIsNoMonth() {
        assertThatThrownBy(() -> InsuredMonths.parse("2014-13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InsuredMonths.parse("2014-05~2014-03")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InsuredMonths.parse("三月")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void failuresTravelAsTextAndReadBackWithTheirWords() {
        List<Failure> failures = List.of(
                new Failure(Reason.TIER_MISMATCH, "policy.reason.TIER_MISMATCH", List.of(Tier.T3_DISTRICT_KEY, Tier.T1_ELECTRONICS)),
                new Failure(Reason.RETENTION_SHORT, "policy.reason.RETENTION_SHORT", List.of(6, 4)),
                new Failure(Reason.NOT_RECOGNIZED_ON_HIRE, "policy.reason.NOT_RECOGNIZED_ON_HIRE", List.of(LocalDate.of(2014, 3, 10))));
        List<Failure> back = FailureCodec.decode(FailureCodec.encode(failures));
        assertThat(back).extracting(Failure::reason).containsExactly(Reason.TIER_MISMATCH, Reason.RETENTION_SHORT, Reason.NOT_RECOGNIZED_ON_HIRE);
        var texts = cn.banan.hrdesk.testing.TempStore.TEXTS;
        assertThat(cn.banan.hrdesk.policy.ReasonWords.of(back.get(0), texts)).isEqualTo("企业层级不符：应为区内重点企业，实际为市级“6+2”重点电子企业");
        assertThat(cn.banan.hrdesk.policy.ReasonWords.of(back.get(1), texts)).isEqualTo("稳岗未满6个月（实际4个月）");
        assertThat(cn.banan.hrdesk.policy.ReasonWords.of(back.get(2), texts)).isEqualTo("入职日（2014-03-10）不在区内重点企业认定有效期内");
        assertThat(FailureCodec.decode("")).isEmpty();
    }

    @Test
    void insuranceStoppedRightAtTheRetentionMonthWhileStillEmployedIsSeen() {
        Placement stopped = new Placement("p", "w", "e", null, Channel.DIRECT, LocalDate.of(2014, 3, 10), null, null,
                InsuredMonths.parse("2014-03~2014-08"), null);
        assertThat(DuplicateChecks.insuranceStoppedAtRetention(stopped, LocalDate.of(2014, 12, 31), 6)).isTrue();
        assertThat(DuplicateChecks.insuranceStoppedAtRetention(stopped, LocalDate.of(2014, 9, 15), 6)).as("September not over at the cut-off").isFalse();
        Placement left = new Placement("p", "w", "e", null, Channel.DIRECT, LocalDate.of(2014, 3, 10), null, LocalDate.of(2014, 8, 31),
                InsuredMonths.parse("2014-03~2014-08"), null);
        assertThat(DuplicateChecks.insuranceStoppedAtRetention(left, LocalDate.of(2014, 12, 31), 6)).as("left when insurance stopped").isFalse();
        Placement longer = new Placement("p", "w", "e", null, Channel.DIRECT, LocalDate.of(2014, 3, 10), null, null,
                InsuredMonths.parse("2014-03~2014-12"), null);
        assertThat(DuplicateChecks.insuranceStoppedAtRetention(longer, LocalDate.of(2014, 12, 31), 6)).isFalse();
    }
}
