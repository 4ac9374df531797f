package cn.banan.hrdesk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The month count of CONTRACTS.md: largest n with hire.plusMonths(n) <= last day + 1. */
class WholeMonthsTest {
    @ParameterizedTest(name = "{0} to {1}: {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2014-03-10 | 2014-06-08 | 2  | SPEC: 06-10 > 06-09
            2014-03-10 | 2014-06-09 | 3  | SPEC: 06-10 <= 06-10
            2014-03-10 | 2014-03-10 | 0  | one day
            2014-01-31 | 2014-02-27 | 1  | 31 Jan + 1 month clamps to 28 Feb
            2014-01-31 | 2014-03-30 | 2  | 31 Jan + 2 months = 31 Mar <= 31 Mar
            2014-01-31 | 2014-03-29 | 1  | 31 Mar > 30 Mar
            2016-01-31 | 2016-02-28 | 1  | leap year: 29 Feb <= 29 Feb
            2016-02-29 | 2017-02-27 | 12 | 29 Feb + 12 months clamps to 28 Feb 2017
            2016-02-29 | 2017-02-26 | 11 | 28 Feb 2017 > 27 Feb
            2014-12-31 | 2015-12-30 | 12 | across a year end
            2014-03-10 | 2024-03-09 | 120 | ten years
            """)
    void counts(LocalDate hire, LocalDate last, int months, String why) {
        assertThat(WholeMonths.between(hire, last)).as(why).isEqualTo(months);
    }
}
