package cn.banan.hrdesk.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.ledger.Account;
import cn.banan.hrdesk.ledger.EntryKind;
import cn.banan.hrdesk.ledger.LedgerFilter;
import cn.banan.hrdesk.security.AccessDeniedException;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Role;
import cn.banan.hrdesk.testing.TempStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 工作经费专帐 on a real database: allocation, spending covered by a request, approval, payment, overdraft only with a reason. */
class WorkFundTest {
    static final Actor CLERK = Actor.user("u-g", "综合管理员", Role.GENERAL_CLERK, null);
    static final Actor FINANCE = Actor.user("u-f", "财政局审批人", Role.FINANCE_APPROVER, null);
    static final Actor PAYER = Actor.user("u-p", "财政局出纳", Role.PAYER, null);
    static final Actor AUDITOR = Actor.user("u-a", "审计员", Role.AUDITOR, null);
    @TempDir
    Path dir;

    static String problem(Throwable e) {
        return ((ValidationException) e).problems().get(0).key();
    }

    String spend(Services s, String purpose, long yuan) {
        return s.registers().save(OfficeRegisters.EXPENDITURES, null, Map.of("category", ExpenseCategory.PUBLICITY, "spent_on",
                LocalDate.of(2026, 11, 2), "purpose", purpose, "amount_fen", Money.ofYuan(yuan), "voucher_no", "PZ-" + purpose));
    }

    @Test
    void theFundIsSpentByRequestApprovalAndPaymentAndGoesBelowZeroOnlyWithAReason() {
        try (Services s = TempStore.open(dir)) {
            s.session().signIn(CLERK);
            assertThatThrownBy(() -> s.workFund().allocate(LocalDate.of(2026, 11, 1), Money.ZERO, "文"))
                    .satisfies(e -> assertThat(problem(e)).isEqualTo("registers.problem.positive"));
            s.workFund().allocate(LocalDate.of(2026, 11, 1), Money.ofYuan(1_000), "巴南财发〔2026〕8号");
            String leaflets = spend(s, "宣传单", 600);
            String banners = spend(s, "横幅", 700);
            String no = s.workFund().request(List.of(leaflets, banners));
            assertThat(no).isEqualTo("JF-2026-001");
            assertThatThrownBy(() -> s.workFund().request(List.of(leaflets))).as("each expenditure is covered once")
                    .satisfies(e -> assertThat(problem(e)).isEqualTo("office.problem.alreadyCovered"));
            assertThatThrownBy(() -> s.registers().save(OfficeRegisters.EXPENDITURES, leaflets, Map.of("category", ExpenseCategory.PUBLICITY,
                    "spent_on", LocalDate.of(2026, 11, 2), "purpose", "改过", "amount_fen", Money.ofYuan(1), "voucher_no", "X")))
                    .as("a covered expenditure stays as it was").satisfies(e -> assertThat(problem(e)).isEqualTo("registers.problem.locked.expenditures"));
            Disbursement d = s.workFund().requests().get(0);
            assertThat(d.amount()).as("600 + 700 yuan").isEqualTo(Money.ofYuan(1_300));

            assertThatThrownBy(() -> s.workFund().approve(d.id())).as("the clerk does not approve").isInstanceOf(AccessDeniedException.class);
            s.session().signIn(FINANCE);
            s.workFund().approve(d.id());
            assertThatThrownBy(() -> s.workFund().approve(d.id())).satisfies(e -> assertThat(problem(e)).isEqualTo("office.problem.notRequested"));

            s.session().signIn(PAYER);
            assertThatThrownBy(() -> s.workFund().disburse(d.id(), " ")).as("1,000 left, 1,300 asked")
                    .satisfies(e -> assertThat(problem(e)).isEqualTo("office.problem.shortOfFunds"));
            s.workFund().disburse(d.id(), "领导小组同意，下月拨款到位后冲抵");
            assertThat(s.workFund().balance().remaining()).as("1,000 − 1,300").isEqualTo(Money.ofYuan(-300));
            assertThat(s.workFund().requests().get(0).overrideReason()).isEqualTo("领导小组同意，下月拨款到位后冲抵");
            var entries = s.ledger().page(new LedgerFilter(Account.WORK_FUND, null, null, null), 0, 10).rows();
            assertThat(entries).extracting(r -> r.entry().kind()).containsExactly(EntryKind.EXPENDITURE, EntryKind.ALLOCATION);
            assertThat(entries.get(0).entry().memo()).contains("JF-2026-001", "领导小组同意");
            assertThat(s.ledger().verify().holds()).isTrue();

            s.session().signIn(AUDITOR);
            s.workFund().annotate("disbursement_request", d.id(), "超支部分须在次月补足");
            assertThat(s.workFund().annotations(d.id())).singleElement().satisfies(a -> assertThat(a.author()).isEqualTo("审计员"));
            s.session().signIn(CLERK);
            assertThatThrownBy(() -> s.workFund().annotate("disbursement_request", d.id(), "改"))
                    .as("finance and audit annotate; the clerk does not").isInstanceOf(AccessDeniedException.class);
        }
    }
}
