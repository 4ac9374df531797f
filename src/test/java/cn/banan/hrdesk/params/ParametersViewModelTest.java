package cn.banan.hrdesk.params;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.params.ui.ParametersViewModel;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.ui.DirectTaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParametersViewModelTest {
    @TempDir
    Path dir;

    @Test
    void anAdministratorAddsAVersionTypingOnlyWhatChanges() {
        try (Services s = TempStore.open(dir)) {
            ParametersViewModel vm = new ParametersViewModel(s.parameters(), new DirectTaskRunner(), TempStore.TEXTS);
            vm.reload();
            assertThat(vm.versions()).hasSize(1);
            assertThat(vm.figure(5).get()).as("R3 amount starts from the version in force").isEqualTo("600.00");
            AtomicInteger added = new AtomicInteger();
            vm.add(added::set, e -> { throw new AssertionError(e); });
            assertThat(vm.errors()).containsKeys("effectiveFrom", "documentNo");
            vm.effectiveFrom().set(LocalDate.of(2017, 1, 1));
            vm.documentNo().set("巴南府办发〔2016〕1号");
            vm.figure(5).set("800");
            vm.figure(4).set("three");
            vm.add(added::set, e -> { throw new AssertionError(e); });
            assertThat(vm.errors()).containsEntry("r2Cap", "请填写数字（金额可带两位小数）");
            vm.figure(4).set("3");
            vm.add(added::set, e -> { throw new AssertionError(e); });
            assertThat(added.get()).isEqualTo(2);
            assertThat(s.parameters().inForceOn(LocalDate.of(2017, 3, 1)).r3AmountFen()).isEqualTo(80000);
            assertThat(s.parameters().inForceOn(LocalDate.of(2016, 12, 31)).r3AmountFen()).isEqualTo(60000);
        }
    }
}
