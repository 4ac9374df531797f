package cn.banan.hrdesk.reports.annual;

import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.ledger.EntryKind;
import cn.banan.hrdesk.office.ExpenseCategory;
import cn.banan.hrdesk.office.PublicityChannel;
import cn.banan.hrdesk.xlsx.Column;
import cn.banan.hrdesk.xlsx.FigureChart;
import cn.banan.hrdesk.xlsx.FigureTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** The office's own year: publicity by channel, and what the work fund received, spent on what, and holds at the year's end. */
final class OfficeWorkTables {
    private final AnnualRepository repository;
    private final Texts t;

    OfficeWorkTables(AnnualRepository repository, Texts texts) {
        this.repository = repository;
        this.t = texts;
    }

    FigureTable publicity(DSLContext dsl, int year) {
        Map<String, Tally> by = repository.publicity(dsl, year).stream().collect(Collectors.toMap(Tally::key, Function.identity()));
        List<List<Object>> rows = new ArrayList<>();
        long[] sums = new long[3];
        for (PublicityChannel c : PublicityChannel.values()) {
            Tally n = by.getOrDefault(c.name(), new Tally(c.name(), null, 0, 0, 0));
            rows.add(List.of(t.label(c), n.first(), n.second(), n.third()));
            sums[0] += n.first();
            sums[1] += n.second();
            sums[2] += n.third();
        }
        rows.add(List.of(t.get("annual.total"), sums[0], sums[1], sums[2]));
        List<Column> columns = List.of(Column.of(t.get("annual.publicity.channel"), 18), Column.of(t.get("annual.publicity.activities"), 12),
                Column.of(t.get("annual.publicity.reach"), 14), Column.of(t.get("annual.publicity.registered"), 14));
        return new FigureTable(t.get("annual.publicity.sheet"), t.get("annual.publicity.title", String.valueOf(year)), columns, rows,
                sums[0] == 0 ? null : new FigureChart(FigureChart.Kind.BAR, t.get("annual.publicity.chart"), List.of(2, 3),
                        PublicityChannel.values().length), List.of());
    }

    /** The four spending categories first (the chart's slices), then 拨入, 据实拨付 and the year-end balance from the ledger. */
    FigureTable workFund(DSLContext dsl, int year) {
        Map<String, Tally> spent = repository.expenditures(dsl, year).stream().collect(Collectors.toMap(Tally::key, Function.identity()));
        Map<String, Tally> ledger = repository.workFundLedger(dsl, year).stream().collect(Collectors.toMap(Tally::key, Function.identity()));
        List<List<Object>> rows = new ArrayList<>();
        long spentSum = 0;
        for (ExpenseCategory c : ExpenseCategory.values()) {
            Tally n = spent.getOrDefault(c.name(), new Tally(c.name(), null, 0, 0, 0));
            rows.add(List.of(t.get("annual.fund.spentOn", t.label(c)), n.first(), new Money(n.second())));
            spentSum += n.second();
        }
        Tally in = ledger.getOrDefault(EntryKind.ALLOCATION.name(), new Tally("", null, 0, 0, 0));
        Tally out = ledger.getOrDefault(EntryKind.EXPENDITURE.name(), new Tally("", null, 0, 0, 0));
        rows.add(List.of(t.get("annual.fund.recorded"), spent.values().stream().mapToLong(Tally::first).sum(), new Money(spentSum)));
        rows.add(List.of(t.get("annual.fund.allocated"), in.first(), new Money(in.second())));
        rows.add(List.of(t.get("annual.fund.disbursed"), out.first(), new Money(out.second())));
        rows.add(List.of(t.get("annual.fund.balance", String.valueOf(year)), "", new Money(in.third() - out.third())));
        List<Column> columns = List.of(Column.of(t.get("annual.fund.item"), 30), Column.of(t.get("annual.fund.entries"), 10),
                Column.of(t.get("annual.fund.amount"), 16));
        return new FigureTable(t.get("annual.fund.sheet"), t.get("annual.fund.title", String.valueOf(year)), columns, rows,
                spentSum == 0 ? null : new FigureChart(FigureChart.Kind.PIE, t.get("annual.fund.chart"), List.of(2), ExpenseCategory.values().length),
                List.of(t.get("annual.fund.note")));
    }
}
