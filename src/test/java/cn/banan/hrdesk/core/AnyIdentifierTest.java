package cn.banan.hrdesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CONTRACTS.md validate: which kind a value is judged as. */
class AnyIdentifierTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            11010519491231002X | RESIDENT | true  | 17 digits and X: a resident ID
            110105194912310021 | RESIDENT | false | resident shape, invalid: still judged as a resident ID
            91350100M000100Y43 | CREDIT   | true  | letters: a credit code
            1210000040000000XN | CREDIT   | true  | credit code
            123                | CREDIT   | false | anything else is judged as a credit code
            """)
    void judgesTheKind(String raw, IdKind kind, boolean valid, String why) {
        AnyIdentifier id = AnyIdentifier.judge(raw, TODAY);
        assertThat(id.kind()).as(why).isEqualTo(kind);
        assertThat(id.isValid()).as(why).isEqualTo(valid);
    }
}
