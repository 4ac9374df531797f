package cn.banan.hrdesk.office.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.office.ExpenseCategory;
import cn.banan.hrdesk.office.OfficeRegisters;
import cn.banan.hrdesk.office.RequestState;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Role;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.ui.DirectTaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the 工作经费 pane's buttons decide, run without the FX thread on a real database. */
class WorkFundViewModelTest {
    @TempDir
    Path dir;

    @Test
    void payingBeyondTheBalanceAsksWhyAndACancelledQuestionPaysNothing() {
        try (Services s = TempStore.open(dir)) {
            List<Throwable> failures = new ArrayList<>();
            WorkFundViewModel vm = new WorkFundViewModel(s.workFund(), new DirectTaskRunner(), s.texts(), failures::add);
            s.session().signIn(Actor.user("u-g", "综合管理员", Role.GENERAL_CLERK, null));
            s.workFund().allocate(LocalDate.of(2026, 11, 1), Money.ofYuan(1_000), "巴南财发〔2026〕8号");
            String leaflets = spend(s, "宣传单", 600);
            String banners = spend(s, "横幅", 700);
            vm.request(List.of(leaflets, banners));
            assertThat(vm.requests()).singleElement().satisfies(d -> assertThat(d.amount()).isEqualTo(Money.ofYuan(1_300)));
            assertThat(vm.balance().get()).isEqualTo("已拨入 ¥1,000.00　已拨付 ¥0.00　结余 ¥1,000.00");

            s.session().signIn(Actor.user("u-f", "财政局审批人", Role.FINANCE_APPROVER, null));
            vm.approve(vm.requests().get(0));
            s.session().signIn(Actor.user("u-p", "财政局出纳", Role.PAYER, null));
            List<String> asked = new ArrayList<>();
            vm.disburse(vm.requests().get(0), question -> {
                asked.add(question);
                return Optional.of("  ");
            });
            assertThat(asked).containsExactly("经费结余 ¥1,000.00，不足拨付 ¥1,300.00。如确需超支拨付，请写明理由（将记录在案）：");
            assertThat(vm.requests().get(0).state()).as("a blank reason is no reason").isEqualTo(RequestState.APPROVED);

            vm.disburse(vm.requests().get(0), question -> Optional.of("领导小组同意"));
            assertThat(vm.requests().get(0).state()).isEqualTo(RequestState.DISBURSED);
            assertThat(vm.requests().get(0).overrideReason()).isEqualTo("领导小组同意");
            assertThat(vm.balance().get()).isEqualTo("已拨入 ¥1,000.00　已拨付 ¥1,300.00　结余 ¥-300.00");
            assertThat(failures).isEmpty();
        }
    }

    @Test
    void aNoteIsWrittenOnlyWhenOneIsGivenAndShowsUnderTheChosenRequest() {
        try (Services s = TempStore.open(dir)) {
            List<Throwable> failures = new ArrayList<>();
            WorkFundViewModel vm = new WorkFundViewModel(s.workFund(), new DirectTaskRunner(), s.texts(), failures::add);
            s.session().signIn(Actor.user("u-g", "综合管理员", Role.GENERAL_CLERK, null));
            vm.request(List.of(spend(s, "宣传单", 600)));
            s.session().signIn(Actor.user("u-a", "审计员", Role.AUDITOR, null));
            var d = vm.requests().get(0);
            vm.annotate(d, question -> Optional.empty());
            vm.choose(d);
            assertThat(vm.notes()).isEmpty();
            vm.annotate(d, question -> Optional.of("须在次月补足"));
            vm.choose(d);
            assertThat(vm.notes()).singleElement().asString().startsWith("审计员（").endsWith("）：须在次月补足");
            vm.choose(null);
            assertThat(vm.notes()).isEmpty();

            s.session().signIn(Actor.user("u-g", "综合管理员", Role.GENERAL_CLERK, null));
            vm.annotate(d, question -> Optional.of("改"));
            assertThat(failures).as("the clerk may not annotate: told, not written").hasSize(1);
        }
    }

    private static String spend(Services s, String purpose, long yuan) {
        return s.registers().save(OfficeRegisters.EXPENDITURES, null, Map.of("category", ExpenseCategory.PUBLICITY, "spent_on",
                LocalDate.of(2026, 11, 2), "purpose", purpose, "amount_fen", Money.ofYuan(yuan), "voucher_no", "PZ-" + purpose));
    }
}
