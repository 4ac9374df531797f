package cn.banan.hrdesk.reports;

import cn.banan.hrdesk.core.Labelled;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.ledger.Account;
import cn.banan.hrdesk.ledger.Balance;
import cn.banan.hrdesk.ledger.EntryKind;
import cn.banan.hrdesk.ledger.LedgerService;
import cn.banan.hrdesk.liaison.LiaisonRegisters;
import cn.banan.hrdesk.office.MonthlyReportWriter;
import cn.banan.hrdesk.office.PublicityChannel;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.registers.RegisterService;
import cn.banan.hrdesk.xlsx.Column;
import cn.banan.hrdesk.xlsx.TableWorkbook;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The leading group's monthly report (SPEC §5): the group as it stood that month and the month's meetings, claims by rule and funding source, the month's approvals and
 * payments, task progress, the work fund, the month's publicity and retention; one .xlsx to send upward.
 */
public final class MonthlyReport implements MonthlyReportWriter {
    private final DSLContext dsl;
    private final MonthlyReportRepository repository;
    private final RegisterService registers;
    private final LedgerService ledger;
    private final Texts t;
    private final java.util.function.Supplier<cn.banan.hrdesk.audit.WitnessLine> witness;

    public MonthlyReport(DSLContext dsl, MonthlyReportRepository repository, RegisterService registers, LedgerService ledger, Texts texts,
                         java.util.function.Supplier<cn.banan.hrdesk.audit.WitnessLine> witness) {
        this.witness = witness;
        this.dsl = dsl;
        this.repository = repository;
        this.registers = registers;
        this.ledger = ledger;
        this.t = texts;
    }

    public List<ReportLine> lines(YearMonth month) {
        List<ReportLine> lines = new ArrayList<>(new LeadingGroupLines(registers, t).of(month));
        String claims = t.get("reports.section.claims");
        repository.claimsByRuleAndSource(dsl).forEach(r -> lines.add(new ReportLine(claims, t.label(Rule.valueOf(r.value1())) + " · "
                + t.label(FundingSource.valueOf(r.value2())), t.get("reports.people", r.value3()), fen(r.value4()))));
        String money = t.get("reports.section.money");
        repository.ledgerInMonth(dsl, month, List.of(EntryKind.COMMITMENT.name(), EntryKind.PAYMENT.name())).forEach(r -> lines.add(
                new ReportLine(money, label(Account.valueOf(r.value1())) + " · " + label(EntryKind.valueOf(r.value2())),
                        t.get("reports.entries", r.value3()), fen(r.value4()))));
        String tasks = t.get("reports.section.tasks");
        registers.each(LiaisonRegisters.TASKS, row -> {
            long quota = Math.max(1, row.count("quota"));
            lines.add(new ReportLine(tasks, row.get("task_no") + "（" + t.label((Labelled) row.get("task_type")) + "）",
                    t.get("liaison.task.progressText", row.count("confirmed"), row.count("quota"), Math.round(100.0 * row.count("confirmed") / quota)), null));
        });
        String fund = t.get("reports.section.workFund");
        Balance b = ledger.balances().getOrDefault(Account.WORK_FUND, Balance.empty(Account.WORK_FUND));
        lines.add(new ReportLine(fund, t.get("reports.workFund.allocated"), "", b.received().fen()));
        lines.add(new ReportLine(fund, t.get("reports.workFund.spent"), "", b.disbursed().fen()));
        lines.add(new ReportLine(fund, t.get("reports.workFund.available"), "", b.remaining().fen()));
        repository.ledgerInMonth(dsl, month, List.of(EntryKind.ALLOCATION.name(), EntryKind.EXPENDITURE.name())).forEach(r -> lines.add(
                new ReportLine(fund, t.get("reports.thisMonth", label(EntryKind.valueOf(r.value2()))), t.get("reports.entries", r.value3()),
                        fen(r.value4()))));
        String publicity = t.get("reports.section.publicity");
        repository.publicityInMonth(dsl, month).forEach(r -> lines.add(new ReportLine(publicity, t.label(PublicityChannel.valueOf(r.value1())),
                t.get("reports.activities", r.value2(), r.value3() == null ? 0 : r.value3().longValue()), null)));
        var h = repository.headcountInMonth(dsl, month);
        long leavers = h.value3() == null ? 0 : h.value3().longValue();
        long end = h.value4() == null ? 0 : h.value4().longValue();
        lines.add(new ReportLine(t.get("reports.section.retention"), t.get("reports.retention.reported"), String.valueOf(h.value1()), null));
        lines.add(new ReportLine(t.get("reports.section.retention"), t.get("reports.retention.flow"),
                t.get("reports.retention.flowText", h.value2() == null ? 0 : h.value2().longValue(), leavers, end), null));
        // the chains as they stood when the report was made: the signed paper witnesses the file
        lines.add(new ReportLine(t.get("reports.section.witness"), witness.get().text(t), "", null));
        return lines;
    }

    @Override
    public int write(YearMonth month, Path out) throws IOException {
        List<ReportLine> lines = lines(month);
        List<Column> columns = List.of(Column.of(t.get("reports.col.section"), 16), Column.of(t.get("reports.col.item"), 40),
                Column.of(t.get("reports.col.count"), 26), Column.of(t.get("reports.col.amount"), 16));
        String title = t.get("reports.monthly.title", String.valueOf(month.getYear()), month.getMonthValue());
        if (cn.banan.hrdesk.store.DemoMark.isDemo(dsl)) {
            title = t.get("demo.printTitle", title);
        }
        try (TableWorkbook wb = new TableWorkbook(t.get("reports.monthly.sheet"), List.of(title), columns, false)) {
            for (ReportLine l : lines) {
                wb.add(l.section(), l.item(), l.count(), l.amountFen() == null ? null : l.amountFen() / 100.0);
            }
            wb.save(out);
        }
        return lines.size();
    }

    private String label(Labelled l) {
        return t.label(l);
    }

    private static Long fen(BigDecimal sum) {
        return sum == null ? 0L : sum.longValue();
    }
}
