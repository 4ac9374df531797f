package cn.banan.hrdesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GB 32100-2015 vectors. 91350100M000100Y43 is the standard's own example; the others were completed by a
 * separate script (MOD 31 over the credit-code alphabet, GB 11714 MOD 11 for the organisation code).
 */
class CreditCodeTest {
    @ParameterizedTest(name = "{0} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            91350100M000100Y43  | 91350100M000100Y43 | the example in GB 32100-2015
            91350100m000100y43  | 91350100M000100Y43 | lower case is folded
            ９１３５０１００Ｍ０００１００Ｙ４３ | 91350100M000100Y43 | full width is folded
            91500113MA5U12346T  | 91500113MA5U12346T | a Banan enterprise, letters in the organisation code
            52500113123456788D  | 52500113123456788D | a private non-enterprise unit (vocational school)
            1210000040000000XN  | 1210000040000000XN | organisation check 10 is written X
            """)
    void accepts(String raw, String normalised, String why) {
        IdCheck<CreditCode> check = CreditCode.check(raw);
        assertThat(check.problem()).as(why).isNull();
        assertThat(check.value().value()).isEqualTo(normalised);
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            91350100M000100Y4   | LENGTH       | 17 characters
            91350100M000100Y433 | LENGTH       | 19 characters
            91350100M000100Y4I  | CHARSET      | I is not in the alphabet (nor O, S, V, Z)
            9135O100M000100Y43  | CHARSET      | the region code must be digits
            91350100M000100Y44  | CHECKSUM     | last character changed
            91350100M000100Y53  | ORG_CHECKSUM | organisation-code check changed
            91350100M000100Z43  | CHARSET      | Z is not in the alphabet
            """)
    void refuses(String raw, IdProblem problem, String why) {
        assertThat(CreditCode.check(raw).problem()).as(why).isEqualTo(problem);
    }

    @ParameterizedTest
    @CsvSource({"91350100M000100Y, 91350100M000100Y43", "91500113MA5U1234, 91500113MA5U12346T"})
    void completesSixteenCharacters(String first16, String whole) {
        assertThat(CreditCode.complete(first16).value()).isEqualTo(whole);
    }

    @ParameterizedTest
    @CsvSource({"91350100M000100Y53, CHECKSUM", "91350100M000100Y44, CHECKSUM"})
    void bothChecksReportTheContractCode(String raw, String code) {
        assertThat(CreditCode.check(raw).problem().code()).isEqualTo(code);
    }
}
