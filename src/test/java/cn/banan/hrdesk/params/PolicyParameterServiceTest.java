package cn.banan.hrdesk.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.policy.PolicyParameters;
import cn.banan.hrdesk.testing.TempStore;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyParameterServiceTest {
    @TempDir
    Path dir;

    @Test
    void theMigrationShipsThe2014FiguresAsVersionOne() {
        try (Services s = TempStore.open(dir)) {
            assertThat(s.parameters().versions()).containsExactly(PolicyParameters.V1_2014);
        }
    }

    @Test
    void aNewVersionAppliesFromItsDateOnlyAndCannotGoBackInTime() {
        try (Services s = TempStore.open(dir)) {
            PolicyParameters raise = new PolicyParameters(0, LocalDate.of(2016, 1, 1), "巴南府办发〔2015〕99号", 6000, 12000, 30,
                    40000, 3, 80000, 12, 6, 6);
            assertThat(s.parameters().add(raise, "2016 figures")).isEqualTo(2);
            assertThat(s.parameters().inForceOn(LocalDate.of(2015, 12, 31)).version()).isEqualTo(1);
            assertThat(s.parameters().inForceOn(LocalDate.of(2016, 1, 1)).r3AmountFen()).isEqualTo(80000);
            assertThat(s.parameters().inForceOn(LocalDate.of(2013, 6, 1)).version()).as("before any: the first").isEqualTo(1);
            assertThatThrownBy(() -> s.parameters().add(raise, "again from the same day")).isInstanceOf(ValidationException.class);
            assertThat(s.parameters().versions()).hasSize(2);
        }
    }
}
