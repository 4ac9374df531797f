package cn.banan.hrdesk.registry.ui;

import cn.banan.hrdesk.ui.SearchListViewModel;
import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.registry.EnterpriseRow;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.ui.DirectTaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** View models on a real database, without the FX thread: tasks run straight through. */
class RegistryViewModelTest {
    @TempDir
    Path dir;
    Services services;
    final DirectTaskRunner runner = new DirectTaskRunner();

    @BeforeEach
    void open() throws java.io.IOException {
        services = TempStore.open(dir);
        services.demoData().fill(Progress.NONE);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void filtersReloadTheFirstPageFromSql() {
        EnterpriseListViewModel vm = new EnterpriseListViewModel(services.enterprises(), runner, TempStore.CLOCK);
        vm.list().reload();
        assertThat(vm.list().total().get()).isEqualTo(60);
        vm.tier().set(Tier.T3_DISTRICT_KEY);
        assertThat(vm.list().rows()).isNotEmpty().allMatch(r -> r.tier() == Tier.T3_DISTRICT_KEY);
        int t3 = vm.list().total().get();
        vm.park().set(Park.NONE);
        assertThat(vm.list().rows()).allMatch(r -> r.park() == Park.NONE && r.tier() == Tier.T3_DISTRICT_KEY);
        assertThat(vm.list().total().get()).isLessThan(t3);
        vm.recognition().set(RecognitionFilter.RECOGNIZED);
        assertThat(vm.list().rows()).allMatch(EnterpriseRow::recognized);
        vm.park().set(null);
        vm.tier().set(null);
        vm.recognition().set(null);
        vm.search().set("电子科技");
        assertThat(vm.list().rows()).isNotEmpty().allMatch(r -> r.name().contains("电子科技"));
    }

    @Test
    void pagesThroughALongList() {
        SearchListViewModel<cn.banan.hrdesk.registry.Worker> vm = new SearchListViewModel<>(services.parties()::workers, runner);
        vm.list().reload();
        assertThat(vm.list().total().get()).isEqualTo(500);
        assertThat(vm.list().pageCount().get()).isEqualTo(5);
        String first = vm.list().rows().get(0).id();
        vm.list().next();
        assertThat(vm.list().page().get()).isEqualTo(1);
        assertThat(vm.list().rows()).hasSize(100).noneMatch(w -> w.id().equals(first));
        vm.list().previous();
        vm.list().previous();
        assertThat(vm.list().page().get()).isZero();
    }

    @Test
    void enterpriseFormShowsACreditCodeProblemAsItIsTypedAndSavesWhenRight() {
        EnterpriseFormViewModel vm = new EnterpriseFormViewModel(services.enterprises(), runner, TempStore.TEXTS, TempStore.CLOCK, null);
        vm.creditCode().set("91350100M000100Y44");
        assertThat(vm.errors()).containsEntry("creditCode", "统一社会信用代码校验位错误");
        vm.creditCode().set("91350100M000100Y43");
        assertThat(vm.errors()).doesNotContainKey("creditCode");
        AtomicReference<String> saved = new AtomicReference<>();
        vm.save(saved::set, e -> { throw new AssertionError(e); });
        assertThat(saved.get()).isNull();
        assertThat(vm.errors()).containsEntry("name", "必须填写").containsEntry("park", "必须填写").containsEntry("tier", "必须填写");
        vm.name().set("测试电子有限公司");
        vm.park().set(Park.LOGISTICS_BASE);
        vm.tier().set(Tier.T2_IT_SUPPORT);
        vm.save(saved::set, e -> { throw new AssertionError(e); });
        assertThat(saved.get()).isNotNull();
        assertThat(vm.errors()).isEmpty();
        assertThat(services.enterprises().tierOn(saved.get(), LocalDate.of(2026, 11, 28))).contains(Tier.T2_IT_SUPPORT);
    }

    @Test
    void workerFormDerivesBirthDateAndSexFromTheIdNumber() {
        WorkerFormViewModel vm = new WorkerFormViewModel(services.parties(), runner, TempStore.TEXTS, TempStore.CLOCK, null);
        assertThat(vm.derived().get()).isEqualTo("（由身份证号码自动得出）");
        vm.residentId().set("11010519491231002x");
        assertThat(vm.derived().get()).isEqualTo("出生日期 1949-12-31，女");
        vm.name().set("质检员（测试）");
        vm.group().set(TargetGroup.VOCATIONAL_GRADUATE);
        AtomicReference<String> saved = new AtomicReference<>();
        vm.save(saved::set, e -> { throw new AssertionError(e); });
        assertThat(saved.get()).isNotNull();
    }

    @Test
    void enterpriseDetailsAddRecognitionDemandAndContacts() {
        String id = services.enterprises().page(cn.banan.hrdesk.registry.EnterpriseQuery.all(LocalDate.of(2026, 11, 28)), 0, 1).rows().get(0).id();
        EnterpriseDetailsViewModel vm = new EnterpriseDetailsViewModel(id, services.enterprises(), services.enterpriseDetails(), runner,
                TempStore.TEXTS, e -> { throw new AssertionError(e); });
        vm.reload();
        int contacts = vm.contacts().size();
        vm.addContact(new cn.banan.hrdesk.registry.Contact(null, "", "经理", "1"), () -> { });
        assertThat(vm.errors()).containsEntry("contactName", "必须填写");
        vm.addContact(new cn.banan.hrdesk.registry.Contact(null, "招聘专员", "专员", "023-1"), () -> { });
        assertThat(vm.contacts()).hasSize(contacts + 1);
        vm.removeContact(vm.contacts().get(0), "已离职");
        assertThat(vm.contacts()).hasSize(contacts);
        vm.putDemand(2016, 120, () -> { });
        vm.putDemand(2016, 150, () -> { });
        assertThat(vm.demands()).filteredOn(d -> d.year() == 2016).singleElement().extracting(d -> d.approvedCount()).isEqualTo(150);
        vm.addRecognition(new cn.banan.hrdesk.registry.Recognition(null, "区经信委", LocalDate.of(2016, 1, 1), "文号",
                LocalDate.of(2016, 2, 1), LocalDate.of(2016, 1, 1)), () -> { });
        assertThat(vm.errors()).containsEntry("validTo", "截止日期不能早于起始日期");
    }
}
