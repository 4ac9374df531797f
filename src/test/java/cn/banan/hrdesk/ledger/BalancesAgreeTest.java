package cn.banan.hrdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.ledger.ui.LedgerViewModel;
import cn.banan.hrdesk.reports.ReportLine;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.ui.DirectTaskRunner;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every screen and export that shows a balance shows the same figures: the 资金台账 tab's table (its view-model),
 * 综合管理部's work-fund line, the leading group's monthly report, and the entries themselves summed again.
 */
class BalancesAgreeTest {
    @TempDir
    Path dir;

    @Test
    void theDemosWorkFundAndSubsidyFundsReadAlikeEverywhere() throws Exception {
        try (Services s = TempStore.open(dir)) {
            s.demoData().fill(Progress.NONE);
            Map<Account, Balance> kept = s.ledger().balances();
            Map<Account, Balance> summed = s.ledger().balances(null, null);
            LedgerViewModel tab = new LedgerViewModel(s.ledger(), new LedgerExport(s.ledger(), s.session(), s.texts()), new DirectTaskRunner(), s.texts(), e -> {
                throw new AssertionError(e);
            });
            tab.reload();
            for (Account a : Account.values()) {
                Balance again = summed.getOrDefault(a, Balance.empty(a));
                assertThat(again.remaining()).as(a + ": summed from the entries").isEqualTo(kept.get(a).remaining());
                assertThat(again.received()).isEqualTo(kept.get(a).received());
            }
            Balance fund = kept.get(Account.WORK_FUND);
            assertThat(fund.received()).as("the demo's two allocations, 50,000 + 30,000 yuan").isEqualTo(Money.ofYuan(80_000));
            assertThat(fund.remaining()).isEqualTo(fund.received().minus(fund.disbursed()));
            assertThat(fund.disbursed().fen()).as("the demo disbursed one request").isPositive();
            assertThat(tab.balances()).filteredOn(b -> b.account() == Account.WORK_FUND).singleElement()
                    .satisfies(b -> assertThat(b.remaining()).as("the ledger tab's work-fund row").isEqualTo(fund.remaining()))
                    .satisfies(b -> assertThat(b.received()).isEqualTo(Money.ofYuan(80_000)));
            assertThat(s.workFund().balance().remaining()).as("综合管理部's 结余").isEqualTo(fund.remaining());
            List<ReportLine> report = s.monthlyReport().lines(YearMonth.now(TempStore.CLOCK));
            assertThat(report).filteredOn(l -> l.item().equals(s.texts().get("reports.workFund.available"))).singleElement()
                    .satisfies(l -> assertThat(l.amountFen()).as("the monthly report's 结余").isEqualTo(fund.remaining().fen()));
            assertThat(tab.balances()).filteredOn(b -> b.account() != Account.WORK_FUND).isNotEmpty()
                    .allSatisfy(b -> assertThat(b.remaining()).isEqualTo(kept.get(b.account()).remaining()));
        }
    }
}
