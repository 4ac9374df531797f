package cn.banan.hrdesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 11643-1999 vectors; check digits of the made-up ones were computed by a separate script (ISO 7064 MOD 11-2). */
class ResidentIdTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            11010519491231002X  | 11010519491231002X | the GB 11643 published example, check digit X
            11010519491231002x  | 11010519491231002X | lower-case x is normalised
            １１０１０５１９４９１２３１００２Ｘ | 11010519491231002X | full-width digits and X from a Chinese IME
            '110105 19491231 002X' | 11010519491231002X | spaces typed between groups are dropped
            500113199001011235  | 500113199001011235 | Banan district, check digit 5
            440301198002290015  | 440301198002290015 | 29 February of a leap year is a real birth date
            500113200002295677  | 500113200002295677 | 2000 was a leap year (divisible by 400)
            110105202611280012  | 110105202611280012 | born today is not in the future
            """)
    void acceptsAndNormalises(String raw, String normalised, String why) {
        IdCheck<ResidentId> check = ResidentId.check(raw, TODAY);
        assertThat(check.problem()).as(why).isNull();
        assertThat(check.value().value()).isEqualTo(normalised);
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            11010519491231002   | LENGTH     | 17 characters
            11010519491231002X1 | LENGTH     | 19 characters
            ''                  | LENGTH     | empty
            1101051949123100AX  | CHARSET    | a letter among the first 17
            11010519491231002Y  | CHARSET    | only X may be a letter, and only last
            990105194912310023  | REGION     | 99 is no province
            000105194912310023  | REGION     | 00 is no province
            110105190002290017  | BIRTH_DATE | 1900 was not a leap year: no 29 February
            110105194913310021  | BIRTH_DATE | month 13
            110105202611290018  | BIRTH_DATE | tomorrow
            110105209901010012  | BIRTH_DATE | far in the future
            110105194912310021  | CHECKSUM   | the published example with its last digit changed
            11010519491231002   | LENGTH     | truncated
            """)
    void refuses(String raw, IdProblem problem, String why) {
        assertThat(ResidentId.check(raw, TODAY).problem()).as(why).isEqualTo(problem);
    }

    @ParameterizedTest
    @CsvSource({
        "11010519491231002X, 1949-12-31, FEMALE, 110105********002X",
        "500113199001011235, 1990-01-01, MALE, 500113********1235",
        "440301198002290015, 1980-02-29, MALE, 440301********0015"})
    void derivesBirthDateSexAndMask(String id, LocalDate birth, Sex sex, String masked) {
        ResidentId r = ResidentId.of(id);
        assertThat(r.birthDate()).isEqualTo(birth);
        assertThat(r.sex()).as("the 17th digit: odd male, even female").isEqualTo(sex);
        assertThat(r.masked()).isEqualTo(masked);
        assertThat(r.toString()).as("never the whole number in a log line").isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({"50011319900101123, 500113199001011235", "11010519491231002, 11010519491231002X"})
    void completesSeventeenDigits(String first17, String whole) {
        assertThat(ResidentId.complete(first17).value()).isEqualTo(whole);
    }
}
