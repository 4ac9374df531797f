package cn.banan.hrdesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;

/**
 * Whatever a clerk pastes, checking never throws, and what it accepts is stable: the normalised value checks
 * again to itself, and its check character is the one we compute. Runs its seed inputs under mvn verify
 * (regression mode); JAZZER_FUZZ=1 fuzzes for real.
 */
class IdentifierFuzzTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @FuzzTest(maxDuration = "30s")
    void residentIdCheckIsTotalAndStable(FuzzedDataProvider data) {
        String raw = data.consumeRemainingAsString();
        IdCheck<ResidentId> check = ResidentId.check(raw, TODAY);
        if (check.isValid()) {
            String v = check.value().value();
            assertThat(ResidentId.check(v, TODAY).value()).isEqualTo(check.value());
            assertThat(ResidentId.complete(v.substring(0, 17))).isEqualTo(check.value());
            assertThat(check.value().masked()).hasSize(18).contains("********");
        } else {
            assertThat(check.problem()).isNotNull();
        }
    }

    @FuzzTest(maxDuration = "30s")
    void creditCodeCheckIsTotalAndStable(FuzzedDataProvider data) {
        String raw = data.consumeRemainingAsString();
        IdCheck<CreditCode> check = CreditCode.check(raw);
        if (check.isValid()) {
            String v = check.value().value();
            assertThat(CreditCode.check(v).value()).isEqualTo(check.value());
            assertThat(CreditCode.complete(v.substring(0, 16))).isEqualTo(check.value());
        }
        AnyIdentifier any = AnyIdentifier.judge(raw, TODAY);
        assertThat(any.isValid()).isEqualTo(any.normalised() != null);
    }
}
