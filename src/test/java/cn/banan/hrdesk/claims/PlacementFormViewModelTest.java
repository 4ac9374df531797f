package cn.banan.hrdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.claims.ui.PlacementFormViewModel;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.registry.Intermediary;
import cn.banan.hrdesk.registry.IntermediaryKind;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.registry.Worker;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.ui.DirectTaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlacementFormViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aPlacementIsTypedByTheIdentifiersOnPaperAndOverlapsAreListed() {
        try (Services s = TempStore.open(dir)) {
            s.enterprises().save(new EnterpriseForm(null, "乙配套", "91500113MA5U12346T", Park.ECONOMIC_PARK, "", "", "", Tier.T2_IT_SUPPORT,
                    LocalDate.of(2014, 1, 1)));
            s.parties().save(new Intermediary(null, IntermediaryKind.LABOUR_BROKER, "经纪人", "11010519491231002X", null, "经纪人", "行", "62220000000000001"));
            s.parties().save(new Worker(null, "500113199001011235", "操作工1", null, TargetGroup.OTHER));
            PlacementFormViewModel vm = new PlacementFormViewModel(s.placements(), s.enterprises(), s.parties(), new DirectTaskRunner(),
                    TempStore.TEXTS, null);
            AtomicReference<String> saved = new AtomicReference<>();
            vm.worker().set("440301198002290015");
            vm.enterprise().set("91500113ma5u12346t");
            vm.intermediary().set("11010519491231002x");
            vm.save(saved::set, e -> { throw new AssertionError(e); });
            assertThat(saved.get()).isNull();
            assertThat(vm.errors()).containsEntry("worker", "未登记的人员，请先在企业名录的“人员”中登记").containsKey("channel");
            vm.worker().set("500113199001011235");
            vm.channel().set(Channel.BASIC_SOCIAL);
            vm.hire().set(LocalDate.of(2014, 3, 10));
            vm.insured().set("2014-03~2014-05,2014-07");
            vm.save(saved::set, e -> { throw new AssertionError(e); });
            assertThat(saved.get()).isNotNull();
            Placement p = s.placements().find(saved.get()).orElseThrow();
            assertThat(p.insured().display()).isEqualTo("2014-03~2014-05,2014-07");
            assertThat(p.insured().runFrom(java.time.YearMonth.of(2014, 3))).as("the gap in June ends the run").isEqualTo(3);
            PlacementFormViewModel second = new PlacementFormViewModel(s.placements(), s.enterprises(), s.parties(), new DirectTaskRunner(),
                    TempStore.TEXTS, p);
            assertThat(second.intermediary().get()).isEqualTo("11010519491231002X");
            String other = s.placements().save(new PlacementForm(null, p.workerId(), p.enterpriseId(), null, Channel.DIRECT,
                    LocalDate.of(2014, 4, 1), null, null, "", null));
            assertThat(s.placements().page("", 0, 10).rows()).allMatch(PlacementRow::overlapping).hasSize(2);
            assertThat(other).isNotEqualTo(p.id());
        }
    }
}
